import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';

const TITLE = 'Set ssl_session_tickets off (changes runtime behaviour: resumption uses the session cache only)';

export const cases: { valid: ValidCase[]; invalid: InvalidCase[] } = {
  valid: [
    'http {\n    ssl_session_tickets off;\n}\n',
    { name: 'not a TLS server', code: 'http {\n    server { listen 80; }\n}\n' },
    { name: 'on in http, but only plain-HTTP servers inherit it: it does nothing', code: 'http {\n    ssl_session_tickets on;\n    server { listen 8080; }\n}\n' },
    { name: 'on in a plain-HTTP server', code: 'http {\n    server { listen 80; ssl_session_tickets on; }\n}\n' },
    { name: 'off inherited from http', code: 'http {\n    ssl_session_tickets off;\n    server { listen 443 ssl; }\n}\n' },
    {
      name: 'nginx 1.23.2+ rotates the key with a shared session cache',
      code: 'http {\n    ssl_session_cache shared:SSL:10m;\n    server { listen 443 ssl; ssl_session_tickets on; }\n}\n',
      options: { nginxVersion: '1.24.0' },
    },
    {
      name: 'on in http; the one TLS server has its own shared cache, so nginx 1.25 rotates its keys',
      code: 'http {\n    ssl_session_tickets on;\n    server { listen 443 ssl; ssl_session_cache shared:A:1m; }\n}\n',
      options: { nginxVersion: '1.25.3' },
    },
    {
      name: 'on in http; the TLS server reads its keys from a file',
      code: 'http {\n    ssl_session_tickets on;\n    server { listen 443 ssl; ssl_session_ticket_key /etc/nginx/ticket.key; }\n}\n',
    },
    {
      name: "on in http; a plain server's known include does not hide TLS servers",
      code: 'http {\n    ssl_session_tickets on;\n    server { listen 80; include /etc/nginx/snippets/snakeoil.conf; }\n}\n',
    },
    {
      name: 'keys from files are rotated by the operator',
      code: 'http {\n    server {\n        listen 443 ssl;\n        ssl_session_ticket_key /etc/nginx/ticket.key;\n    }\n}\n',
    },
    {
      name: "Certbot's TLS options may set it: not judged",
      code: 'http {\n    server {\n        listen 443 ssl;\n        include /etc/letsencrypt/options-ssl-nginx.conf;\n    }\n}\n',
    },
  ],
  invalid: [
    {
      code: 'http {\n    ssl_session_tickets on; # resumption\n    server { listen 443 ssl; }\n}\n',
      errors: [{ messageId: 'ticketsOn', message: 'nginx before 1.23.2 (nginxVersion: 1.22) never rotates the ticket key it generates at start-up', line: 2, column: 25, endLine: 2, endColumn: 27, fixTitles: [TITLE] }],
      output: 'http {\n    ssl_session_tickets off; # resumption\n    server { listen 443 ssl; }\n}\n',
    },
    {
      name: 'in http, with servers in files that cannot be read: they may be TLS servers',
      code: 'http {\n    include /srv/sites/*.conf;\n    ssl_session_tickets on;\n}\n',
      errors: [{ messageId: 'ticketsOn', line: 3, column: 25, endLine: 3, endColumn: 27 }],
      output: 'http {\n    include /srv/sites/*.conf;\n    ssl_session_tickets off;\n}\n',
    },
    {
      name: 'CRLF, tabs, in a server',
      code: 'http {\r\n\tserver {\r\n\t\tlisten 443 ssl;\r\n\t\tssl_session_tickets on;\r\n\t}\r\n}\r\n',
      errors: [{ messageId: 'ticketsOn', line: 4, column: 23, endLine: 4, endColumn: 25 }],
      output: 'http {\r\n\tserver {\r\n\t\tlisten 443 ssl;\r\n\t\tssl_session_tickets off;\r\n\t}\r\n}\r\n',
    },
    {
      name: 'nginx 1.24 without a shared cache does not rotate either',
      code: 'http {\n    ssl_session_cache builtin:1000;\n    ssl_session_tickets on;\n    server { listen 443 ssl; }\n}\n',
      options: { nginxVersion: '1.24.0' },
      errors: [{ messageId: 'ticketsOn', message: 'only when ssl_session_cache is shared', line: 3, column: 25, endLine: 3, endColumn: 27 }],
      output: 'http {\n    ssl_session_cache builtin:1000;\n    ssl_session_tickets off;\n    server { listen 443 ssl; }\n}\n',
    },
    {
      name: 'unset in a TLS server: nginx defaults to on; information, line added after the last ssl_ directive',
      code: 'http {\n    server {\n        listen 443 ssl;\n        ssl_session_timeout 1d;\n        root /srv/www;\n    }\n}\n',
      errors: [{ messageId: 'defaultOn', message: 'nginx before 1.23.2 (nginxVersion: 1.22) never rotates', severity: 'information', line: 2, column: 5, endLine: 2, endColumn: 11, fixTitles: [TITLE] }],
      output: 'http {\n    server {\n        listen 443 ssl;\n        ssl_session_timeout 1d;\n        ssl_session_tickets off;\n        root /srv/www;\n    }\n}\n',
    },
    {
      name: 'unset, nginx 1.25 with a shared cache only in another server',
      code: 'http {\n    server { listen 443 ssl; ssl_session_cache shared:A:1m; }\n    server {\n        listen 443 ssl;\n    }\n}\n',
      options: { nginxVersion: '1.25.3' },
      errors: [{ messageId: 'defaultOn', line: 3, column: 5, endLine: 3, endColumn: 11 }],
      output: 'http {\n    server { listen 443 ssl; ssl_session_cache shared:A:1m; }\n    server {\n        listen 443 ssl;\n        ssl_session_tickets off;\n    }\n}\n',
    },
  ],
};
