import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';

export const cases: { valid: ValidCase[]; invalid: InvalidCase[] } = {
  valid: [
    'server {\n    return 301 https://$host$request_uri;\n}\n',
    { name: 'dot capture cannot hold a line break', code: 'server {\n    location ~ ^/old/(.*)$ {\n        return 301 /new/$1;\n    }\n}\n' },
    { name: 'rewrite with dot capture', code: 'server {\n    rewrite ^/a/(.*)$ /b/$1 permanent;\n}\n' },
  ],
  invalid: [
    {
      code: 'server {\n    return 302 https://example.com$uri;\n}\n',
      errors: [{ messageId: 'decoded', line: 2, column: 16, endLine: 2, endColumn: 39 }],
      output: null,
    },
    {
      name: 'negated class capture in a rewrite',
      code: 'server {\n    rewrite ^/docs/([^/]+)$ /manual/$1 redirect;\n}\n',
      errors: [{ messageId: 'capture', line: 2, column: 29, endLine: 2, endColumn: 39 }],
      output: null,
    },
    {
      name: 'capture from a regex location into add_header',
      code: 'server {\n    location ~ /v/(?<ver>\\S+|[^.]+)$ {\n        add_header X-Version $ver;\n    }\n}\n',
      errors: [{ messageId: 'capture', line: 3, column: 30, endLine: 3, endColumn: 34 }],
      output: null,
    },
  ],
};
