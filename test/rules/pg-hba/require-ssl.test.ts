import rule from '../../../rules/pg-hba/require-ssl';
import { testRule } from '../../harness/rule-tester';
import { memoryHost } from '../postgresql/cases/memory-host';

const title = 'Change to hostssl (changes runtime behaviour: clients must connect with TLS)';
const sslOffTitle = 'Change to hostssl (changes runtime behaviour: clients must connect with TLS; the server needs ssl = on, or the record matches no connection)';
/** The postgresql.conf beside the linted /work/project/pg_hba.conf. */
const sslOn = memoryHost({ '/work/project/postgresql.conf': "ssl = on\nssl_cert_file = 'server.crt'\n" });

testRule(rule, {
  valid: [
    'host all all 127.0.0.1/32 scram-sha-256\nhost all all ::1/128 scram-sha-256\nhost all all samehost scram-sha-256\n',
    'hostssl all all 0.0.0.0/0 scram-sha-256\nhostgssenc all all 10.0.0.0/8 gss\n',
    'host all all 0.0.0.0/0 reject\nhost all all localhost scram-sha-256\n',
    { name: 'IPv4 loopback written as an IPv4-mapped IPv6 address', code: 'host all all ::ffff:127.0.0.1/128 scram-sha-256\n' },
  ],
  invalid: [
    {
      name: 'aligned: "host" plus three spaces become "hostssl"',
      code: 'host    all             all             10.0.0.0/8              scram-sha-256\n',
      host: sslOn,
      errors: [{ messageId: 'plain', message: 'from 10.0.0.0/8', line: 1, column: 1, endLine: 1, endColumn: 5, fixTitles: [title] }],
      output: 'hostssl all             all             10.0.0.0/8              scram-sha-256\n',
    },
    {
      name: 'hostnossl shrinks and pads',
      code: 'hostnossl  all  all  192.168.1.0 255.255.255.0  scram-sha-256\n',
      host: sslOn,
      errors: [{ messageId: 'nossl', message: 'from 192.168.1.0 255.255.255.0', line: 1, column: 1, endLine: 1, endColumn: 10 }],
      output: 'hostssl    all  all  192.168.1.0 255.255.255.0  scram-sha-256\n',
    },
    {
      name: 'single spaces: the word is replaced',
      code: 'host all all samenet scram-sha-256\nhost all all .example.com scram-sha-256\n',
      host: sslOn,
      errors: [
        { messageId: 'plain', line: 1, column: 1, endLine: 1, endColumn: 5 },
        { messageId: 'plain', line: 2, column: 1, endLine: 2, endColumn: 5 },
      ],
      output: 'hostssl all all samenet scram-sha-256\nhostssl all all .example.com scram-sha-256\n',
    },
    {
      name: 'ssl is off in the postgresql.conf beside: hostssl would match no connection, so it is only offered',
      code: 'host all all 10.0.0.0/8 scram-sha-256\n',
      host: memoryHost({ '/work/project/postgresql.conf': 'ssl = off\n' }),
      errors: [{ messageId: 'plain', line: 1, column: 1, endLine: 1, endColumn: 5, fixTitles: [sslOffTitle], fixOutputs: ['hostssl all all 10.0.0.0/8 scram-sha-256\n'] }],
      output: null,
    },
    {
      name: 'no postgresql.conf beside it: whether ssl is on is unknown, so it is only offered',
      code: 'host all all 10.0.0.0/8 scram-sha-256\n',
      errors: [{ messageId: 'plain', line: 1, column: 1, endLine: 1, endColumn: 5, fixTitles: [sslOffTitle], fixOutputs: ['hostssl all all 10.0.0.0/8 scram-sha-256\n'] }],
      output: null,
    },
  ],
});
