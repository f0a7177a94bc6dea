import rule from '../../../rules/pg-hba/shadowed-record';
import { testRule } from '../../harness/rule-tester';

testRule(rule, {
  valid: [
    'host all all 127.0.0.1/32 scram-sha-256\nhost all all 0.0.0.0/0 scram-sha-256\n',
    'hostssl all all 0.0.0.0/0 cert\nhost all all 0.0.0.0/0 scram-sha-256\n',
    'host all all all scram-sha-256\nhost replication all 10.0.0.0/8 scram-sha-256\n',
    'host all alice 10.0.0.0/8 scram-sha-256\nhost all bob 10.0.0.0/8 scram-sha-256\n',
    'host all all 0.0.0.0/0 scram-sha-256\nhost all all ::1/128 scram-sha-256\n',
  ],
  invalid: [
    {
      name: 'a wider earlier record',
      code: 'host all all 10.0.0.0/8 scram-sha-256\nhostssl app alice 10.1.2.0/24 cert\nlocal all all peer\n',
      errors: [{ messageId: 'shadowed', message: 'line 1 already matches', line: 2, column: 1, endLine: 2, endColumn: 35, fixTitles: ['Remove the record that never applies'] }],
      output: null,
    },
    {
      name: 'all users and all addresses first; a reject after it never applies',
      code: 'hostssl all all all scram-sha-256\nhostssl all "bob" 10.0.0.1/32 reject\n',
      errors: [{ messageId: 'shadowed', line: 2, column: 1, endLine: 2, endColumn: 37 }],
      output: null,
    },
    {
      name: 'lists: every database and user of the later record is covered',
      code: 'host app,reports alice,bob 192.168.0.0/16 scram-sha-256\nhost reports bob 192.168.3.4 255.255.255.255 scram-sha-256\n',
      errors: [{ messageId: 'shadowed', line: 2, column: 1, endLine: 2, endColumn: 59 }],
      output: null,
    },
  ],
});
