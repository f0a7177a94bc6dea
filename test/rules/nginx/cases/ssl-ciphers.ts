import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';

const STRONG =
  'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305';

export const cases: { valid: ValidCase[]; invalid: InvalidCase[] } = {
  valid: [
    `server {\n    listen 443 ssl;\n    ssl_ciphers ${STRONG};\n}\n`,
    { name: 'nginx default', code: 'server {\n    ssl_ciphers HIGH:!aNULL:!MD5;\n}\n' },
    { name: 'h5bp balanced', code: 'ssl_ciphers EECDH+CHACHA20:EECDH+AES;\n' },
    { name: 'ALL with every weak family excluded', code: 'ssl_ciphers "ALL:!aNULL:!EXPORT:!RC4:!DES:!3DES:!MD5";\n' },
    { name: 'a variable cannot be judged', code: 'ssl_ciphers $ciphers;\n' },
  ],
  invalid: [
    {
      name: 'each weak suite is reported; prefer_server_ciphers is added below',
      code: 'server {\n    listen 443 ssl;\n    ssl_ciphers ECDHE-RSA-AES128-GCM-SHA256:RC4-SHA:DES-CBC3-SHA;\n}\n',
      errors: [
        { messageId: 'weak', message: 'RC4', line: 3, column: 45, endLine: 3, endColumn: 52 },
        { messageId: 'weak', message: 'DES/3DES', line: 3, column: 53, endLine: 3, endColumn: 65 },
      ],
      output: `server {\n    listen 443 ssl;\n    ssl_ciphers ${STRONG};\n    ssl_prefer_server_ciphers off;\n}\n`,
    },
    {
      name: 'quoted list, ALL without exclusions, prefer on is turned off; CRLF',
      code: 'server {\r\n  ssl_prefer_server_ciphers on;\r\n  ssl_ciphers "ALL:!aNULL";\r\n}\r\n',
      errors: [{ messageId: 'weak', message: 'ALL pulls in export-grade, RC4, DES/3DES, MD5', line: 3, column: 16, endLine: 3, endColumn: 19 }],
      output: `server {\r\n  ssl_prefer_server_ciphers off;\r\n  ssl_ciphers "${STRONG}";\r\n}\r\n`,
    },
    {
      name: 'an escaped character in a quoted list: the weak suite is still placed on its own text',
      code: 'http {\n    ssl_ciphers "ECDHE-RSA-AES128-GCM-SHA256\\t:RC4-SHA";\n}\n',
      errors: [{ messageId: 'weak', message: 'RC4', line: 2, column: 48, endLine: 2, endColumn: 55 }],
      output: `http {\n    ssl_ciphers "${STRONG}";\n    ssl_prefer_server_ciphers off;\n}\n`,
    },
    {
      name: 'no forward secrecy (RSA key exchange only), tab indentation',
      code: 'http {\n\tssl_ciphers AES128-GCM-SHA256:AES256-GCM-SHA384;\n}\n',
      errors: [{ messageId: 'noForwardSecrecy', line: 2, column: 14, endLine: 2, endColumn: 49 }],
      output: `http {\n\tssl_ciphers ${STRONG};\n\tssl_prefer_server_ciphers off;\n}\n`,
    },
  ],
};
