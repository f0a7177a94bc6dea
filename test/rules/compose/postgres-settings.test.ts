import rule from '../../../rules/compose/postgres-settings';
import { testRule } from '../../harness/rule-tester';

testRule(rule, {
  valid: [
    'services:\n  db:\n    image: postgres:16\n    command: postgres -c ssl=on -c log_connections=on\n',
    { name: 'listen_addresses=* is how a container accepts published connections', code: "services:\n  db:\n    image: postgres:16\n    command: [\"postgres\", \"-c\", \"listen_addresses=*\"]\n" },
    { name: 'not a postgres image', code: 'services:\n  app:\n    image: myapp\n    command: postgres -c ssl=off\n' },
    { name: 'not the server', code: 'services:\n  db:\n    image: postgres:16\n    command: psql -c ssl=off\n' },
    { name: 'a later -c wins', code: 'services:\n  db:\n    image: postgres:16\n    command: postgres -c ssl=off -c ssl=on\n' },
  ],
  invalid: [
    {
      name: 'string form: exact ranges on the arguments',
      code: 'services:\n  db:\n    image: postgres:16-alpine\n    command: postgres -c ssl=off -c log_connections=off\n',
      errors: [
        {
          messageId: 'sslOff',
          line: 4,
          column: 26,
          endLine: 4,
          endColumn: 33,
          // The image has no certificate and none is named: offered, not applied by --fix.
          fixTitles: [
            'Set -c ssl=on (changes runtime behaviour: the server does not start until a certificate and key exist at ssl_cert_file and ssl_key_file, by default server.crt and server.key in the data directory)',
          ],
          fixOutputs: ['services:\n  db:\n    image: postgres:16-alpine\n    command: postgres -c ssl=on -c log_connections=off\n'],
        },
        { messageId: 'log_connectionsOff', line: 4, column: 37, endLine: 4, endColumn: 56, fixTitles: ['Set -c log_connections=on'] },
      ],
      output: 'services:\n  db:\n    image: postgres:16-alpine\n    command: postgres -c ssl=off -c log_connections=on\n',
    },
    {
      name: 'ssl=off with a certificate named: ssl=on is the preferred fix',
      code: 'services:\n  db:\n    image: postgres:16\n    command: postgres -c ssl=off -c ssl_cert_file=/certs/db.crt -c ssl_key_file=/certs/db.key\n',
      errors: [
        {
          messageId: 'sslOff',
          line: 4,
          column: 26,
          endLine: 4,
          endColumn: 33,
          fixTitles: ['Set -c ssl=on (changes runtime behaviour: the server loads ssl_cert_file and ssl_key_file at start, and clients can use TLS)'],
        },
      ],
      output: 'services:\n  db:\n    image: postgres:16\n    command: postgres -c ssl=on -c ssl_cert_file=/certs/db.crt -c ssl_key_file=/certs/db.key\n',
    },
    {
      name: 'list form, quoted items, --name=value and dashes',
      code: 'services:\n  db:\n    image: postgis/postgis:16-3.4\n    command:\n      - "-c"\n      - "password_encryption=md5"\n      - --log-statement=none\n',
      errors: [
        { messageId: 'md5', line: 6, column: 10, endLine: 6, endColumn: 33 },
        { messageId: 'none', line: 7, column: 11, endLine: 7, endColumn: 29 },
      ],
      output: 'services:\n  db:\n    image: postgis/postgis:16-3.4\n    command:\n      - "-c"\n      - "password_encryption=scram-sha-256"\n      - --log-statement=ddl\n',
    },
    {
      name: 'password_encryption=on: the old boolean spelling of md5',
      code: 'services:\n  db:\n    image: postgres:13\n    command: ["postgres", "-c", "password_encryption=on", "-c", "ssl=on"]\n',
      errors: [
        {
          messageId: 'legacyMd5',
          message: 'password_encryption = on is an old boolean spelling of md5',
          line: 4,
          column: 34,
          endLine: 4,
          endColumn: 56,
          fixTitles: [
            'Set -c password_encryption=scram-sha-256 (changes runtime behaviour: passwords set from now on are SCRAM hashes; existing md5 passwords must be reset to SCRAM, and clients need SCRAM support)',
          ],
        },
      ],
      output: 'services:\n  db:\n    image: postgres:13\n    command: ["postgres", "-c", "password_encryption=scram-sha-256", "-c", "ssl=on"]\n',
    },
    {
      name: 'password_encryption=off in the string form, CRLF',
      code: 'services:\r\n  db:\r\n    image: postgres:16\r\n    command: postgres -c password_encryption=off\r\n',
      errors: [{ messageId: 'legacyPlaintext', line: 4, column: 26, endLine: 4, endColumn: 49 }],
      output: 'services:\r\n  db:\r\n    image: postgres:16\r\n    command: postgres -c password_encryption=scram-sha-256\r\n',
    },
    {
      name: 'folded scalar: reported on the whole command, no fix',
      code: 'services:\n  db:\n    image: timescale/timescaledb:latest-pg16\n    command: >\n      postgres\n      -c wal_level=minimal\n',
      errors: [{ messageId: 'walMinimal', line: 4, column: 14, endLine: 6, endColumn: 27, fixTitles: [] }],
      output: null,
    },
  ],
});
