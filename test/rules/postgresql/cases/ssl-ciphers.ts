import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';

export default {
  valid: [
    "ssl_ciphers = 'HIGH:MEDIUM:+3DES:!aNULL'\n",
    "ssl_ciphers = 'ECDHE+AESGCM:!aNULL:!MD5'\n",
    "ssl_ciphers = 'ALL:!aNULL:!eNULL'\n",
    '# the default is fine\n',
  ] as ValidCase[],
  invalid: [
    {
      code: "ssl_ciphers = 'HIGH:RC4-SHA:DES-CBC3-SHA:!aNULL'\n",
      errors: [{ messageId: 'weakCiphers', message: 'RC4-SHA, DES-CBC3-SHA', line: 1, column: 15, endLine: 1, endColumn: 49 }],
      output: "ssl_ciphers = 'HIGH:!aNULL'\n",
    },
    {
      name: 'only weak suites: HIGH takes their place',
      code: "ssl_ciphers = 'ALL:NULL'\n",
      errors: [{ messageId: 'weakCiphers', message: 'ALL, NULL', line: 1, column: 15, endLine: 1, endColumn: 25 }],
      output: "ssl_ciphers = 'HIGH:!aNULL'\n",
    },
    {
      name: 'EXPORT and anonymous suites',
      code: "ssl_ciphers = 'EXPORT:ADH-AES128-SHA:HIGH'\n",
      errors: [{ messageId: 'weakCiphers', message: 'EXPORT, ADH-AES128-SHA', line: 1, column: 15, endLine: 1, endColumn: 43 }],
      output: "ssl_ciphers = 'HIGH'\n",
    },
  ] as InvalidCase[],
};
