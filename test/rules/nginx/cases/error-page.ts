import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';
import { memoryHost } from '../support/memory-host';

export const cases: { valid: ValidCase[]; invalid: InvalidCase[] } = {
  valid: [
    'server {\n    root /srv;\n    error_page 404 /404.html;\n}\n',
    { name: 'inherited from http', code: 'http {\n    error_page 500 502 503 504 /50x.html;\n    server { root /srv; }\n}\n' },
    { name: 'in a location', code: 'server {\n    location / { error_page 404 = @fallback; }\n}\n' },
    { name: 'redirect-only server', code: 'server {\n    return 301 https://$host$request_uri;\n}\n' },
    { name: 'partial file: the http level may set it', code: 'server {\n    root /srv;\n}\n', filename: '/work/project/conf.d/site.conf', host: memoryHost({}) },
    { name: 'an include that cannot be read, of unknown content, may set it', code: 'events {}\nhttp {\n    server {\n        include /srv/shared/tls.conf;\n        root /srv;\n    }\n}\n' },
  ],
  invalid: [
    {
      code: 'http {\n    server {\n        root /srv;\n    }\n}\n',
      errors: [{ messageId: 'missing', line: 2, column: 5, endLine: 2, endColumn: 11, severity: 'information' }],
      output: null,
    },
    {
      name: "Certbot's TLS options cannot be read but set no error_page: still reported",
      code: 'events {}\nhttp {\n    server {\n        listen 443 ssl;\n        include /etc/letsencrypt/options-ssl-nginx.conf;\n        root /srv;\n    }\n}\n',
      errors: [{ messageId: 'missing', line: 3, column: 5, endLine: 3, endColumn: 11 }],
      output: null,
    },
  ],
};
