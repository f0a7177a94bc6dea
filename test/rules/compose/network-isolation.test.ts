import rule from '../../../rules/compose/network-isolation';
import { testRule } from '../../harness/rule-tester';

testRule(rule, {
  valid: [
    {
      name: 'database only on an internal backend network',
      code: 'services:\n  web:\n    image: nginx:1.27\n    ports: ["80:80"]\n    networks: [frontend, backend]\n  db:\n    image: postgres:16\n    networks: [backend]\nnetworks:\n  frontend: {}\n  backend:\n    internal: true\n',
    },
    { name: 'nothing public', code: 'services:\n  app:\n    image: app:1\n  db:\n    image: postgres:16\n' },
    { name: 'public service only on loopback', code: 'services:\n  app:\n    image: app:1\n    ports: ["127.0.0.1:8080:8080"]\n  db:\n    image: redis:7\n' },
    { name: 'separate networks', code: 'services:\n  web:\n    image: nginx:1\n    ports: ["80:80"]\n    networks: [front]\n  db:\n    image: redis:7\n    networks: [back]\n' },
  ],
  invalid: [
    {
      name: 'default network shared: reported on the name key',
      code: 'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n  db:\n    image: postgres:16\n',
      errors: [{ messageId: 'shared', message: '"default" with public-facing "web"', line: 5, column: 3, endLine: 5, endColumn: 5 }],
      output: null,
    },
    {
      name: 'named network that is not internal: reported on the networks key',
      code: 'services:\n  web:\n    image: nginx:1.27\n    ports: ["80:80"]\n    networks:\n      backend:\n  cache:\n    image: bitnami/redis:7\n    networks:\n      - backend\nnetworks:\n  backend:\n',
      errors: [{ messageId: 'shared', message: '"backend"', line: 9, column: 5, endLine: 9, endColumn: 13 }],
      output: null,
    },
  ],
});
