import rule from '../../../rules/pg-hba/password';
import { testRule } from '../../harness/rule-tester';

testRule(rule, {
  valid: ['host all all 10.0.0.0/8 scram-sha-256\n', 'host all "password" 10.0.0.0/8 md5\n'],
  invalid: [
    {
      code: 'host  all  all  10.0.0.0/8  password\n',
      // Users whose passwords are md5 hashes could no longer log in: offered, not applied by --fix.
      errors: [{ messageId: 'cleartext', line: 1, column: 29, endLine: 1, endColumn: 37, fixOutputs: ['host  all  all  10.0.0.0/8  scram-sha-256\n'] }],
      output: null,
    },
    {
      name: 'inside TLS the message says so; a shorter word pads the gap',
      code: 'hostssl all all 10.0.0.0/8 password        ldapserver=x\n'.replace('password        ldapserver=x', 'password             map=x'),
      errors: [{ messageId: 'cleartext', message: 'inside TLS', line: 1, column: 28, endLine: 1, endColumn: 36, fixOutputs: ['hostssl all all 10.0.0.0/8 scram-sha-256        map=x\n'] }],
      output: null,
    },
  ],
});
