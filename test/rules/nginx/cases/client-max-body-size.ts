import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';

export const cases: { valid: ValidCase[]; invalid: InvalidCase[] } = {
  valid: ['http {\n    client_max_body_size 10m;\n}\n', { name: 'raised limit', code: 'http {\n    client_max_body_size 2g;\n}\n', options: { max: '4g' } }, 'http {\n    client_max_body_size $x;\n}\n'],
  invalid: [
    {
      code: 'http {\n    client_max_body_size 0;\n}\n',
      name: 'unlimited: the limit is offered, never applied by --fix (it can break large uploads)',
      errors: [{ messageId: 'unlimited', line: 2, column: 26, endLine: 2, endColumn: 27, fixOutputs: ['http {\n    client_max_body_size 100m;\n}\n'] }],
      output: null,
    },
    {
      name: 'too large, quoted, CRLF',
      code: 'server {\r\n\tclient_max_body_size "10G";\r\n}\r\n',
      options: { max: '1g' },
      errors: [{ messageId: 'tooLarge', line: 2, column: 23, endLine: 2, endColumn: 28, fixOutputs: ['server {\r\n\tclient_max_body_size "1g";\r\n}\r\n'] }],
      output: null,
    },
  ],
};
