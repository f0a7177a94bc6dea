import rule from '../../../rules/compose/redis-unsafe-enable-options';
import { testRule } from '../../harness/rule-tester';

testRule(rule, {
  valid: ['services:\n  cache:\n    image: redis:7\n    command: redis-server --enable-debug-command no\n'],
  invalid: [
    {
      code: 'services:\n  cache:\n    image: redis:7\n    command: redis-server --enable-debug-command yes --enable-module-command local\n',
      errors: [
        { messageId: 'enabled', line: 4, column: 50, endLine: 4, endColumn: 53, severity: 'warning' },
        { messageId: 'local', line: 4, column: 78, endLine: 4, endColumn: 83, severity: 'information' },
      ],
      output: 'services:\n  cache:\n    image: redis:7\n    command: redis-server --enable-debug-command no --enable-module-command no\n',
    },
  ],
});
