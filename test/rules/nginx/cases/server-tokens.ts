import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';
import { memoryHost } from '../support/memory-host';

export const cases: { valid: ValidCase[]; invalid: InvalidCase[] } = {
  valid: [
    'events {}\nhttp {\n    server_tokens off;\n}\n',
    { name: 'partial file: the http level is elsewhere', code: 'server {\n    listen 80;\n}\n', filename: '/work/project/conf.d/site.conf', host: memoryHost({}) },
    { name: 'stand-alone nginx.conf with the setting', code: 'server_tokens off;\nserver {\n    listen 80;\n}\n' },
  ],
  invalid: [
    {
      name: 'not set at http level',
      code: 'events {}\nhttp {\n    include mime.types;\n    server {\n        listen 80;\n    }\n}\n',
      errors: [{ messageId: 'missing', line: 2, column: 1, endLine: 2, endColumn: 5 }],
      output: 'events {}\nhttp {\n    include mime.types;\n    server_tokens off;\n    server {\n        listen 80;\n    }\n}\n',
    },
    {
      name: 'explicitly on, in a server',
      code: 'http {\n    server_tokens off;\n    server {\n        server_tokens on;\n    }\n}\n',
      errors: [{ messageId: 'enabled', line: 4, column: 23, endLine: 4, endColumn: 25 }],
      output: 'http {\n    server_tokens off;\n    server {\n        server_tokens off;\n    }\n}\n',
    },
    {
      name: 'stand-alone nginx.conf without http: at the start of the file, CRLF',
      code: '# site\r\nserver {\r\n    listen 80;\r\n}\r\n',
      errors: [{ messageId: 'missing', line: 2, column: 1, endLine: 2, endColumn: 7 }],
      output: '# site\r\nserver_tokens off;\r\nserver {\r\n    listen 80;\r\n}\r\n',
    },
    {
      name: 'empty http block, tabs',
      code: 'events {\n\tworker_connections 512;\n}\nhttp {\n}\n',
      errors: [{ messageId: 'missing', line: 4, column: 1, endLine: 4, endColumn: 5 }],
      output: 'events {\n\tworker_connections 512;\n}\nhttp {\n\tserver_tokens off;\n}\n',
    },
  ],
};
