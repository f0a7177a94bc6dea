import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';

export const cases: { valid: ValidCase[]; invalid: InvalidCase[] } = {
  valid: [
    'server {\n    listen 80;\n    server_name example.com;\n    return 301 https://$host$request_uri;\n}\n',
    { name: 'rewrite permanent', code: 'server {\n    listen 80;\n    rewrite ^ https://example.com$request_uri permanent;\n}\n' },
    { name: 'TLS only', code: 'server {\n    listen 443 ssl;\n    root /srv;\n}\n' },
    { name: 'scheme check in a dual server', code: 'server {\n    listen 80;\n    listen 443 ssl;\n    if ($scheme = http) {\n        return 301 https://$host$request_uri;\n    }\n    root /srv;\n}\n' },
    { name: 'ACME challenge kept, everything else redirected', code: 'server {\n    listen 80;\n    location /.well-known/acme-challenge/ { root /var/www/acme; }\n    location / { return 301 https://$host$request_uri; }\n}\n' },
    { name: 'localhost only', code: 'server {\n    listen 127.0.0.1:8080;\n    location / { stub_status; }\n}\n' },
    { name: 'catch-all that drops connections', code: 'server {\n    listen 80 default_server;\n    return 444;\n}\n' },
    { name: 'an include that cannot be read, of unknown content, may redirect', code: 'server {\n    server_name example.com;\n    include /srv/shared/tls.conf;\n    root /srv;\n}\n' },
  ],
  invalid: [
    {
      code: 'server {\n    listen 80;\n    root /srv/www;\n}\n',
      errors: [{ messageId: 'servesPlain', line: 2, column: 5, endLine: 2, endColumn: 14 }],
      output: null,
    },
    {
      name: 'no listen means port 80',
      code: 'server {\n    server_name example.com;\n    location / { proxy_pass http://127.0.0.1:8080; }\n}\n',
      errors: [{ messageId: 'servesPlain', line: 1, column: 1, endLine: 1, endColumn: 7 }],
      output: null,
    },
    {
      name: "Certbot's TLS options cannot be read but neither listen nor redirect: still reported",
      code: 'server {\n    server_name example.com;\n    include /etc/letsencrypt/options-ssl-nginx.conf;\n    root /srv;\n}\n',
      errors: [{ messageId: 'servesPlain', line: 1, column: 1, endLine: 1, endColumn: 7 }],
      output: null,
    },
  ],
};
