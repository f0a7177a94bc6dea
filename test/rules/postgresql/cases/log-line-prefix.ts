import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';

export default {
  valid: ["log_line_prefix = '%m [%p] %q%u@%d %h '\n", "log_line_prefix = '%t %r %u %d '\n"] as ValidCase[],
  invalid: [
    {
      name: 'default, sample line',
      code: "#log_line_prefix = '%m [%p] '\t\t# special values:\n",
      errors: [{ messageId: 'incompleteByDefault', message: 'user (%u), database (%d), client host (%h or %r)', line: 1, column: 1, endLine: 1, endColumn: 30 }],
      output: "log_line_prefix = '%m [%p] %quser=%u db=%d host=%h '\t\t# special values:\n",
    },
    {
      name: "Debian's prefix lacks only the client host; %q is kept once",
      code: "log_line_prefix = '%m [%p] %q%u@%d '\n",
      errors: [{ messageId: 'incomplete', message: 'lacks client host (%h or %r)', line: 1, column: 19, endLine: 1, endColumn: 37 }],
      output: "log_line_prefix = '%m [%p] %q%u@%d host=%h '\n",
    },
    {
      name: 'escaped percent signs do not count',
      code: "log_line_prefix = '%%u %t'\n",
      errors: [{ messageId: 'incomplete', line: 1, column: 19, endLine: 1, endColumn: 27 }],
      output: "log_line_prefix = '%%u %t %quser=%u db=%d host=%h '\n",
    },
  ] as InvalidCase[],
};
