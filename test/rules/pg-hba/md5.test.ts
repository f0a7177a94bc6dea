import rule from '../../../rules/pg-hba/md5';
import { testRule } from '../../harness/rule-tester';

testRule(rule, {
  valid: ['host all all 10.0.0.0/8 scram-sha-256\n', 'local all md5 peer\n'],
  invalid: [
    {
      code: 'host    all             all             0.0.0.0/0               md5\n',
      errors: [
        {
          messageId: 'md5',
          line: 1,
          column: 65,
          endLine: 1,
          endColumn: 68,
          fixTitles: ['Use scram-sha-256 (changes runtime behaviour: users whose passwords are still md5 hashes must reset them as SCRAM)'],
          // Those users could no longer log in: offered, not applied by --fix.
          fixOutputs: ['host    all             all             0.0.0.0/0               scram-sha-256\n'],
        },
      ],
      output: null,
    },
    {
      name: 'continued record',
      code: 'host all all \\\n  10.0.0.0/8 md5\n',
      errors: [{ messageId: 'md5', line: 2, column: 14, endLine: 2, endColumn: 17, fixOutputs: ['host all all \\\n  10.0.0.0/8 scram-sha-256\n'] }],
      output: null,
    },
  ],
});
