import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';

export default {
  valid: ["log_statement = 'ddl'\n", 'log_statement = mod\n', "log_statement = 'all'\n"] as ValidCase[],
  invalid: [
    {
      code: "log_statement = 'none'\t\t\t# none, ddl, mod, all\n",
      errors: [
        {
          messageId: 'none',
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 23,
          fixTitles: ["Set log_statement = 'ddl' (log CREATE, ALTER, DROP)", "Set log_statement = 'mod' (log DDL and data changes: more log volume)"],
        },
      ],
      output: "log_statement = 'ddl'\t\t\t# none, ddl, mod, all\n",
    },
    {
      name: 'default, sample line',
      code: "#log_statement = 'none'\t\t\t# none, ddl, mod, all\n",
      errors: [{ messageId: 'noneByDefault', line: 1, column: 1, endLine: 1, endColumn: 24 }],
      output: "log_statement = 'ddl'\t\t\t# none, ddl, mod, all\n",
    },
    {
      name: 'unquoted value gets quotes',
      code: 'log_statement = NONE\n',
      errors: [{ messageId: 'none', line: 1, column: 17, endLine: 1, endColumn: 21 }],
      output: "log_statement = 'ddl'\n",
    },
  ] as InvalidCase[],
};
