import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';

export const cases: { valid: ValidCase[]; invalid: InvalidCase[] } = {
  valid: [
    'http {\n    limit_req_zone $binary_remote_addr zone=api:10m rate=10r/s;\n    server {\n        location /api/ {\n            limit_req zone=api burst=20 nodelay;\n            proxy_pass http://127.0.0.1:8080;\n        }\n    }\n}\n',
    { name: 'inherited from server', code: 'server {\n    limit_conn addr 10;\n    location / { proxy_pass http://127.0.0.1:8080; }\n}\n' },
    { name: 'static location', code: 'server {\n    location / { root /srv; }\n}\n' },
  ],
  invalid: [
    {
      code: 'server {\n    location ~ \\.php$ {\n        fastcgi_pass unix:/run/php.sock;\n    }\n}\n',
      errors: [{ messageId: 'unlimited', line: 2, column: 5, endLine: 2, endColumn: 13, severity: 'information' }],
      output: null,
    },
  ],
};
