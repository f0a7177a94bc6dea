import rule from '../../../rules/compose/redis-weak-password';
import { testRule } from '../../harness/rule-tester';

testRule(rule, {
  valid: [
    'services:\n  cache:\n    image: redis:7\n    command: redis-server --requirepass ${REDIS_PASSWORD}\n',
    'services:\n  cache:\n    image: redis:7\n    command: ["redis-server", "--requirepass", "9f3c1a7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c6e8b0d1f3a"]\n',
    { name: '$VAR from the environment', code: 'services:\n  cache:\n    image: redis:7\n    command: ["redis-server", "--requirepass", "$REDIS_PASSWORD"]\n' },
    {
      name: '$${VAR} inside sh -c: the container shell expands it at run time',
      code: 'services:\n  cache:\n    image: redis:7\n    command: sh -c "redis-server --requirepass $${REDIS_PASSWORD}"\n',
    },
    {
      name: '$$VAR inside sh -c, list form',
      code: 'services:\n  cache:\n    image: redis:7\n    command: ["sh", "-c", "exec redis-server --requirepass $$REDIS_PASSWORD --masterauth $$REDIS_PASSWORD"]\n',
    },
    {
      name: 'a $$ escape in a long random password counts as one $',
      code: 'services:\n  cache:\n    image: redis:7\n    command: ["redis-server", "--requirepass", "9f3c1a7e5b2d4f6a8c0e1b3d5f7a9c2e$$4b6d8f0a1c3e5b7d9f2a4c6e8b0d1f3a"]\n',
    },
    {
      name: 'a reference next to an escape is not judged',
      code: 'services:\n  cache:\n    image: redis:7\n    command: redis-server --requirepass $${PREFIX}${REDIS_PASSWORD}\n',
    },
  ],
  invalid: [
    {
      code: 'services:\n  cache:\n    image: redis:7\n    command: redis-server --requirepass weak --appendonly yes\n',
      errors: [{ messageId: 'weak', message: 'Service "cache"', line: 4, column: 41, endLine: 4, endColumn: 45 }],
      output: null,
    },
    {
      name: 'a literal password inside sh -c is judged, at its place in the script',
      code: "services:\n  cache:\n    image: example/kv\n    command: sh -c 'redis-server --requirepass foobared'\n",
      errors: [{ messageId: 'weak', message: 'well-known sample', line: 4, column: 48, endLine: 4, endColumn: 56 }],
      output: null,
    },
    {
      name: 'list form and ACL user',
      code: 'services:\n  cache:\n    image: bitnami/redis\n    command: ["redis-server", "--user", "app", "on", ">changeme", "~*", "+@all"]\n',
      errors: [{ messageId: 'weak', message: 'user app', line: 4, column: 55, endLine: 4, endColumn: 64 }],
      output: null,
    },
    {
      name: 'exec form: $${VAR} is the literal password ${VAR}',
      code: 'services:\n  cache:\n    image: redis:7\n    command: ["redis-server", "--requirepass", "$${REDIS_PASSWORD}"]\n',
      errors: [{
        messageId: 'weak',
        message:
          'Service "cache": weak password in requirepass: it is 17 characters long (at least 32 needed, e.g. 32 random bytes as hex); "$${REDIS_PASSWORD}" reaches redis-server as the literal text "${REDIS_PASSWORD}" ($$ is an escaped $ in compose files, and no shell runs this command to expand it).',
        line: 4, column: 49, endLine: 4, endColumn: 67,
      }],
      output: null,
    },
    {
      name: 'string command: compose splits it without a shell, so $$VAR is the literal password $VAR',
      code: 'services:\n  cache:\n    image: redis:7\n    command: redis-server --requirepass $$REDIS_PASSWORD --appendonly yes\n',
      errors: [{ messageId: 'weak', message: 'it is 15 characters long (at least 32 needed, e.g. 32 random bytes as hex); "$$REDIS_PASSWORD" reaches redis-server as the literal text "$REDIS_PASSWORD"', line: 4, column: 41, endLine: 4, endColumn: 57 }],
      output: null,
    },
    {
      name: 'quoted word in a string command and an ACL password',
      code: 'services:\n  cache:\n    image: redis:7\n    command: redis-server --user app on ">$${APP_PASSWORD}" "~*" --masterauth "$${MASTER}"\n',
      errors: [
        { messageId: 'weak', message: 'weak password in user app: it is 15 characters long (at least 32 needed, e.g. 32 random bytes as hex); "$${APP_PASSWORD}" reaches redis-server as the literal text "${APP_PASSWORD}"', line: 4, column: 41, endLine: 4, endColumn: 60 },
        { messageId: 'weak', message: 'weak password in masterauth: it is 9 characters long (at least 32 needed, e.g. 32 random bytes as hex); "$${MASTER}" reaches redis-server as the literal text "${MASTER}"', line: 4, column: 79, endLine: 4, endColumn: 91 },
      ],
      output: null,
    },
    {
      name: 'the length counts an escape as one character',
      code: 'services:\n  cache:\n    image: redis:7\n    command: ["redis-server", "--requirepass", "pa$$sw0rd"]\n',
      errors: [{ messageId: 'weak', message: 'Service "cache": weak password in requirepass: it is 8 characters long (at least 32 needed, e.g. 32 random bytes as hex); "pa$$sw0rd" reaches redis-server as the literal text "pa$sw0rd"', line: 4, column: 49, endLine: 4, endColumn: 58 }],
      output: null,
    },
  ],
});
