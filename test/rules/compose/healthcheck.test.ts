import rule from '../../../rules/compose/healthcheck';
import { testRule } from '../../harness/rule-tester';

testRule(rule, {
  valid: [
    'services:\n  web:\n    healthcheck:\n      test: ["CMD", "curl", "-f", "http://localhost"]\n',
    { name: 'merged', code: 'x-h: &h\n  healthcheck:\n    test: ["CMD-SHELL", "true"]\nservices:\n  web:\n    <<: *h\n' },
    'services:\n  web:\n    healthcheck:\n      disable: false\n      test: curl -f localhost\n',
  ],
  invalid: [
    {
      name: 'missing: no fix',
      code: 'services:\n  web:\n    image: nginx:1.27\n',
      errors: [{ messageId: 'missing', line: 2, column: 3, endLine: 2, endColumn: 6, fixTitles: [] }],
      output: null,
    },
    {
      name: 'disable: true and test: NONE in both forms',
      code: 'services:\n  a:\n    healthcheck:\n      disable: true\n  b:\n    healthcheck:\n      test: NONE\n  c:\n    healthcheck:\n      test: ["NONE"]\n',
      errors: [
        { messageId: 'disabled', line: 4, column: 16, endLine: 4, endColumn: 20 },
        { messageId: 'disabled', line: 7, column: 13, endLine: 7, endColumn: 17 },
        { messageId: 'disabled', line: 10, column: 13, endLine: 10, endColumn: 21 },
      ],
      output: null,
    },
  ],
});
