import rule from '../../../rules/pg-hba/ident-over-tcp';
import { testRule } from '../../harness/rule-tester';

const SCRAM = 'Use scram-sha-256 (changes runtime behaviour: clients must authenticate with a password; users without one are locked out)';

testRule(rule, {
  valid: [
    { name: 'local ident is peer authentication', code: 'local all all ident\nlocal all postgres ident map=admins\n' },
    { name: 'other methods', code: 'host all all 10.0.0.0/8 scram-sha-256\nhostssl all all 0.0.0.0/0 cert\nhost all all 0.0.0.0/0 reject\n' },
    { name: 'the server itself: its own ident server answers', code: 'host all all 127.0.0.1/32 ident\nhost all all ::1/128 ident\nhost all all samehost ident\nhost all all localhost ident\n' },
    '# host all all 0.0.0.0/0 ident\n',
    { name: 'IPv4 loopback written as an IPv4-mapped IPv6 address', code: 'host all all ::ffff:127.0.0.1/128 ident\n' },
  ],
  invalid: [
    {
      name: 'private network: warning; aligned columns stay aligned',
      code: 'host    all             all             10.0.0.0/8              ident           # office\n',
      errors: [
        {
          messageId: 'ident',
          message: 'from 10.0.0.0/8',
          severity: 'warning',
          line: 1,
          column: 65,
          endLine: 1,
          endColumn: 70,
          fixTitles: [SCRAM],
          // Roles without a password would be locked out: offered, not applied by --fix.
          fixOutputs: ['host    all             all             10.0.0.0/8              scram-sha-256   # office\n'],
        },
      ],
      output: null,
    },
    {
      name: 'every address: error',
      code: 'hostssl all all 0.0.0.0/0 ident\n',
      errors: [{ messageId: 'ident', message: 'from 0.0.0.0/0', severity: 'error', line: 1, column: 27, endLine: 1, endColumn: 32, fixOutputs: ['hostssl all all 0.0.0.0/0 scram-sha-256\n'] }],
      output: null,
    },
    {
      name: 'all and public ranges are errors; private netmask, samenet and hostnames are warnings',
      code: [
        'host all all all ident',
        'hostnossl all all 203.0.113.0/24 ident',
        'host all all 192.168.1.0 255.255.255.0 ident',
        'host all all samenet ident',
        'host all alice,bob .example.com ident',
        '',
      ].join('\n'),
      errors: [
        { message: 'from all', severity: 'error', line: 1, column: 18, endLine: 1, endColumn: 23 },
        { message: 'from 203.0.113.0/24', severity: 'error', line: 2, column: 34, endLine: 2, endColumn: 39 },
        { message: 'from 192.168.1.0 255.255.255.0', severity: 'warning', line: 3, column: 40, endLine: 3, endColumn: 45 },
        { message: 'from samenet', severity: 'warning', line: 4, column: 22, endLine: 4, endColumn: 27 },
        { message: 'connects as alice, bob', severity: 'warning', line: 5, column: 33, endLine: 5, endColumn: 38 },
      ],
      output: null,
    },
    {
      name: 'only the network record of a file',
      code: 'local all all ident\nhost all all 127.0.0.1/32 ident\nhost all all 10.0.0.0/8 ident\n',
      errors: [{ messageId: 'ident', line: 3, column: 25, endLine: 3, endColumn: 30 }],
      output: null,
    },
    {
      name: 'tabs and CRLF',
      code: 'hostgssenc\tall\tall\tfd00::/8\tident\r\n',
      errors: [{ messageId: 'ident', severity: 'warning', line: 1, column: 29, endLine: 1, endColumn: 34, fixOutputs: ['hostgssenc\tall\tall\tfd00::/8\tscram-sha-256\r\n'] }],
      output: null,
    },
    {
      name: 'continued record',
      code: 'host all all \\\n  10.0.0.0/8 ident\n',
      errors: [{ messageId: 'ident', line: 2, column: 14, endLine: 2, endColumn: 19, fixOutputs: ['host all all \\\n  10.0.0.0/8 scram-sha-256\n'] }],
      output: null,
    },
    {
      name: 'options scram-sha-256 accepts are kept',
      code: 'hostssl all all 10.0.0.0/8 ident clientcert=verify-full\n',
      errors: [{ messageId: 'ident', line: 1, column: 28, endLine: 1, endColumn: 33, fixOutputs: ['hostssl all all 10.0.0.0/8 scram-sha-256 clientcert=verify-full\n'] }],
      output: null,
    },
    {
      name: 'a user name map: no fix, the server rejects map with scram-sha-256',
      code: 'host all all 10.0.0.0/8 ident map=office\n',
      errors: [{ messageId: 'ident', line: 1, column: 25, endLine: 1, endColumn: 30, fixTitles: [] }],
      output: null,
    },
  ],
});
