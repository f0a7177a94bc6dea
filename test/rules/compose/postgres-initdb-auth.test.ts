import rule from '../../../rules/compose/postgres-initdb-auth';
import { testRule } from '../../harness/rule-tester';

const title = 'Use scram-sha-256 (changes runtime behaviour for a new data directory: clients must authenticate with a password)';

testRule(rule, {
  valid: [
    'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_INITDB_ARGS: --auth-host=scram-sha-256\n',
    'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_INITDB_ARGS: --auth-local=trust --data-checksums\n',
    'services:\n  app:\n    image: app\n    environment:\n      POSTGRES_INITDB_ARGS: --auth=trust\n',
  ],
  invalid: [
    {
      name: 'map form',
      code: 'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_INITDB_ARGS: "--data-checksums --auth-host=md5"\n',
      errors: [{ messageId: 'weak', severity: 'warning', line: 5, column: 47, endLine: 5, endColumn: 62, fixTitles: [title] }],
      output: 'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_INITDB_ARGS: "--data-checksums --auth-host=scram-sha-256"\n',
    },
    {
      name: 'list form, --auth=trust and -A password',
      code: 'services:\n  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_USER=app\n      - POSTGRES_INITDB_ARGS=--auth=trust -A password\n',
      errors: [
        { messageId: 'trust', severity: 'error', line: 6, column: 30, endLine: 6, endColumn: 42 },
        { messageId: 'weak', severity: 'warning', line: 6, column: 43, endLine: 6, endColumn: 54 },
      ],
      output: 'services:\n  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_USER=app\n      - POSTGRES_INITDB_ARGS=--auth=scram-sha-256 -A scram-sha-256\n',
    },
  ],
});
