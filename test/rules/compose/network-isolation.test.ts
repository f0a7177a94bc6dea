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
    { name: 'a plain database sharing the default network with an app that publishes nothing', code: 'services:\n  app:\n    image: example/app:2.3\n    expose: ["8080"]\n  db:\n    image: postgres:16\n  cache:\n    image: redis:7\n' },
    { name: 'separate networks', code: 'services:\n  web:\n    image: nginx:1\n    ports: ["80:80"]\n    networks: [front]\n  db:\n    image: redis:7\n    networks: [back]\n' },
  ],
  invalid: [
    {
      name: 'default network shared: reported on the name key',
      code: 'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n  db:\n    image: postgres:16\n',
      errors: [{
        messageId: 'shared',
        message:
          'Database/cache service "db" shares network "default" with "web" (publishes 8080:80 on all host interfaces): whoever compromises a service that takes connections through a published port can reach "db" directly. Put "db" on a network declared with internal: true that only the services using it join.',
        line: 5, column: 3, endLine: 5, endColumn: 5,
      }],
      output: null,
    },
    {
      name: 'several public ports: the first in full, then how many more',
      code: 'services:\n  web:\n    image: nginx:1.27\n    ports: ["80:80", "127.0.0.1:8081:8081", "443:443", "8443:8443"]\n  db:\n    image: postgres:16\n',
      errors: [{ messageId: 'shared', message: 'shares network "default" with "web" (publishes 80:80 on all host interfaces, and 2 more ports): ', line: 5, column: 3, endLine: 5, endColumn: 5 }],
      output: null,
    },
    {
      name: 'named network that is not internal: reported on the networks key',
      code: 'services:\n  web:\n    image: nginx:1.27\n    ports: ["80:80"]\n    networks:\n      backend:\n  cache:\n    image: bitnami/redis:7\n    networks:\n      - backend\nnetworks:\n  backend:\n',
      errors: [{ messageId: 'shared', message: 'Database/cache service "cache" shares network "backend" with "web" (publishes 80:80 on all host interfaces):', line: 9, column: 5, endLine: 9, endColumn: 13 }],
      output: null,
    },
    {
      name: 'a data store that publishes a port is named for what it publishes; the plain app beside them is not mentioned',
      code: 'services:\n  app:\n    image: example/app:2.3\n  db:\n    image: postgres:16\n    ports: ["127.0.0.1:5433:5432", "5432:5432"]\n  cache:\n    image: redis:7\n',
      errors: [{ messageId: 'shared', message: 'Database/cache service "cache" shares network "default" with "db" (publishes 5432:5432 on all host interfaces): ', line: 7, column: 3, endLine: 7, endColumn: 8 }],
      output: null,
    },
    {
      name: 'a specific address, an address from a variable and the long syntax; networks shared with the same services are grouped',
      code:
        'services:\n  api:\n    image: example/api:1\n    ports: ["10.0.0.5:9000:9000"]\n    networks: [front, back]\n  admin:\n    image: example/admin:1\n    ports: ["${ADMIN_BIND}:8443:443"]\n    networks: [ops]\n  metrics:\n    image: example/metrics:1\n    ports:\n      - target: 9100\n        published: 9100\n    networks: [ops]\n  db:\n    image: mariadb:11\n    networks: [front, back, ops]\n',
      errors: [{
        messageId: 'shared',
        message:
          'Database/cache service "db" shares networks "front" and "back" with "api" (publishes 9000:9000 on 10.0.0.5), and network "ops" with "admin" (publishes 8443:443 on ${ADMIN_BIND}, a host address that depends on a variable) and "metrics" (publishes 9100:9100 on all host interfaces): ',
        line: 18, column: 5, endLine: 18, endColumn: 13,
      }],
      output: null,
    },
    {
      name: 'an ephemeral host port',
      code: 'services:\n  web:\n    image: nginx:1.27\n    ports: ["80"]\n  db:\n    image: mongo:7\n',
      errors: [{ messageId: 'shared', message: 'shares network "default" with "web" (publishes container port 80 on all host interfaces)', line: 5, column: 3, endLine: 5, endColumn: 5 }],
      output: null,
    },
  ],
});
