import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';
import { memoryHost } from '../support/memory-host';

export const cases: { valid: ValidCase[]; invalid: InvalidCase[] } = {
  valid: [
    'events {}\nhttp {\n    server_tokens off;\n}\n',
    { name: 'partial file: the http level is elsewhere', code: 'server {\n    listen 80;\n}\n', filename: '/work/project/conf.d/site.conf', host: memoryHost({}) },
    { name: 'stand-alone nginx.conf with the setting', code: 'server_tokens off;\nserver {\n    listen 80;\n}\n' },
    { name: 'an include that cannot be read, of unknown content, may set it', code: 'events {}\nhttp {\n    include /srv/shared/tls.conf;\n    server {\n        listen 443 ssl;\n    }\n}\n' },
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
    {
      name: "Certbot's TLS options cannot be read but do not set it: still reported",
      code: 'events {}\nhttp {\n    include /etc/letsencrypt/options-ssl-nginx.conf;\n    server {\n        listen 443 ssl;\n    }\n}\n',
      errors: [{ messageId: 'missing', line: 2, column: 1, endLine: 2, endColumn: 5 }],
      output: 'events {}\nhttp {\n    include /etc/letsencrypt/options-ssl-nginx.conf;\n    server_tokens off;\n    server {\n        listen 443 ssl;\n    }\n}\n',
    },
  ],
};
