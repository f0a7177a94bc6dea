import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';

export const cases: { valid: ValidCase[]; invalid: InvalidCase[] } = {
  valid: [
    'server {\n    add_header X-Frame-Options DENY always;\n    location / { root /srv; }\n}\n',
    { name: 'location re-declares', code: 'server {\n    add_header X-Frame-Options DENY;\n    location / {\n        add_header X-Frame-Options DENY;\n        add_header Cache-Control no-store;\n    }\n}\n' },
    { name: 'add_header_inherit merge (nginx 1.29.3+)', code: 'server {\n    add_header X-Frame-Options DENY;\n    location / {\n        add_header_inherit merge;\n        add_header Cache-Control no-store;\n    }\n}\n' },
    { name: 'merge inherited from the server', code: 'server {\n    add_header_inherit merge;\n    add_header X-Frame-Options DENY;\n    location / {\n        add_header Cache-Control no-store;\n    }\n}\n' },
    { name: 'only non-security headers lost', code: 'server {\n    add_header Cache-Control public;\n    location / { add_header X-Frame-Options DENY; }\n}\n' },
  ],
  invalid: [
    {
      code: 'server {\n    add_header X-Frame-Options DENY always;\n    add_header X-Content-Type-Options nosniff always;\n    location /assets/ {\n        expires 1y;\n        add_header Cache-Control public; # cache\n    }\n}\n',
      errors: [{ messageId: 'dropped', message: 'X-Frame-Options, X-Content-Type-Options set at the server level', line: 6, column: 9, endLine: 6, endColumn: 19 }],
      output:
        'server {\n    add_header X-Frame-Options DENY always;\n    add_header X-Content-Type-Options nosniff always;\n    location /assets/ {\n        expires 1y;\n        add_header Cache-Control public; # cache\n        add_header X-Frame-Options DENY always;\n        add_header X-Content-Type-Options nosniff always;\n    }\n}\n',
    },
    {
      name: 'if inside a location drops the location\'s headers, CRLF and tabs',
      code: 'http {\r\n\tadd_header Referrer-Policy "strict-origin-when-cross-origin";\r\n\tserver {\r\n\t\tlocation / {\r\n\t\t\tif ($arg_debug) {\r\n\t\t\t\tadd_header X-Debug 1;\r\n\t\t\t}\r\n\t\t}\r\n\t}\r\n}\r\n',
      errors: [{ messageId: 'dropped', message: 'Referrer-Policy set at the http level', line: 6, column: 5, endLine: 6, endColumn: 15 }],
      output: 'http {\r\n\tadd_header Referrer-Policy "strict-origin-when-cross-origin";\r\n\tserver {\r\n\t\tlocation / {\r\n\t\t\tif ($arg_debug) {\r\n\t\t\t\tadd_header X-Debug 1;\r\n\t\t\t\tadd_header Referrer-Policy "strict-origin-when-cross-origin";\r\n\t\t\t}\r\n\t\t}\r\n\t}\r\n}\r\n',
    },
    {
      name: 'one-line block',
      code: 'server {\n    add_header X-Frame-Options DENY;\n    location /a { add_header X-A 1; }\n}\n',
      errors: [{ messageId: 'dropped', line: 3, column: 19, endLine: 3, endColumn: 29 }],
      output: 'server {\n    add_header X-Frame-Options DENY;\n    location /a { add_header X-A 1; add_header X-Frame-Options DENY; }\n}\n',
    },
  ],
};
