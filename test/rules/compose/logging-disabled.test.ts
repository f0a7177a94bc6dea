import rule from '../../../rules/compose/logging-disabled';
import { testRule } from '../../harness/rule-tester';

testRule(rule, {
  valid: [
    'services:\n  web:\n    logging:\n      driver: json-file\n',
    'services:\n  web:\n    image: nginx\n',
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    logging:\n      driver: "none"\n',
      errors: [{ messageId: 'none', line: 4, column: 15, endLine: 4, endColumn: 21, severity: 'error' }],
      output: null,
    },
    {
      name: 'anchor',
      code: 'x-l: &l\n  logging: {driver: none}\nservices:\n  a:\n    <<: *l\n  b:\n    <<: *l\n',
      errors: [{ message: 'affects services a, b', line: 2, column: 21, endLine: 2, endColumn: 25 }],
      output: null,
    },
  ],
});
