import rule from '../../../rules/compose/cap-drop-all';
import { testRule } from '../../harness/rule-tester';

testRule(rule, {
  valid: [
    'services:\n  web:\n    cap_drop:\n      - ALL\n',
    'services:\n  web:\n    cap_drop: [all]\n',
    { name: 'merged from an anchor', code: 'x-h: &h\n  cap_drop: [ALL]\nservices:\n  web:\n    <<: *h\n' },
  ],
  invalid: [
    {
      name: 'a database image: the fix is offered, not applied by --fix',
      code: 'services:\n  db:\n    image: postgres:16\n',
      errors: [{
        messageId: 'missing', line: 2, column: 3, endLine: 2, endColumn: 5,
        fixTitles: ['Drop all capabilities (changes runtime behaviour: images that start as root and switch users, such as databases and nginx, need CHOWN, SETUID, SETGID and the like added back with cap_add)'],
        fixOutputs: ['services:\n  db:\n    image: postgres:16\n    cap_drop:\n      - ALL\n'],
      }],
      output: null,
    },
    {
      name: 'the official nginx image starts as root and switches to the nginx user: offered, not applied by --fix',
      code: 'services:\n  proxy:\n    image: nginx:1.27-alpine\n',
      errors: [{ messageId: 'missing', line: 2, column: 3, endLine: 2, endColumn: 8, fixOutputs: ['services:\n  proxy:\n    image: nginx:1.27-alpine\n    cap_drop:\n      - ALL\n'] }],
      output: null,
    },
    {
      name: 'missing: block list added in the file indentation',
      code: 'services:\n  web:\n    image: acme/web:1.27\n',
      errors: [{ messageId: 'missing', line: 2, column: 3, endLine: 2, endColumn: 6, fixTitles: ['Drop all capabilities (changes runtime behaviour: add back needed ones with cap_add)'] }],
      output: 'services:\n  web:\n    image: acme/web:1.27\n    cap_drop:\n      - ALL\n',
    },
    {
      name: 'missing, CRLF, compact sequences',
      code: 'services:\r\n  web:\r\n    ports:\r\n    - "80:80"\r\n',
      errors: [{ messageId: 'missing', line: 2, column: 3, endLine: 2, endColumn: 6 }],
      output: 'services:\r\n  web:\r\n    ports:\r\n    - "80:80"\r\n    cap_drop:\r\n    - ALL\r\n',
    },
    {
      name: 'existing block list gets ALL appended',
      code: 'services:\n  web:\n    cap_drop:\n      - NET_RAW # raw sockets\n    image: acme/web\n',
      errors: [{ messageId: 'partial', line: 3, column: 5, endLine: 3, endColumn: 13 }],
      output: 'services:\n  web:\n    cap_drop:\n      - NET_RAW # raw sockets\n      - ALL\n    image: acme/web\n',
    },
    {
      name: 'existing flow list',
      code: 'services:\n  web:\n    cap_drop: [NET_RAW, MKNOD]\n',
      errors: [{ messageId: 'partial', line: 3, column: 5, endLine: 3, endColumn: 13 }],
      output: 'services:\n  web:\n    cap_drop: [NET_RAW, MKNOD, ALL]\n',
    },
    {
      name: 'flow service mapping',
      code: 'services:\n  web: {image: acme/web}\n',
      errors: [{ messageId: 'missing', line: 2, column: 3, endLine: 2, endColumn: 6 }],
      output: 'services:\n  web: {image: acme/web, cap_drop: [ALL]}\n',
    },
    {
      name: 'a list shared through an anchor is extended once',
      code: 'x-base: &base\n  cap_drop:\n    - NET_RAW\nservices:\n  a:\n    <<: *base\n  b:\n    <<: *base\n',
      errors: [{ messageId: 'partial', line: 2, column: 3, endLine: 2, endColumn: 11 }],
      output: 'x-base: &base\n  cap_drop:\n    - NET_RAW\n    - ALL\nservices:\n  a:\n    <<: *base\n  b:\n    <<: *base\n',
    },
  ],
});
