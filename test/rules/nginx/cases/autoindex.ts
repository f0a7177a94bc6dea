import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';

export const cases: { valid: ValidCase[]; invalid: InvalidCase[] } = {
  valid: ['server {\n    autoindex off;\n}\n', 'server {\n    location / { root /srv; }\n}\n'],
  invalid: [
    {
      code: 'server {\n    location /files/ {\n        autoindex on;\n    }\n}\n',
      errors: [{ messageId: 'enabled', line: 3, column: 19, endLine: 3, endColumn: 21 }],
      output: 'server {\n    location /files/ {\n        autoindex off;\n    }\n}\n',
    },
    {
      name: 'CRLF, tabs',
      code: 'server {\r\n\tautoindex on;\r\n}\r\n',
      errors: [{ messageId: 'enabled', line: 2, column: 12, endLine: 2, endColumn: 14 }],
      output: 'server {\r\n\tautoindex off;\r\n}\r\n',
    },
  ],
};
