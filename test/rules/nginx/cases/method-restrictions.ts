import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';

export const cases: { valid: ValidCase[]; invalid: InvalidCase[] } = {
  valid: [
    { name: 'off by default', code: 'server {\n    location / { proxy_pass http://127.0.0.1:8080; }\n}\n' },
    { name: 'limit_except', code: 'server {\n    location / {\n        limit_except GET POST { deny all; }\n        proxy_pass http://127.0.0.1:8080;\n    }\n}\n', options: { enabled: true } },
    { name: 'if on $request_method in the server', code: 'server {\n    if ($request_method !~ ^(GET|POST)$) { return 405; }\n    location / { proxy_pass http://127.0.0.1:8080; }\n}\n', options: { enabled: true } },
    { name: 'an include that cannot be read, of unknown content, may restrict them', code: 'server {\n    include /srv/shared/tls.conf;\n    location / { proxy_pass http://127.0.0.1:8080; }\n}\n', options: { enabled: true } },
  ],
  invalid: [
    {
      code: 'server {\n    location / { proxy_pass http://127.0.0.1:8080; }\n}\n',
      options: { enabled: true },
      errors: [{ messageId: 'unrestricted', line: 2, column: 5, endLine: 2, endColumn: 13 }],
      output: null,
    },
    {
      name: "Certbot's TLS options cannot be read but restrict no method: still reported",
      code: 'server {\n    listen 443 ssl;\n    include /etc/letsencrypt/options-ssl-nginx.conf;\n    location / { proxy_pass http://127.0.0.1:8080; }\n}\n',
      options: { enabled: true },
      errors: [{ messageId: 'unrestricted', line: 4, column: 5, endLine: 4, endColumn: 13 }],
      output: null,
    },
  ],
};
