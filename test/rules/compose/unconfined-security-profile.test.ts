import rule from '../../../rules/compose/unconfined-security-profile';
import { testRule } from '../../harness/rule-tester';

testRule(rule, {
  valid: [
    'services:\n  web:\n    security_opt:\n      - seccomp:./profile.json\n      - apparmor:docker-default\n      - label:type:container_t\n',
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    security_opt:\n      - seccomp:unconfined\n      - apparmor=unconfined\n      - label:disable\n      - "systempaths=unconfined"\n',
      errors: [
        { messageId: 'unconfined', message: 'seccomp', line: 4, column: 9, endLine: 4, endColumn: 27 },
        { messageId: 'unconfined', message: 'apparmor', line: 5, column: 9, endLine: 5, endColumn: 28 },
        { messageId: 'unconfined', message: 'SELinux', line: 6, column: 9, endLine: 6, endColumn: 22 },
        { messageId: 'unconfined', message: 'systempaths', line: 7, column: 9, endLine: 7, endColumn: 33 },
      ],
      output: null,
    },
    {
      name: 'flow list shared through an anchor',
      code: 'x-s: &s\n  security_opt: [seccomp=unconfined]\nservices:\n  a: {<<: *s}\n  b:\n    <<: *s\n',
      errors: [{ message: 'affects services a, b', line: 2, column: 18, endLine: 2, endColumn: 36 }],
      output: null,
    },
  ],
});
