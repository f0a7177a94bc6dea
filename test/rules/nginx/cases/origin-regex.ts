import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';

export const cases: { valid: ValidCase[]; invalid: InvalidCase[] } = {
  valid: [
    'server {\n    if ($http_origin ~* ^https://(www\\.)?example\\.com$) {\n        add_header Access-Control-Allow-Origin $http_origin;\n    }\n}\n',
    { name: 'map with anchored regex', code: 'map $http_origin $cors {\n    ~^https://app\\.example\\.com$ $http_origin;\n}\n' },
    { name: 'not a domain check', code: 'map $http_referer $temp {\n    ~^(?<temp>.*)\\? $temp;\n}\n' },
  ],
  invalid: [
    {
      code: 'server {\n    if ($http_origin ~ "example.com") {\n        add_header Access-Control-Allow-Origin $http_origin;\n    }\n}\n',
      errors: [
        {
          messageId: 'unanchored',
          message: 'so https://evil.example/?example.com or https://evil-example.com match; it is not anchored with $, so https://example.com.evil.example matches',
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 37,
        },
      ],
      output: null,
    },
    {
      name: 'only the start anchored, in a map',
      code: 'map $http_referer $ok {\n    ~*^https://example\\.com 1;\n}\n',
      errors: [{ messageId: 'unanchored', message: 'not anchored with $, so https://example.com.evil.example matches', line: 2, column: 5, endLine: 2, endColumn: 28 }],
      output: null,
    },
  ],
};
