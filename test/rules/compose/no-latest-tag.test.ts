import rule from '../../../rules/compose/no-latest-tag';
import { testRule } from '../../harness/rule-tester';

testRule(rule, {
  valid: [
    'services:\n  web:\n    image: nginx:1.27-alpine\n  db:\n    image: ghcr.io/org/db:2.1\n',
    { name: 'digest pins the image', code: 'services:\n  web:\n    image: nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n' },
    { name: 'tag from a variable is not guessed', code: 'services:\n  web:\n    image: "getsentry/snuba:${SNUBA_VERSION}"\n  app:\n    image: $APP_IMAGE\n' },
    { name: 'built services are skipped', code: 'services:\n  app:\n    build: .\n    image: myapp\n' },
    { name: 'registry port is not a tag', code: 'services:\n  app:\n    image: localhost:5000/app:1.0\n' },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: nginx\n  db:\n    image: "postgres:latest"\n  app:\n    image: localhost:5000/app\n',
      errors: [
        { messageId: 'untagged', line: 3, column: 12, endLine: 3, endColumn: 17 },
        { messageId: 'latest', line: 5, column: 12, endLine: 5, endColumn: 29 },
        { messageId: 'untagged', line: 7, column: 12, endLine: 7, endColumn: 30 },
      ],
      output: null,
    },
    {
      name: 'anchor',
      code: 'x-i: &img redis\nservices:\n  a:\n    image: *img\n  b:\n    image: *img\n',
      errors: [{ message: 'affects services a, b', line: 1, column: 11, endLine: 1, endColumn: 16 }],
      output: null,
    },
  ],
});
