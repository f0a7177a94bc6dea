import rule from '../../../rules/compose/database-port-published';
import { testRule } from '../../harness/rule-tester';

const title = 'Bind to 127.0.0.1 (changes runtime behaviour: the port is no longer reachable from other hosts)';

testRule(rule, {
  valid: [
    'services:\n  db:\n    image: postgres:16\n    ports:\n      - "127.0.0.1:5432:5432"\n      - "[::1]:5433:5432"\n      - localhost:5434:5432\n',
    { name: 'not published at all', code: 'services:\n  db:\n    image: redis:7\n    expose: ["6379"]\n' },
    { name: 'a web service is the other rule', code: 'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n' },
    { name: 'loopback default in the host part', code: 'services:\n  db:\n    image: mysql:8\n    ports:\n      - "${SQL_PORT:-127.0.0.1:13306}:3306"\n' },
    { name: 'address from an unset variable is not guessed', code: 'services:\n  db:\n    image: mysql:8\n    ports:\n      - "${BIND}:3306:3306"\n' },
    { name: 'exporters are not databases', code: 'services:\n  m:\n    image: prometheuscommunity/postgres-exporter\n    ports: ["9187:9187"]\n' },
  ],
  invalid: [
    {
      name: 'short syntax: plain, double and single quotes, 0.0.0.0, a bare container port',
      code: 'services:\n  db:\n    image: postgres:16\n    ports:\n      - 5432:5432\n      - "0.0.0.0:5433:5432"\n      - \'5434\'\n      - 5435\n',
      errors: [
        { messageId: 'published', line: 5, column: 9, endLine: 5, endColumn: 18, fixTitles: [title] },
        { messageId: 'published', line: 6, column: 9, endLine: 6, endColumn: 28 },
        { messageId: 'published', message: '5434 (on a random host port)', line: 7, column: 9, endLine: 7, endColumn: 15 },
        { messageId: 'published', line: 8, column: 9, endLine: 8, endColumn: 13 },
      ],
      output: 'services:\n  db:\n    image: postgres:16\n    ports:\n      - 127.0.0.1:5432:5432\n      - "127.0.0.1:5433:5432"\n      - \'127.0.0.1::5434\'\n      - 127.0.0.1::5435\n',
    },
    {
      name: 'namespaced image, protocol, range, interpolated host port, CRLF',
      code: 'services:\r\n  cache:\r\n    image: docker.io/bitnami/redis:7.2\r\n    ports:\r\n      - "6379:6379/tcp"\r\n      - 7000-7005:7000-7005\r\n      - "${REDIS_PORT:-6380}:6379"\r\n',
      errors: [
        { line: 5, column: 9, endLine: 5, endColumn: 24 },
        { line: 6, column: 9, endLine: 6, endColumn: 28 },
        { line: 7, column: 9, endLine: 7, endColumn: 35 },
      ],
      output: 'services:\r\n  cache:\r\n    image: docker.io/bitnami/redis:7.2\r\n    ports:\r\n      - "127.0.0.1:6379:6379/tcp"\r\n      - 127.0.0.1:7000-7005:7000-7005\r\n      - "127.0.0.1:${REDIS_PORT:-6380}:6379"\r\n',
    },
    {
      name: 'long syntax: host_ip added or replaced; IPv6 any address',
      code: 'services:\n  mongo:\n    image: mongo:7\n    ports:\n      - target: 27017\n        published: "27017"\n      - {target: 27018, published: 27018, host_ip: "::"}\n      - "[::]:27019:27017"\n',
      errors: [
        { line: 6, column: 20, endLine: 6, endColumn: 27 },
        { line: 7, column: 52, endLine: 7, endColumn: 56 },
        { line: 8, column: 9, endLine: 8, endColumn: 27 },
      ],
      output: 'services:\n  mongo:\n    image: mongo:7\n    ports:\n      - target: 27017\n        published: "27017"\n        host_ip: 127.0.0.1\n      - {target: 27018, published: 27018, host_ip: "127.0.0.1"}\n      - "127.0.0.1:27019:27017"\n',
    },
    {
      name: 'flow list and an anchor shared by two database services',
      code: 'x-p: &p\n  ports: [3306:3306]\nservices:\n  a:\n    image: mariadb:11\n    <<: *p\n  b:\n    image: mysql:8\n    <<: *p\n',
      errors: [{ message: 'affects services a, b', line: 2, column: 11, endLine: 2, endColumn: 20 }],
      output: 'x-p: &p\n  ports: [127.0.0.1:3306:3306]\nservices:\n  a:\n    image: mariadb:11\n    <<: *p\n  b:\n    image: mysql:8\n    <<: *p\n',
    },
    {
      name: 'a variable in the address is not rewritten',
      code: 'services:\n  db:\n    image: postgres:16\n    ports:\n      - "${BIND:-0.0.0.0}:5432:5432"\n',
      errors: [{ line: 5, column: 9, endLine: 5, endColumn: 37, fixTitles: [] }],
      output: null,
    },
  ],
});
