import rule from '../../../rules/compose/non-root-user';
import { testRule } from '../../harness/rule-tester';

testRule(rule, {
  valid: [
    'services:\n  web:\n    user: "1000:1000"\n',
    'services:\n  web:\n    user: app\n',
    { name: 'unknown variable is not judged', code: 'services:\n  web:\n    user: ${APP_UID}\n' },
    { name: 'uid 0 as a group only', code: 'services:\n  web:\n    user: "1000:0"\n' },
  ],
  invalid: [
    {
      name: 'user missing is softer',
      code: 'services:\n  web:\n    image: nginx:1.27\n',
      errors: [{ messageId: 'missing', line: 2, column: 3, endLine: 2, endColumn: 6, severity: 'information' }],
      output: null,
    },
    {
      name: 'root, 0, 0:0, root:root and a default',
      code: 'services:\n  a:\n    user: root\n  b:\n    user: 0\n  c:\n    user: "0:0"\n  d:\n    user: root:root\n  e:\n    user: ${U:-root}\n',
      errors: [
        { messageId: 'root', line: 3, column: 11, endLine: 3, endColumn: 15, severity: 'warning' },
        { messageId: 'root', line: 5, column: 11, endLine: 5, endColumn: 12 },
        { messageId: 'root', line: 7, column: 11, endLine: 7, endColumn: 16 },
        { messageId: 'root', line: 9, column: 11, endLine: 9, endColumn: 20 },
        { messageId: 'root', line: 11, column: 11, endLine: 11, endColumn: 21 },
      ],
      output: null,
    },
    {
      name: 'root set once in an anchor',
      code: 'x-r: &r\n  user: root\nservices:\n  a:\n    <<: *r\n  b:\n    <<: *r\n',
      errors: [{ messageId: 'root', message: 'affects services a, b', line: 2, column: 9, endLine: 2, endColumn: 13 }],
      output: null,
    },
  ],
});
