import rule from '../../../rules/compose/read-only-root-filesystem';
import { testRule } from '../../harness/rule-tester';

testRule(rule, {
  valid: [
    'services:\n  web:\n    image: acme/web:1.27\n    read_only: true\n',
    { name: 'inherited through a merge key', code: 'x-h: &h\n  read_only: true\nservices:\n  web:\n    <<: *h\n    image: acme/web\n' },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: acme/web:1.27\n    ports:\n      - "8080:80"\n\n  db:\n    image: postgres:16\n',
      errors: [
        { messageId: 'missing', line: 2, column: 3, endLine: 2, endColumn: 6 },
        { messageId: 'missing', line: 7, column: 3, endLine: 7, endColumn: 5 },
      ],
      // The database's fix is offered but not preferred: it writes its data, socket and temp folders.
      output: 'services:\n  web:\n    image: acme/web:1.27\n    ports:\n      - "8080:80"\n    read_only: true\n\n  db:\n    image: postgres:16\n',
    },
    {
      name: '"no" is false too (YAML 1.1, as docker-compose reads it); the quotes stay',
      code: 'services:\n  web:\n    read_only: "no"\n',
      errors: [{ messageId: 'disabled', line: 3, column: 16, endLine: 3, endColumn: 20 }],
      output: 'services:\n  web:\n    read_only: "true"\n',
    },
    {
      name: 'false is replaced in place, keeping the comment',
      code: 'services:\n  web:\n    read_only: false # TODO\n',
      errors: [{ messageId: 'disabled', line: 3, column: 16, endLine: 3, endColumn: 21 }],
      output: 'services:\n  web:\n    read_only: true # TODO\n',
    },
    {
      name: 'four-space indentation, no final newline',
      code: 'services:\n    web:\n        image: acme/web',
      errors: [{ messageId: 'missing', line: 2, column: 5, endLine: 2, endColumn: 8 }],
      output: 'services:\n    web:\n        image: acme/web\n        read_only: true',
    },
    {
      name: 'nginx writes its cache and pid folders at start: offered, not applied by --fix',
      code: 'services:\n  proxy:\n    image: docker.io/library/nginx:1.27\n',
      errors: [{ messageId: 'missing', line: 2, column: 3, endLine: 2, endColumn: 8, fixOutputs: ['services:\n  proxy:\n    image: docker.io/library/nginx:1.27\n    read_only: true\n'] }],
      output: null,
    },
    {
      name: 'flow mapping',
      code: 'services:\n  web: {image: acme/web}\n',
      errors: [{ messageId: 'missing', line: 2, column: 3, endLine: 2, endColumn: 6 }],
      output: 'services:\n  web: {image: acme/web, read_only: true}\n',
    },
  ],
});
