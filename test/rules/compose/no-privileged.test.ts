import rule from '../../../rules/compose/no-privileged';
import { testRule } from '../../harness/rule-tester';

testRule(rule, {
  valid: [
    'services:\n  web:\n    image: nginx:1.27\n',
    'services:\n  web:\n    image: nginx:1.27\n    privileged: false\n',
    { name: 'not a compose file', code: 'name: x\nprivileged: true\n' },
    { name: 'the YAML 1.1 spellings of false', code: 'services:\n  a:\n    privileged: "no"\n  b:\n    privileged: Off\n' },
  ],
  invalid: [
    {
      name: 'the YAML 1.1 spellings of true that docker-compose accepts (yes, On)',
      code: 'services:\n  a:\n    image: x:1\n    privileged: yes\n  b:\n    image: x:1\n    privileged: On\n',
      errors: [
        { messageId: 'privileged', line: 4, column: 5, endLine: 4, endColumn: 20 },
        { messageId: 'privileged', line: 7, column: 5, endLine: 7, endColumn: 19 },
      ],
      output: 'services:\n  a:\n    image: x:1\n  b:\n    image: x:1\n',
    },
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n    privileged: true\n    read_only: true\n',
      errors: [{ messageId: 'privileged', line: 4, column: 5, endLine: 4, endColumn: 21 }],
      output: 'services:\n  web:\n    image: nginx:1.27\n    read_only: true\n',
    },
    {
      name: 'CRLF and a trailing comment survive',
      code: 'services:\r\n  web:\r\n    privileged: true # needed?\r\n    image: nginx:1.27\r\n',
      errors: [{ messageId: 'privileged', line: 3, column: 5, endLine: 3, endColumn: 21 }],
      output: 'services:\r\n  web:\r\n    image: nginx:1.27\r\n',
    },
    {
      name: 'written once in an anchor, merged into two services',
      code: 'x-base: &base\n  privileged: true\nservices:\n  a:\n    <<: *base\n  b:\n    <<: *base\n',
      errors: [{ message: 'affects services a, b', line: 2, column: 3, endLine: 2, endColumn: 19 }],
      // Removing the anchor's only key would leave `<<: *base` merging a null, which compose rejects.
      output: 'x-base: &base\n  privileged: false\nservices:\n  a:\n    <<: *base\n  b:\n    <<: *base\n',
    },
    {
      name: 'flow mapping: reported, no line removal offered',
      code: 'services:\n  web: {image: nginx, privileged: true}\n',
      errors: [{ line: 2, column: 23, endLine: 2, endColumn: 39, fixTitles: [] }],
      output: null,
    },
  ],
});
