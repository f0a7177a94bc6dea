import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';

export const cases: { valid: ValidCase[]; invalid: InvalidCase[] } = {
  valid: [
    { name: 'no stapling (Let\'s Encrypt ended OCSP): not reported by default', code: 'server {\n    listen 443 ssl;\n}\n' },
    'server {\n    listen 443 ssl;\n    ssl_stapling on;\n    ssl_stapling_verify on;\n    resolver 127.0.0.53;\n}\n',
    { name: 'plain HTTP', code: 'server {\n    listen 80;\n    ssl_stapling on;\n}\n' },
  ],
  invalid: [
    {
      name: 'stapling without verify and resolver',
      code: 'server {\n    listen 443 ssl;\n    ssl_stapling on;\n}\n',
      errors: [
        { messageId: 'noVerify', line: 3, column: 5, endLine: 3, endColumn: 17, severity: 'hint' },
        { messageId: 'noResolver', line: 3, column: 5, endLine: 3, endColumn: 17, severity: 'hint' },
      ],
      output: null,
    },
    {
      name: 'requireStapling reports a server without it',
      code: 'server {\n    listen 443 ssl;\n}\n',
      options: { requireStapling: true },
      errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 7 }],
      output: null,
    },
  ],
};
