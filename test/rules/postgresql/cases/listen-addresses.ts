import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';
import { memoryHost } from './memory-host';

const restrictedHba = 'local all all peer\nhostssl all all 10.0.0.0/8 scram-sha-256\n';

export default {
  valid: ["listen_addresses = 'localhost'\n", "listen_addresses = '10.0.0.5, 127.0.0.1'\n", "#listen_addresses = '*'\n", 'port = 5432\n'] as ValidCase[],
  invalid: [
    {
      code: "listen_addresses = '*'\t\t# what IP address(es) to listen on;\n",
      errors: [
        {
          messageId: 'wildcard',
          severity: 'warning',
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 23,
          fixTitles: ["Set listen_addresses = 'localhost' (changes runtime behaviour: remote clients can no longer connect)"],
        },
      ],
      output: null,
    },
    {
      name: 'a pg_hba.conf beside it admits specific networks only: information',
      code: "listen_addresses = '0.0.0.0,::'\n",
      filename: '/srv/pg/postgresql.conf',
      host: memoryHost({ '/srv/pg/pg_hba.conf': restrictedHba }),
      errors: [{ messageId: 'wildcard', severity: 'information', line: 1, column: 20, endLine: 1, endColumn: 32 }],
      output: null,
    },
    {
      name: 'the pg_hba.conf admits everyone: stays a warning',
      code: "listen_addresses = '*'\n",
      filename: '/srv/pg/postgresql.conf',
      host: memoryHost({ '/srv/pg/pg_hba.conf': 'host all all 0.0.0.0/0 scram-sha-256\n' }),
      errors: [{ messageId: 'wildcard', severity: 'warning', line: 1, column: 20, endLine: 1, endColumn: 23 }],
      output: null,
    },
    {
      name: 'relaxing switched off',
      code: "listen_addresses = '*'\n",
      filename: '/srv/pg/postgresql.conf',
      options: { relaxWhenHbaRestricts: false },
      host: memoryHost({ '/srv/pg/pg_hba.conf': restrictedHba }),
      errors: [{ messageId: 'wildcard', severity: 'warning', line: 1, column: 20, endLine: 1, endColumn: 23 }],
      output: null,
    },
    {
      name: 'hba_file names the pg_hba.conf',
      code: "listen_addresses = '*'\nhba_file = '/etc/pg/hba.conf'\n",
      filename: '/srv/pg/postgresql.conf',
      host: memoryHost({ '/etc/pg/hba.conf': restrictedHba }),
      errors: [{ messageId: 'wildcard', severity: 'information', line: 1, column: 20, endLine: 1, endColumn: 23 }],
      output: null,
    },
  ] as InvalidCase[],
};
