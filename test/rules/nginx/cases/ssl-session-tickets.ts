import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';

export const cases: { valid: ValidCase[]; invalid: InvalidCase[] } = {
  valid: ['http {\n    ssl_session_tickets off;\n}\n', { name: 'not set', code: 'http {\n    server { listen 443 ssl; }\n}\n' }],
  invalid: [
    {
      code: 'http {\n    ssl_session_tickets on; # resumption\n}\n',
      errors: [{ messageId: 'ticketsOn', line: 2, column: 25, endLine: 2, endColumn: 27 }],
      output: 'http {\n    ssl_session_tickets off; # resumption\n}\n',
    },
    {
      name: 'CRLF, tabs, in a server',
      code: 'http {\r\n\tserver {\r\n\t\tssl_session_tickets on;\r\n\t}\r\n}\r\n',
      errors: [{ messageId: 'ticketsOn', line: 3, column: 23, endLine: 3, endColumn: 25 }],
      output: 'http {\r\n\tserver {\r\n\t\tssl_session_tickets off;\r\n\t}\r\n}\r\n',
    },
  ],
};
