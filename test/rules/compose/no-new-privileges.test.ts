import rule from '../../../rules/compose/no-new-privileges';
import { testRule } from '../../harness/rule-tester';

const title = 'Set no-new-privileges:true (changes runtime behaviour: setuid binaries no longer gain privileges)';

testRule(rule, {
  valid: [
    'services:\n  web:\n    security_opt:\n      - no-new-privileges:true\n',
    'services:\n  web:\n    security_opt: ["no-new-privileges=true"]\n',
    'services:\n  web:\n    security_opt: [no-new-privileges]\n',
    { name: 'merged', code: 'x-s: &s\n  security_opt: [no-new-privileges:true]\nservices:\n  web:\n    <<: *s\n' },
  ],
  invalid: [
    {
      name: 'missing: security_opt added',
      code: 'services:\n  web:\n    image: nginx:1.27\n',
      errors: [{ messageId: 'missing', line: 2, column: 3, endLine: 2, endColumn: 6, fixTitles: [title] }],
      output: 'services:\n  web:\n    image: nginx:1.27\n    security_opt:\n      - no-new-privileges:true\n',
    },
    {
      name: 'appended to an existing block list, CRLF',
      code: 'services:\r\n  web:\r\n    security_opt:\r\n      - apparmor:docker-default\r\n',
      errors: [{ messageId: 'missing', line: 2, column: 3, endLine: 2, endColumn: 6 }],
      output: 'services:\r\n  web:\r\n    security_opt:\r\n      - apparmor:docker-default\r\n      - no-new-privileges:true\r\n',
    },
    {
      name: 'appended to an existing flow list',
      code: 'services:\n  web:\n    security_opt: [seccomp:default.json]\n',
      errors: [{ messageId: 'missing', line: 2, column: 3, endLine: 2, endColumn: 6 }],
      output: 'services:\n  web:\n    security_opt: [seccomp:default.json, no-new-privileges:true]\n',
    },
    {
      name: 'switched off: value replaced in place, keeping quotes',
      code: 'services:\n  web:\n    security_opt:\n      - "no-new-privileges=false"\n',
      errors: [{ messageId: 'disabled', line: 4, column: 9, endLine: 4, endColumn: 34 }],
      output: 'services:\n  web:\n    security_opt:\n      - "no-new-privileges=true"\n',
    },
  ],
});
