import rule from '../../../rules/pg-hba/replication-wide';
import { testRule } from '../../harness/rule-tester';

testRule(rule, {
  valid: [
    'hostssl replication replicator 10.0.1.7/32 scram-sha-256\n',
    'hostssl all all 0.0.0.0/0 scram-sha-256\n',
    'host "replication" all 10.0.0.0/8 scram-sha-256\n',
    'host replication all 0.0.0.0/0 reject\nlocal replication all peer\n',
  ],
  invalid: [
    {
      code: 'host    replication     primaryuser     0.0.0.0/0               md5\n',
      errors: [{ messageId: 'wide', line: 1, column: 41, endLine: 1, endColumn: 50 }],
      output: null,
    },
    {
      name: 'a /16 and samenet in a list of databases',
      code: 'hostssl app,replication rep 172.16.0.0/16 scram-sha-256\nhostssl replication rep samenet scram-sha-256\n',
      errors: [
        { messageId: 'wide', message: 'from 172.16.0.0/16', line: 1, column: 29, endLine: 1, endColumn: 42 },
        { messageId: 'wide', message: 'from samenet', line: 2, column: 25, endLine: 2, endColumn: 32 },
      ],
      output: null,
    },
  ],
});
