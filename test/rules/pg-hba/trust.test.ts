import rule from '../../../rules/pg-hba/trust';
import { testRule } from '../../harness/rule-tester';

testRule(rule, {
  valid: ['local all all peer\nhost all all 127.0.0.1/32 scram-sha-256\n', '# host all all 0.0.0.0/0 trust\n', 'host all all 10.0.0.0/8 "trust"x scram-sha-256\n'.replace('"trust"x ', '')],
  invalid: [
    {
      name: 'network trust is an error; aligned columns stay aligned',
      code: 'host    all             all             127.0.0.1/32            trust           # loopback\n',
      errors: [
        {
          messageId: 'network',
          severity: 'error',
          line: 1,
          column: 65,
          endLine: 1,
          endColumn: 70,
          fixTitles: ['Use scram-sha-256 (changes runtime behaviour: clients must authenticate with a password)'],
        },
      ],
      output: 'host    all             all             127.0.0.1/32            scram-sha-256   # loopback\n',
    },
    {
      name: 'local trust is a warning and becomes peer',
      code: 'local   all             all                                     trust\n',
      errors: [{ messageId: 'local', severity: 'warning', message: 'connect as any role', line: 1, column: 65, endLine: 1, endColumn: 70 }],
      output: 'local   all             all                                     peer\n',
    },
    {
      name: 'options after the method, tab-separated',
      code: 'hostssl\tall\tall\t::/0\ttrust\tclientcert=verify-full\r\n',
      errors: [{ messageId: 'network', message: 'from ::/0', line: 1, column: 22, endLine: 1, endColumn: 27 }],
      output: 'hostssl\tall\tall\t::/0\tscram-sha-256\tclientcert=verify-full\r\n',
    },
  ],
});
