import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';

export const cases: { valid: ValidCase[]; invalid: InvalidCase[] } = {
  valid: [
    'http {\n    server {\n        listen 443 ssl;\n        ssl_protocols TLSv1.2 TLSv1.3;\n    }\n}\n',
    { name: 'plain HTTP server needs no protocols', code: 'http {\n    server {\n        listen 80;\n    }\n}\n' },
    { name: 'nginx 1.24 defaults are safe', code: 'events {}\nhttp {\n    server {\n        listen 443 ssl;\n    }\n}\n', options: { nginxVersion: '1.24.0' } },
    { name: 'inherited from http', code: 'http {\n    ssl_protocols TLSv1.3;\n    server {\n        listen 443 ssl;\n    }\n}\n' },
    {
      name: 'an include that cannot be read may set it (nginx/unresolved-include says so)',
      code: 'events {}\nhttp {\n    server {\n        listen 443 ssl;\n        include /etc/letsencrypt/options-ssl-nginx.conf;\n    }\n}\n',
    },
    {
      name: 'the same, one level up',
      code: 'events {}\nhttp {\n    include /srv/shared/tls.conf;\n    server {\n        listen 443 ssl;\n    }\n}\n',
    },
    {
      name: "Certbot's TLS options at http level may set it for every server",
      code: 'events {}\nhttp {\n    include /etc/letsencrypt/options-ssl-nginx.conf;\n    server {\n        listen 443 ssl;\n    }\n}\n',
    },
    {
      name: "Certbot's TLS options where a container mounts the Let's Encrypt folder",
      code: 'events {}\nhttp {\n    server {\n        listen 443 ssl;\n        include /etc/nginx/letsencrypt/options-ssl-nginx.conf;\n    }\n}\n',
    },
  ],
  invalid: [
    {
      name: 'each weak protocol is reported',
      code: 'http {\n    server {\n        listen 443 ssl;\n        ssl_protocols TLSv1 TLSv1.1 TLSv1.2;\n    }\n}\n',
      errors: [
        { messageId: 'weak', line: 4, column: 23, endLine: 4, endColumn: 28 },
        { messageId: 'weak', line: 4, column: 29, endLine: 4, endColumn: 36 },
      ],
      output: 'http {\n    server {\n        listen 443 ssl;\n        ssl_protocols TLSv1.2 TLSv1.3;\n    }\n}\n',
    },
    {
      name: 'one quoted argument, which nginx refuses: unquoted by the fix',
      code: 'http {\n    server {\n        listen 443 ssl;\n        ssl_protocols "TLSv1.2 TLSv1.3";\n    }\n}\n',
      errors: [{ messageId: 'oneArgument', message: 'ssl_protocols "TLSv1.2 TLSv1.3" is one quoted argument', line: 4, column: 23, endLine: 4, endColumn: 40, fixTitles: ['Write the protocols unquoted'] }],
      output: 'http {\n    server {\n        listen 443 ssl;\n        ssl_protocols TLSv1.2 TLSv1.3;\n    }\n}\n',
    },
    {
      name: 'one quoted argument with a weak protocol: the safe list replaces it',
      code: "http {\n    server {\n        listen 443 ssl;\n        ssl_protocols 'TLSv1 TLSv1.2';\n    }\n}\n",
      errors: [{ messageId: 'oneArgument', line: 4, column: 23, endLine: 4, endColumn: 38 }],
      output: 'http {\n    server {\n        listen 443 ssl;\n        ssl_protocols TLSv1.2 TLSv1.3;\n    }\n}\n',
    },
    {
      name: 'a quoted pair next to a weak protocol: both reported, one fix for the directive',
      code: 'http {\n    server {\n        listen 443 ssl;\n        ssl_protocols "TLSv1 TLSv1.2" TLSv1.1;\n    }\n}\n',
      errors: [
        // Its fix alone (the editor's quick fix) leaves no weak protocol behind.
        { messageId: 'oneArgument', line: 4, column: 23, endLine: 4, endColumn: 38, fixOutputs: ['http {\n    server {\n        listen 443 ssl;\n        ssl_protocols TLSv1.2 TLSv1.3;\n    }\n}\n'] },
        { messageId: 'weak', line: 4, column: 39, endLine: 4, endColumn: 46 },
      ],
      output: 'http {\n    server {\n        listen 443 ssl;\n        ssl_protocols TLSv1.2 TLSv1.3;\n    }\n}\n',
    },
    {
      name: 'written over several lines with a comment: the comment stays',
      code: 'http {\n    server {\n        listen 443 ssl;\n        ssl_protocols\n            TLSv1      # XP kiosks\n            TLSv1.2;\n    }\n}\n',
      errors: [{ messageId: 'weak', line: 5, column: 13, endLine: 5, endColumn: 18 }],
      output: 'http {\n    server {\n        listen 443 ssl;\n        ssl_protocols\n            TLSv1.2 TLSv1.3      # XP kiosks\n;\n    }\n}\n',
    },
    {
      name: 'a weak protocol written here is reported even next to an include that cannot be read',
      code: 'events {}\nhttp {\n    server {\n        listen 443 ssl;\n        include /etc/letsencrypt/conf.d/*.conf;\n        ssl_protocols TLSv1.1 TLSv1.2;\n    }\n}\n',
      errors: [{ messageId: 'weak', line: 6, column: 23, endLine: 6, endColumn: 30 }],
      output: 'events {}\nhttp {\n    server {\n        listen 443 ssl;\n        include /etc/letsencrypt/conf.d/*.conf;\n        ssl_protocols TLSv1.2 TLSv1.3;\n    }\n}\n',
    },
    {
      name: 'an unreadable include in another server hides nothing here',
      code: 'events {}\nhttp {\n    server {\n        listen 443 ssl;\n        include /etc/letsencrypt/conf.d/*.conf;\n    }\n    server {\n        listen 443 ssl;\n    }\n}\n',
      errors: [{ messageId: 'defaultWeak', line: 7, column: 5, endLine: 7, endColumn: 11 }],
      output: 'events {}\nhttp {\n    server {\n        listen 443 ssl;\n        include /etc/letsencrypt/conf.d/*.conf;\n    }\n    server {\n        listen 443 ssl;\n        ssl_protocols TLSv1.2 TLSv1.3;\n    }\n}\n',
    },
    {
      name: 'SSLv3 at http level',
      code: 'http {\n  ssl_protocols SSLv3 TLSv1.2; # legacy\n  server {\n    listen 443 ssl;\n  }\n}\n',
      errors: [{ messageId: 'weak', line: 2, column: 17, endLine: 2, endColumn: 22 }],
      output: 'http {\n  ssl_protocols TLSv1.2 TLSv1.3; # legacy\n  server {\n    listen 443 ssl;\n  }\n}\n',
    },
    {
      name: 'missing in a TLS server on nginx 1.22, CRLF and tabs',
      code: 'http {\r\n\tserver {\r\n\t\tlisten 443 ssl;\r\n\t\tssl_certificate cert.pem;\r\n\t\troot /srv;\r\n\t}\r\n}\r\n',
      errors: [{ messageId: 'defaultWeak', line: 2, column: 2, endLine: 2, endColumn: 8 }],
      output: 'http {\r\n\tserver {\r\n\t\tlisten 443 ssl;\r\n\t\tssl_certificate cert.pem;\r\n\t\tssl_protocols TLSv1.2 TLSv1.3;\r\n\t\troot /srv;\r\n\t}\r\n}\r\n',
    },
    {
      name: "Debian's snakeoil snippet cannot be read but sets only the certificate: still reported",
      code: 'events {}\nhttp {\n    server {\n        listen 443 ssl;\n        include snippets/snakeoil.conf;\n    }\n}\n',
      errors: [{ messageId: 'defaultWeak', line: 3, column: 5, endLine: 3, endColumn: 11 }],
      output: 'events {}\nhttp {\n    server {\n        listen 443 ssl;\n        include snippets/snakeoil.conf;\n        ssl_protocols TLSv1.2 TLSv1.3;\n    }\n}\n',
    },
  ],
};
