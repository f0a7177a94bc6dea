import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';

export default {
  valid: ['ssl = on\n', 'pgaudit.log = \'ddl\'\n', "include_if_exists = 'local.conf'\n", 'DateStyle = \'iso, mdy\'\n', '#ssl_foo = on\n'] as ValidCase[],
  invalid: [
    {
      name: 'a typo, with a suggestion (not applied automatically)',
      code: 'log_conections = on\n',
      errors: [
        {
          messageId: 'unknown',
          message: 'did you mean "log_connections"?',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 15,
          fixTitles: ['Rename to log_connections (changes runtime behaviour: the setting takes effect)'],
        },
      ],
      output: null,
    },
    {
      name: 'nothing close',
      code: 'frobnicate_everything = 1\n',
      errors: [{ messageId: 'unknown', line: 1, column: 1, endLine: 1, endColumn: 22, fixTitles: [] }],
      output: null,
    },
    {
      name: 'a read-only parameter',
      code: "server_version = '99'\n",
      errors: [{ messageId: 'readOnly', line: 1, column: 1, endLine: 1, endColumn: 15 }],
      output: null,
    },
  ] as InvalidCase[],
};
