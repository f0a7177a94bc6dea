import rule from '../../../rules/compose/dangerous-capabilities';
import { testRule } from '../../harness/rule-tester';

testRule(rule, {
  valid: [
    'services:\n  web:\n    image: nginx:1.27\n    cap_add:\n      - NET_BIND_SERVICE\n',
    'services:\n  web:\n    cap_drop: [ALL]\n    cap_add: [CHOWN, SETUID]\n',
  ],
  invalid: [
    {
      name: 'each dangerous item, block list, CAP_ prefix and lower case',
      code: 'services:\n  vpn:\n    cap_add:\n      - NET_ADMIN\n      - CHOWN\n      - cap_sys_module\n',
      errors: [
        { messageId: 'dangerous', message: 'NET_ADMIN', line: 4, column: 9, endLine: 4, endColumn: 18, severity: 'warning' },
        { messageId: 'dangerous', message: 'SYS_MODULE', line: 6, column: 9, endLine: 6, endColumn: 23 },
      ],
      output: null,
    },
    {
      name: 'ALL and SYS_ADMIN are errors; flow list',
      code: 'services:\n  x:\n    cap_add: ["ALL", SYS_ADMIN]\n',
      errors: [
        { line: 3, column: 15, endLine: 3, endColumn: 20, severity: 'error' },
        { line: 3, column: 22, endLine: 3, endColumn: 31, severity: 'error' },
      ],
      output: null,
    },
    {
      name: 'list shared through an anchor is reported once where written',
      code: 'x-caps: &caps\n  - SYS_PTRACE\nservices:\n  a:\n    cap_add: *caps\n  b:\n    cap_add: *caps\n',
      errors: [{ message: 'affects services a, b', line: 2, column: 5, endLine: 2, endColumn: 15 }],
      output: null,
    },
  ],
});
