import rule from '../../../rules/compose/redis-bind';
import { testRule } from '../../harness/rule-tester';

testRule(rule, {
  valid: [
    { name: 'own network namespace: binding all interfaces is how other containers reach it', code: 'services:\n  cache:\n    image: redis:7\n    command: redis-server --bind 0.0.0.0\n' },
    'services:\n  cache:\n    image: redis:7\n    network_mode: host\n    command: redis-server --bind 127.0.0.1\n',
  ],
  invalid: [
    {
      code: 'services:\n  cache:\n    image: redis:7\n    network_mode: host\n    command: redis-server --bind 0.0.0.0\n',
      errors: [{ messageId: 'allInterfaces', line: 5, column: 34, endLine: 5, endColumn: 41 }],
      output: 'services:\n  cache:\n    image: redis:7\n    network_mode: host\n    command: redis-server --bind 127.0.0.1\n',
    },
    {
      name: 'host network without --bind: the image default binds everything',
      code: 'services:\n  cache:\n    image: redis:7\n    network_mode: host\n',
      errors: [{ messageId: 'missing', line: 2, column: 3, endLine: 2, endColumn: 8 }],
      output: null,
    },
  ],
});
