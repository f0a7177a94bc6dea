import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';

export default {
  valid: ['ssl = on\n', "ssl_min_protocol_version = 'TLSv1.2'\n", "ssl_min_protocol_version = 'TLSv1.3'\n", "#ssl_min_protocol_version = 'TLSv1'\n"] as ValidCase[],
  invalid: [
    {
      code: "ssl = on\nssl_min_protocol_version = 'TLSv1'\t# legacy clients\n",
      errors: [{ messageId: 'weakProtocol', message: "'TLSv1'", line: 2, column: 28, endLine: 2, endColumn: 35 }],
      output: "ssl = on\nssl_min_protocol_version = 'TLSv1.2'\t# legacy clients\n",
    },
    {
      name: 'unquoted and any case',
      code: 'ssl_min_protocol_version tlsv1.1\n',
      errors: [{ messageId: 'weakProtocol', line: 1, column: 26, endLine: 1, endColumn: 33 }],
      output: "ssl_min_protocol_version 'TLSv1.2'\n",
    },
  ] as InvalidCase[],
};
