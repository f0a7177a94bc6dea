import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';
import { memoryHost } from './memory-host';

const fixTitle = 'Set ssl = on (changes runtime behaviour: the server loads ssl_cert_file and ssl_key_file at start, and clients can use TLS)';
const offeredTitle =
  'Set ssl = on (changes runtime behaviour: the server does not start until a certificate and key exist at ssl_cert_file and ssl_key_file, by default server.crt and server.key in the data directory)';

export default {
  valid: [
    'ssl = on\n',
    "SSL = 'true'\n",
    { name: 'a fragment does not judge unset parameters', code: 'work_mem = 4MB\n', filename: '/srv/pg/postgresql.auto.conf' },
    { name: 'conf.d fragment', code: 'work_mem = 4MB\n', filename: '/etc/postgresql/15/main/conf.d/tuning.conf' },
    {
      name: 'postgresql.auto.conf beside the file turns it on',
      code: 'ssl = off\n',
      filename: '/srv/pg/postgresql.conf',
      host: memoryHost({ '/srv/pg/postgresql.auto.conf': "ssl = 'on'\n" }),
    },
    {
      name: 'a conf.d fragment whose value a later fragment overrides is judged as the server reads it',
      code: 'ssl = off\n',
      filename: '/srv/pg/conf.d/00-base.conf',
      host: memoryHost({ '/srv/pg/postgresql.conf': "include_dir 'conf.d'\n", '/srv/pg/conf.d/00-base.conf': 'ssl = off\n', '/srv/pg/conf.d/10-tls.conf': 'ssl = on\n' }),
    },
    {
      name: 'a conf.d fragment overridden by a line after include_dir in postgresql.conf',
      code: 'ssl = off\n',
      filename: '/srv/pg/conf.d/00-base.conf',
      host: memoryHost({ '/srv/pg/postgresql.conf': "include_dir 'conf.d'\nssl = on\n", '/srv/pg/conf.d/00-base.conf': 'ssl = off\n' }),
    },
    {
      name: 'postgresql.auto.conf overrides the file that includes it',
      code: 'ssl = off\n',
      filename: '/srv/pg/conf.d/00-base.conf',
      host: memoryHost({ '/srv/pg/postgresql.conf': "include_dir 'conf.d'\n", '/srv/pg/conf.d/00-base.conf': 'ssl = off\n', '/srv/pg/postgresql.auto.conf': 'ssl = on\n' }),
    },
    {
      name: 'an included file turns it on',
      code: "include 'tls.conf'\n",
      filename: '/srv/pg/postgresql.conf',
      host: memoryHost({ '/srv/pg/tls.conf': 'ssl = on\n' }),
    },
  ] as ValidCase[],
  invalid: [
    {
      name: 'a conf.d fragment whose value takes effect (the editor text is judged, not the disk)',
      code: 'ssl = off\n',
      filename: '/srv/pg/conf.d/20-local.conf',
      host: memoryHost({ '/srv/pg/postgresql.conf': "ssl = on\nssl_cert_file = '/etc/ssl/certs/db.pem'\ninclude_dir 'conf.d'\n", '/srv/pg/conf.d/10-tls.conf': 'ssl = on\n', '/srv/pg/conf.d/20-local.conf': 'ssl = on\n' }),
      errors: [{ messageId: 'sslOff', line: 1, column: 7, endLine: 1, endColumn: 10, fixTitles: [fixTitle] }],
      output: 'ssl = on\n',
    },
    {
      name: 'explicit off, trailing comment kept; a certificate is named, so turning TLS on is the preferred fix',
      code: "listen_addresses = 'localhost'\nssl = off # for now\nssl_cert_file = '/etc/ssl/certs/ssl-cert-snakeoil.pem'\n",
      errors: [{ messageId: 'sslOff', line: 2, column: 7, endLine: 2, endColumn: 10, fixTitles: [fixTitle] }],
      output: "listen_addresses = 'localhost'\nssl = on # for now\nssl_cert_file = '/etc/ssl/certs/ssl-cert-snakeoil.pem'\n",
    },
    {
      name: 'explicit off and no certificate named: ssl = on is offered, not applied (the server would not start without server.crt)',
      code: "listen_addresses = 'localhost'\nssl = off # for now\n",
      errors: [
        {
          messageId: 'sslOff',
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 10,
          fixTitles: [offeredTitle],
          fixOutputs: ["listen_addresses = 'localhost'\nssl = on # for now\n"],
        },
      ],
      output: null,
    },
    {
      name: 'the later setting takes effect; the earlier one is related',
      code: 'ssl = on\nssl = false\n',
      errors: [{ messageId: 'sslOff', line: 2, column: 7, endLine: 2, endColumn: 12, fixOutputs: ['ssl = on\nssl = on\n'] }],
      output: null,
    },
    {
      name: 'default: the commented-out sample line is uncommented in place',
      code: "# - SSL -\n\n#ssl = off\t\t\t\t# (change requires restart)\n#ssl_ca_file = ''\nssl_cert_file = 'server.crt'\n",
      errors: [{ messageId: 'sslOffByDefault', line: 3, column: 1, endLine: 3, endColumn: 11 }],
      output: "# - SSL -\n\nssl = on\t\t\t\t# (change requires restart)\n#ssl_ca_file = ''\nssl_cert_file = 'server.crt'\n",
    },
    {
      name: 'default without a commented-out line: first line, a line is appended (CRLF kept)',
      code: "port = 5432\r\nssl_cert_file = 'db.crt'\r\n",
      errors: [{ messageId: 'sslOffByDefault', line: 1, column: 1, endLine: 1, endColumn: 12 }],
      output: "port = 5432\r\nssl_cert_file = 'db.crt'\r\nssl = on\r\n",
    },
    {
      name: 'no final newline',
      code: 'port = 5432',
      errors: [{ messageId: 'sslOffByDefault', line: 1, column: 1, endLine: 1, endColumn: 12, fixTitles: [offeredTitle], fixOutputs: ['port = 5432\nssl = on'] }],
      output: null,
    },
    {
      name: 'ALTER SYSTEM turned it off in postgresql.auto.conf (quoting kept)',
      code: "# Do not edit this file manually!\nssl = 'off'\n",
      filename: '/srv/pg/postgresql.auto.conf',
      host: memoryHost({ '/srv/pg/postgresql.conf': "ssl_cert_file = '/etc/ssl/certs/db.pem'\n" }),
      errors: [{ messageId: 'sslOff', line: 2, column: 7, endLine: 2, endColumn: 12 }],
      output: "# Do not edit this file manually!\nssl = 'on'\n",
    },
  ] as InvalidCase[],
};
