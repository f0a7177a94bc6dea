import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';

export const cases: { valid: ValidCase[]; invalid: InvalidCase[] } = {
  valid: ['http {\n    client_header_buffer_size 1k;\n    large_client_header_buffers 4 8k;\n    client_body_buffer_size 16k;\n}\n'],
  invalid: [
    {
      code: 'http {\n    client_header_buffer_size 64k;\n    large_client_header_buffers 32 64k;\n    client_body_buffer_size 1m;\n}\n',
      errors: [
        { messageId: 'tooLarge', line: 2, column: 31, endLine: 2, endColumn: 34, fixOutputs: ['http {\n    client_header_buffer_size 4k;\n    large_client_header_buffers 32 64k;\n    client_body_buffer_size 1m;\n}\n'] },
        { messageId: 'tooLarge', line: 3, column: 33, endLine: 3, endColumn: 35, fixOutputs: ['http {\n    client_header_buffer_size 64k;\n    large_client_header_buffers 8 64k;\n    client_body_buffer_size 1m;\n}\n'] },
        { messageId: 'tooLarge', line: 3, column: 36, endLine: 3, endColumn: 39, fixOutputs: ['http {\n    client_header_buffer_size 64k;\n    large_client_header_buffers 32 16k;\n    client_body_buffer_size 1m;\n}\n'] },
        { messageId: 'tooLarge', line: 4, column: 29, endLine: 4, endColumn: 31, fixOutputs: ['http {\n    client_header_buffer_size 64k;\n    large_client_header_buffers 32 64k;\n    client_body_buffer_size 128k;\n}\n'] },
      ],
      // Lowering a buffer someone raised is offered, not applied by --fix: large cookies or headers may need it.
      output: null,
    },
    {
      name: 'CRLF, tabs',
      code: 'server {\r\n\tclient_body_buffer_size 512k;\r\n}\r\n',
      errors: [{ messageId: 'tooLarge', line: 2, column: 26, endLine: 2, endColumn: 30, fixOutputs: ['server {\r\n\tclient_body_buffer_size 128k;\r\n}\r\n'] }],
      output: null,
    },
  ],
};
