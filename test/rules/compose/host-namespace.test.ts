import rule from '../../../rules/compose/host-namespace';
import { testRule } from '../../harness/rule-tester';

testRule(rule, {
  valid: [
    'services:\n  web:\n    network_mode: bridge\n    pid: "service:db"\n    ipc: shareable\n',
    'services:\n  web:\n    network_mode: ${NET_MODE}\n',
  ],
  invalid: [
    {
      code: 'services:\n  mon:\n    network_mode: host\n    pid: "host"\n    ipc: host\n    uts: host\n    userns_mode: host\n',
      errors: [
        { messageId: 'host', message: 'network_mode: host', line: 3, column: 5, endLine: 3, endColumn: 23 },
        { messageId: 'host', message: 'pid: host', line: 4, column: 5, endLine: 4, endColumn: 16 },
        { messageId: 'host', message: 'ipc: host', line: 5, column: 5, endLine: 5, endColumn: 14 },
        { messageId: 'host', message: 'uts: host', line: 6, column: 5, endLine: 6, endColumn: 14 },
        { messageId: 'host', message: 'userns_mode: host', line: 7, column: 5, endLine: 7, endColumn: 22 },
      ],
      output: null,
    },
    {
      name: 'merged from an anchor',
      code: 'x-n: &n\n  network_mode: host\nservices:\n  a:\n    <<: *n\n  b:\n    <<: *n\n',
      errors: [{ message: 'affects services a, b', line: 2, column: 3, endLine: 2, endColumn: 21 }],
      output: null,
    },
  ],
});
