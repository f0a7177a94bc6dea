import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';

export const cases: { valid: ValidCase[]; invalid: InvalidCase[] } = {
  valid: [
    'server {\n    location / { proxy_pass http://127.0.0.1:8080; }\n}\n',
    { name: 'request data in the path only', code: 'server {\n    location / { proxy_pass http://backend/$arg_page; }\n}\n' },
    { name: 'fixed variable', code: 'server {\n    set $upstream backend;\n    location / { proxy_pass http://$upstream; }\n}\n' },
  ],
  invalid: [
    {
      code: 'server {\n    location /fetch {\n        proxy_pass http://$arg_host/;\n    }\n}\n',
      errors: [{ messageId: 'ssrf', message: '$arg_host', line: 3, column: 20, endLine: 3, endColumn: 37 }],
      output: null,
    },
    {
      name: 'set from a header',
      code: 'server {\n    set $target $http_x_backend;\n    location / { proxy_pass https://$target; }\n}\n',
      errors: [{ messageId: 'ssrf', message: '$target', line: 3, column: 29, endLine: 3, endColumn: 44 }],
      output: null,
    },
    {
      name: 'capture from the URI',
      code: 'server {\n    location ~ ^/proxy/([^/]+)/(.*)$ {\n        proxy_pass http://$1/$2;\n    }\n}\n',
      errors: [{ messageId: 'ssrf', message: '$1', line: 3, column: 20, endLine: 3, endColumn: 32 }],
      output: null,
    },
  ],
};
