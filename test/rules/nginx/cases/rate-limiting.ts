import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';

export const cases: { valid: ValidCase[]; invalid: InvalidCase[] } = {
  valid: [
    'http {\n    limit_req_zone $binary_remote_addr zone=api:10m rate=10r/s;\n    server {\n        location /api/ {\n            limit_req zone=api burst=20 nodelay;\n            proxy_pass http://127.0.0.1:8080;\n        }\n    }\n}\n',
    { name: 'inherited from server', code: 'server {\n    limit_conn addr 10;\n    location / { proxy_pass http://127.0.0.1:8080; }\n}\n' },
    { name: 'static location', code: 'server {\n    location / { root /srv; }\n}\n' },
    { name: 'an include that cannot be read, of unknown content, may set a limit', code: 'server {\n    include /srv/shared/tls.conf;\n    location / { proxy_pass http://127.0.0.1:8080; }\n}\n' },
  ],
  invalid: [
    {
      code: 'server {\n    location ~ \\.php$ {\n        fastcgi_pass unix:/run/php.sock;\n    }\n}\n',
      errors: [{ messageId: 'unlimited', line: 2, column: 5, endLine: 2, endColumn: 13, severity: 'information' }],
      output: null,
    },
    {
      name: "Certbot's TLS options cannot be read but set no limit: still reported",
      code: 'server {\n    listen 443 ssl;\n    include /etc/letsencrypt/options-ssl-nginx.conf;\n    location / { proxy_pass http://127.0.0.1:8080; }\n}\n',
      errors: [{ messageId: 'unlimited', line: 4, column: 5, endLine: 4, endColumn: 13 }],
      output: null,
    },
  ],
};
