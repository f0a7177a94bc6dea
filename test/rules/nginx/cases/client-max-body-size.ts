import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';

export const cases: { valid: ValidCase[]; invalid: InvalidCase[] } = {
  valid: ['http {\n    client_max_body_size 10m;\n}\n', { name: 'raised limit', code: 'http {\n    client_max_body_size 2g;\n}\n', options: { max: '4g' } }, 'http {\n    client_max_body_size $x;\n}\n'],
  invalid: [
    {
      code: 'http {\n    client_max_body_size 0;\n}\n',
      errors: [{ messageId: 'unlimited', line: 2, column: 26, endLine: 2, endColumn: 27 }],
      output: 'http {\n    client_max_body_size 100m;\n}\n',
    },
    {
      name: 'too large, quoted, CRLF',
      code: 'server {\r\n\tclient_max_body_size "10G";\r\n}\r\n',
      options: { max: '1g' },
      errors: [{ messageId: 'tooLarge', line: 2, column: 23, endLine: 2, endColumn: 28 }],
      output: 'server {\r\n\tclient_max_body_size "1g";\r\n}\r\n',
    },
  ],
};
