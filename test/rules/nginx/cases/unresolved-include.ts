import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';
import { memoryHost } from '../support/memory-host';

const TLS_SERVER = (include: string) =>
  `events {}\nhttp {\n    server {\n        listen 443 ssl;\n        ${include}\n        ssl_certificate ssl/site.pem;\n        ssl_certificate_key ssl/site.key;\n    }\n}\n`;

export const cases: { valid: ValidCase[]; invalid: InvalidCase[] } = {
  valid: [
    { name: 'stock files nginx packages ship', code: 'include /etc/nginx/modules-enabled/*.conf;\nevents {}\nhttp {\n    include mime.types;\n    include fastcgi_params;\n    include /etc/nginx/proxy_params;\n}\n' },
    {
      name: 'an include read from the workspace',
      code: TLS_SERVER('include snippets/tls.conf;'),
      host: memoryHost({ '/work/project/nginx/snippets/tls.conf': 'ssl_protocols TLSv1.2 TLSv1.3;\n' }),
    },
    {
      name: "Certbot's TLS options copied into the workspace are read, not reported",
      code: TLS_SERVER('include letsencrypt/options-ssl-nginx.conf;'),
      host: memoryHost({ '/work/project/nginx/letsencrypt/options-ssl-nginx.conf': 'ssl_protocols TLSv1.2 TLSv1.3;\n' }),
    },
    {
      name: 'a glob over a folder that exists but holds no match (an empty conf.d)',
      code: 'events {}\nhttp {\n    include conf.d/*.conf;\n}\n',
      host: memoryHost({ '/work/project/nginx/conf.d/README': 'sites go here\n' }),
    },
  ],
  invalid: [
    {
      name: 'an absolute path outside the workspace, in a server',
      code: TLS_SERVER('include /srv/shared/tls.conf;'),
      errors: [{ messageId: 'unreadable', message: 'this server block', line: 5, column: 17, endLine: 5, endColumn: 37, severity: 'information' }],
      output: null,
    },
    {
      name: "Certbot's TLS options: what they set is known, only findings about those settings are left out",
      code: TLS_SERVER('include /etc/letsencrypt/options-ssl-nginx.conf;'),
      errors: [
        {
          messageId: 'known',
          message:
            "it is taken to be Certbot's TLS options file, which sets only ssl_session_cache, ssl_session_timeout, ssl_session_tickets, ssl_session_ticket_key, ssl_protocols, ssl_prefer_server_ciphers, ssl_ciphers, ssl_ecdh_curve, ssl_dhparam: findings about those settings missing from this server block and the blocks inside it are not reported; the other settings are checked.",
          line: 5,
          column: 17,
          endLine: 5,
          endColumn: 56,
          severity: 'information',
        },
      ],
      output: null,
    },
    {
      name: "Certbot's TLS options in a mounted Let's Encrypt folder, at http level",
      code: 'events {}\nhttp {\n    include /etc/nginx/letsencrypt/options-ssl-nginx.conf;\n}\n',
      errors: [{ messageId: 'known', message: "Certbot's TLS options file, which sets only ssl_session_cache,", line: 3, column: 13, endLine: 3, endColumn: 58 }],
      output: null,
    },
    {
      name: "Debian's snakeoil snippet",
      code: TLS_SERVER('include snippets/snakeoil.conf;'),
      errors: [{ messageId: 'known', message: "Debian's self-signed certificate snippet, which sets only ssl_certificate, ssl_certificate_key: findings", line: 5, column: 17, endLine: 5, endColumn: 39 }],
      output: null,
    },
    {
      name: 'a glob in the Let\'s Encrypt folder is not the known file',
      code: TLS_SERVER('include /etc/letsencrypt/*.conf;'),
      errors: [{ messageId: 'unreadable', line: 5, column: 17, endLine: 5, endColumn: 40 }],
      output: null,
    },
    {
      name: 'a missing file, in http, CRLF',
      code: 'events {}\r\nhttp {\r\n    include snippets/security.conf;\r\n}\r\n',
      errors: [{ messageId: 'unreadable', message: 'this http block', line: 3, column: 13, endLine: 3, endColumn: 35 }],
      output: null,
    },
    {
      name: 'a glob whose folder cannot be read',
      code: 'events {}\nhttp {\n    include /etc/nginx/sites-enabled/*;\n}\n',
      errors: [{ messageId: 'unreadable', line: 3, column: 13, endLine: 3, endColumn: 39 }],
      output: null,
    },
  ],
};
