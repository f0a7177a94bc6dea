import rule from '../../../rules/compose/redis-weak-password';
import { testRule } from '../../harness/rule-tester';

testRule(rule, {
  valid: [
    'services:\n  cache:\n    image: redis:7\n    command: redis-server --requirepass ${REDIS_PASSWORD}\n',
    'services:\n  cache:\n    image: redis:7\n    command: ["redis-server", "--requirepass", "9f3c1a7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c6e8b0d1f3a"]\n',
  ],
  invalid: [
    {
      code: 'services:\n  cache:\n    image: redis:7\n    command: redis-server --requirepass weak --appendonly yes\n',
      errors: [{ messageId: 'weak', message: 'Service "cache"', line: 4, column: 41, endLine: 4, endColumn: 45 }],
      output: null,
    },
    {
      name: 'list form and ACL user',
      code: 'services:\n  cache:\n    image: bitnami/redis\n    command: ["redis-server", "--user", "app", "on", ">changeme", "~*", "+@all"]\n',
      errors: [{ messageId: 'weak', message: 'user app', line: 4, column: 55, endLine: 4, endColumn: 64 }],
      output: null,
    },
  ],
});
