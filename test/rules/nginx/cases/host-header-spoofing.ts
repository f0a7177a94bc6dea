import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';

export const cases: { valid: ValidCase[]; invalid: InvalidCase[] } = {
  valid: ['server {\n    return 301 https://$host$request_uri;\n}\n', { name: 'not a redirect', code: 'server {\n    location / { proxy_set_header Host $http_host; proxy_pass http://127.0.0.1:8080; }\n}\n' }],
  invalid: [
    {
      code: 'server {\n    listen 80;\n    return 301 https://$http_host$request_uri;\n}\n',
      errors: [{ messageId: 'spoofable', line: 3, column: 16, endLine: 3, endColumn: 46 }],
      output: 'server {\n    listen 80;\n    return 301 https://$host$request_uri;\n}\n',
    },
    {
      name: 'rewrite with braces, CRLF',
      code: 'server {\r\n\trewrite ^/(.*)$ "https://${http_host}/$1" permanent;\r\n}\r\n',
      errors: [{ messageId: 'spoofable', line: 2, column: 18, endLine: 2, endColumn: 43 }],
      output: 'server {\r\n\trewrite ^/(.*)$ "https://${host}/$1" permanent;\r\n}\r\n',
    },
  ],
};
