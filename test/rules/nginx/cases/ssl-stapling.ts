import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';

const VERIFY_TITLE = 'Set ssl_stapling_verify on (changes runtime behaviour: OCSP responses that do not verify against the trusted chain are not stapled)';
const BOTH_TITLE = "Set ssl_stapling on and ssl_stapling_verify on (changes runtime behaviour: nginx fetches OCSP responses from the certificate's responder and staples them)";
const BOTH_NO_RESOLVER_TITLE =
  "Set ssl_stapling on and ssl_stapling_verify on (changes runtime behaviour: nginx fetches OCSP responses from the certificate's responder, which needs a resolver directive to be added)";

export const cases: { valid: ValidCase[]; invalid: InvalidCase[] } = {
  valid: [
    { name: 'no stapling (Let\'s Encrypt ended OCSP): not reported by default', code: 'server {\n    listen 443 ssl;\n}\n' },
    'server {\n    listen 443 ssl;\n    ssl_stapling on;\n    ssl_stapling_verify on;\n    resolver 127.0.0.53;\n}\n',
    { name: 'plain HTTP', code: 'server {\n    listen 80;\n    ssl_stapling on;\n}\n' },
    {
      name: 'inherited from http, with a stapling file instead of a resolver',
      code: 'http {\n    ssl_stapling on;\n    ssl_stapling_verify on;\n    server {\n        listen 443 ssl;\n        ssl_stapling_file /etc/nginx/ocsp.der;\n    }\n}\n',
    },
    { name: 'requireStapling: stapling set', code: 'server {\n    listen 443 ssl;\n    ssl_stapling on;\n    ssl_stapling_verify on;\n    resolver 127.0.0.53;\n}\n', options: { requireStapling: true } },
    { name: 'requireStapling: an include that cannot be read, of unknown content, may set it', code: 'server {\n    listen 443 ssl;\n    include /srv/shared/tls.conf;\n    resolver 127.0.0.53;\n}\n', options: { requireStapling: true } },
  ],
  invalid: [
    {
      name: 'stapling without verify and resolver: verify is added, the resolver is left to the host',
      code: 'server {\n    listen 443 ssl;\n    ssl_stapling on;\n}\n',
      errors: [
        { messageId: 'noVerify', line: 3, column: 5, endLine: 3, endColumn: 17, severity: 'hint', fixTitles: [VERIFY_TITLE] },
        { messageId: 'noResolver', line: 3, column: 5, endLine: 3, endColumn: 17, severity: 'hint', fixTitles: [] },
      ],
      output: 'server {\n    listen 443 ssl;\n    ssl_stapling on;\n    ssl_stapling_verify on;\n}\n',
    },
    {
      name: 'an explicit ssl_stapling_verify off is turned on',
      code: 'server {\n    listen 443 ssl;\n    ssl_stapling on;\n    ssl_stapling_verify off; # for now\n    resolver 127.0.0.53;\n}\n',
      errors: [{ messageId: 'noVerify', line: 3, column: 5, endLine: 3, endColumn: 17, fixTitles: [VERIFY_TITLE] }],
      output: 'server {\n    listen 443 ssl;\n    ssl_stapling on;\n    ssl_stapling_verify on; # for now\n    resolver 127.0.0.53;\n}\n',
    },
    {
      name: 'stapling at the http level: verify goes below it, CRLF and tabs',
      code: 'http {\r\n\tssl_stapling on; # OCSP\r\n\tresolver 127.0.0.53;\r\n\tserver {\r\n\t\tlisten 443 ssl;\r\n\t}\r\n}\r\n',
      errors: [{ messageId: 'noVerify', line: 2, column: 2, endLine: 2, endColumn: 14 }],
      output: 'http {\r\n\tssl_stapling on; # OCSP\r\n\tssl_stapling_verify on;\r\n\tresolver 127.0.0.53;\r\n\tserver {\r\n\t\tlisten 443 ssl;\r\n\t}\r\n}\r\n',
    },
    {
      name: 'top level of a file of server blocks: one finding and one new line for both servers',
      code: 'ssl_stapling on;\nresolver 127.0.0.53;\n\nserver {\n    listen 443 ssl;\n}\n\nserver {\n    listen 8443 ssl;\n}\n',
      errors: [{ messageId: 'noVerify', line: 1, column: 1, endLine: 1, endColumn: 13 }],
      output: 'ssl_stapling on;\nssl_stapling_verify on;\nresolver 127.0.0.53;\n\nserver {\n    listen 443 ssl;\n}\n\nserver {\n    listen 8443 ssl;\n}\n',
    },
    {
      name: 'requireStapling reports a server without it',
      code: 'server {\n    listen 443 ssl;\n    ssl_protocols TLSv1.2 TLSv1.3;\n    resolver 127.0.0.53;\n    root /srv;\n}\n',
      options: { requireStapling: true },
      errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 7, fixTitles: [BOTH_TITLE] }],
      output: 'server {\n    listen 443 ssl;\n    ssl_protocols TLSv1.2 TLSv1.3;\n    ssl_stapling on;\n    ssl_stapling_verify on;\n    resolver 127.0.0.53;\n    root /srv;\n}\n',
    },
    {
      name: 'requireStapling without a resolver: the fix is only offered, no resolver address is made up',
      code: 'server {\r\n\tlisten 443 ssl;\r\n\troot /srv;\r\n}\r\n',
      options: { requireStapling: true },
      errors: [
        {
          messageId: 'missing',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 7,
          fixTitles: [BOTH_NO_RESOLVER_TITLE],
          fixOutputs: ['server {\r\n\tlisten 443 ssl;\r\n\troot /srv;\r\n\tssl_stapling on;\r\n\tssl_stapling_verify on;\r\n}\r\n'],
        },
      ],
      output: null,
    },
    {
      name: 'requireStapling: an explicit off is turned on and verify added below it',
      code: 'server {\n    listen 443 ssl;\n    ssl_stapling off;  # later\n    resolver 127.0.0.53 valid=300s;\n}\n',
      options: { requireStapling: true },
      errors: [{ messageId: 'off', line: 3, column: 18, endLine: 3, endColumn: 21, fixTitles: [BOTH_TITLE] }],
      output: 'server {\n    listen 443 ssl;\n    ssl_stapling on;  # later\n    ssl_stapling_verify on;\n    resolver 127.0.0.53 valid=300s;\n}\n',
    },
    {
      name: 'requireStapling: stapling added next to an ssl_stapling_verify off, which is turned on',
      code: 'server {\n  listen 443 ssl;\n  ssl_stapling_verify off;\n  resolver [::1];\n}\n',
      options: { requireStapling: true },
      errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 7, fixTitles: [BOTH_TITLE] }],
      output: 'server {\n  listen 443 ssl;\n  ssl_stapling_verify on;\n  ssl_stapling on;\n  resolver [::1];\n}\n',
    },
    {
      name: 'requireStapling: verify already on, only ssl_stapling is added',
      code: 'http {\n    ssl_stapling_verify on;\n    resolver 127.0.0.53;\n    server {\n        listen 443 ssl;\n    }\n}\n',
      options: { requireStapling: true },
      errors: [{ messageId: 'missing', line: 4, column: 5, endLine: 4, endColumn: 11, fixTitles: ["Set ssl_stapling on (changes runtime behaviour: nginx fetches OCSP responses from the certificate's responder and staples them)"] }],
      output: 'http {\n    ssl_stapling_verify on;\n    resolver 127.0.0.53;\n    server {\n        listen 443 ssl;\n        ssl_stapling on;\n    }\n}\n',
    },
    {
      name: 'requireStapling: a quoted off at the http level keeps its quotes',
      code: 'http {\n    ssl_stapling "off";\n    resolver 127.0.0.53;\n    server { listen 443 ssl; }\n}\n',
      options: { requireStapling: true },
      errors: [{ messageId: 'off', line: 2, column: 18, endLine: 2, endColumn: 23 }],
      output: 'http {\n    ssl_stapling "on";\n    ssl_stapling_verify on;\n    resolver 127.0.0.53;\n    server { listen 443 ssl; }\n}\n',
    },
    {
      name: 'requireStapling: a server block on one line',
      code: 'server { listen 443 ssl; resolver 127.0.0.53; }\n',
      options: { requireStapling: true },
      errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 7 }],
      output: 'server { listen 443 ssl; resolver 127.0.0.53; ssl_stapling on; ssl_stapling_verify on; }\n',
    },
    {
      name: "requireStapling: Certbot's TLS options cannot be read but do not staple: still reported",
      code: 'server {\n    listen 443 ssl;\n    include /etc/letsencrypt/options-ssl-nginx.conf;\n    resolver 127.0.0.53;\n}\n',
      options: { requireStapling: true },
      errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 7, fixTitles: [BOTH_TITLE] }],
      output: 'server {\n    listen 443 ssl;\n    include /etc/letsencrypt/options-ssl-nginx.conf;\n    resolver 127.0.0.53;\n    ssl_stapling on;\n    ssl_stapling_verify on;\n}\n',
    },
  ],
};
