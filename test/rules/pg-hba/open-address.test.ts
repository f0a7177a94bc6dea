import rule from '../../../rules/pg-hba/open-address';
import { testRule } from '../../harness/rule-tester';

testRule(rule, {
  valid: ['hostssl all all 10.0.0.0/8 scram-sha-256\n', 'host all all 0.0.0.0/0 reject\n', 'local all all peer\n', 'host all all "all" scram-sha-256\n'],
  invalid: [
    {
      code: 'hostssl all all 0.0.0.0/0 scram-sha-256\nhostssl all all ::/0 scram-sha-256\nhostssl all all all scram-sha-256\n',
      errors: [
        { messageId: 'open', line: 1, column: 17, endLine: 1, endColumn: 26 },
        { messageId: 'open', line: 2, column: 17, endLine: 2, endColumn: 21 },
        { messageId: 'open', line: 3, column: 17, endLine: 3, endColumn: 20 },
      ],
      output: null,
    },
    {
      name: 'address and netmask columns',
      code: 'hostssl all all 0.0.0.0 0.0.0.0 scram-sha-256\n',
      errors: [{ messageId: 'open', message: '0.0.0.0 0.0.0.0 admits', line: 1, column: 17, endLine: 1, endColumn: 32 }],
      output: null,
    },
  ],
});
