import rule from '../../../rules/compose/redis-require-password';
import { testRule } from '../../harness/rule-tester';

const files = (map: Record<string, string>) => ({ readFile: (p: string) => map[p], stat: () => undefined, glob: () => [] });

testRule(rule, {
  valid: [
    { name: 'not published: reachable only on its compose network', code: 'services:\n  cache:\n    image: redis:7\n' },
    { name: 'published on loopback only', code: 'services:\n  cache:\n    image: redis:7\n    ports:\n      - "127.0.0.1:6379:6379"\n' },
    'services:\n  cache:\n    image: redis:7\n    ports: ["6379:6379"]\n    command: redis-server --requirepass ${REDIS_PASSWORD}\n',
    { name: 'config file that cannot be read: unknown', code: 'services:\n  cache:\n    image: redis:7\n    ports: ["6379:6379"]\n    command: redis-server /usr/local/etc/redis/redis.conf\n' },
    {
      name: 'mounted config file with a password',
      code: 'services:\n  cache:\n    image: redis:7\n    ports: ["6379:6379"]\n    volumes:\n      - ./redis.conf:/usr/local/etc/redis/redis.conf:ro\n    command: redis-server /usr/local/etc/redis/redis.conf\n',
      host: files({ '/work/project/redis.conf': 'requirepass 9f3c1a7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c6e8b0d1f3a\n' }),
    },
  ],
  invalid: [
    {
      name: 'official image, no command, published',
      code: 'services:\n  cache:\n    image: redis:7\n    ports:\n      - "6379:6379"\n',
      errors: [{ messageId: 'missing', line: 2, column: 3, endLine: 2, endColumn: 8, severity: 'error' }],
      output: null,
    },
    {
      name: 'mounted config file without a password',
      code: 'services:\n  cache:\n    image: redis:7\n    ports: ["6379:6379"]\n    volumes:\n      - ./redis.conf:/usr/local/etc/redis/redis.conf:ro\n    command: redis-server /usr/local/etc/redis/redis.conf --appendonly yes\n',
      host: files({ '/work/project/redis.conf': 'maxmemory 1gb\n' }),
      errors: [{ messageId: 'missing', line: 2, column: 3, endLine: 2, endColumn: 8 }],
      output: null,
    },
    {
      name: 'empty --requirepass',
      code: "services:\n  cache:\n    image: redis:7\n    network_mode: host\n    command: [redis-server, --requirepass, '']\n",
      errors: [{ messageId: 'emptyRequirepass', line: 5, column: 45, endLine: 5, endColumn: 45 }],
      output: null,
    },
  ],
});
