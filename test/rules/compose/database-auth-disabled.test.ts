import rule from '../../../rules/compose/database-auth-disabled';
import { testRule } from '../../harness/rule-tester';

testRule(rule, {
  valid: [
    'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_HOST_AUTH_METHOD: scram-sha-256\n      MYSQL_RANDOM_ROOT_PASSWORD: "yes"\n',
    'services:\n  db:\n    environment:\n      - ALLOW_EMPTY_PASSWORD=no\n      - MYSQL_ALLOW_EMPTY_PASSWORD=\n      - xpack.security.enabled=true\n',
    { name: 'variable without default', code: 'services:\n  db:\n    environment:\n      POSTGRES_HOST_AUTH_METHOD: ${AUTH}\n' },
  ],
  invalid: [
    {
      code: 'services:\n  db:\n    environment:\n      POSTGRES_HOST_AUTH_METHOD: trust\n  cache:\n    environment:\n      - ALLOW_EMPTY_PASSWORD=yes\n  mysql:\n    environment:\n      MYSQL_ALLOW_EMPTY_PASSWORD: "no"\n  es:\n    environment:\n      - "xpack.security.enabled=false"\n',
      errors: [
        { messageId: 'disabled', message: 'without a password', line: 4, column: 7, endLine: 4, endColumn: 39 },
        { messageId: 'disabled', line: 7, column: 9, endLine: 7, endColumn: 33 },
        { messageId: 'disabled', message: 'empty password', line: 10, column: 7, endLine: 10, endColumn: 39 },
        { messageId: 'disabled', message: 'Elasticsearch', line: 13, column: 10, endLine: 13, endColumn: 38 },
      ],
      output: null,
    },
    {
      name: 'a default that switches authentication off',
      code: 'services:\n  db:\n    environment:\n      POSTGRES_HOST_AUTH_METHOD: ${PG_AUTH:-trust}\n',
      errors: [{ line: 4, column: 7, endLine: 4, endColumn: 51 }],
      output: null,
    },
  ],
});
