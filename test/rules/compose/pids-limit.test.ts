import rule from '../../../rules/compose/pids-limit';
import { testRule } from '../../harness/rule-tester';

testRule(rule, {
  valid: [
    'services:\n  web:\n    pids_limit: 200\n',
    'services:\n  web:\n    deploy:\n      resources:\n        limits:\n          pids: 100\n',
    { name: 'unknown variable', code: 'services:\n  web:\n    pids_limit: ${PIDS}\n' },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n',
      errors: [{ messageId: 'missing', line: 2, column: 3, endLine: 2, endColumn: 6 }],
      output: null,
    },
    {
      name: 'unlimited values',
      code: 'services:\n  a:\n    pids_limit: -1\n  b:\n    deploy: {resources: {limits: {pids: 0}}}\n',
      errors: [
        { messageId: 'unlimited', line: 3, column: 17, endLine: 3, endColumn: 19 },
        { messageId: 'unlimited', line: 5, column: 41, endLine: 5, endColumn: 42 },
      ],
      output: null,
    },
  ],
});
