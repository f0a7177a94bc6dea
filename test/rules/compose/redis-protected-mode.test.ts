import rule from '../../../rules/compose/redis-protected-mode';
import { testRule } from '../../harness/rule-tester';

testRule(rule, {
  valid: [
    'services:\n  cache:\n    image: redis:7\n    command: redis-server --protected-mode yes\n',
    { name: 'not a redis service', code: 'services:\n  app:\n    image: node:20\n    command: node server.js --protected-mode no\n' },
    { name: 'a shell script that runs something else first', code: 'services:\n  app:\n    image: redis:7\n    command: ["sh", "-c", "sleep 5 && redis-server --protected-mode no"]\n' },
  ],
  invalid: [
    {
      name: 'string command: exact range on the value',
      code: 'services:\n  cache:\n    image: redis:7\n    command: redis-server --protected-mode no\n',
      errors: [{ messageId: 'disabledOpen', line: 4, column: 44, endLine: 4, endColumn: 46, severity: 'error' }],
      output: 'services:\n  cache:\n    image: redis:7\n    command: redis-server --protected-mode yes\n',
    },
    {
      name: 'list form, quoted items; the image entrypoint adds redis-server',
      code: 'services:\n  cache:\n    image: "redis:7.2-alpine"\n    command: ["--requirepass", "${REDIS_PASSWORD}", "--protected-mode", "no"]\n',
      errors: [{ messageId: 'disabled', line: 4, column: 74, endLine: 4, endColumn: 76, severity: 'information' }],
      output: 'services:\n  cache:\n    image: "redis:7.2-alpine"\n    command: ["--requirepass", "${REDIS_PASSWORD}", "--protected-mode", "yes"]\n',
    },
    {
      name: 'inside sh -c (list form): the script is read, exact range and fix inside it',
      code: 'services:\n  cache:\n    image: redis:7\n    command: ["sh", "-c", "exec redis-server --requirepass $$REDIS_PASSWORD --protected-mode no && echo done"]\n',
      errors: [{ messageId: 'disabled', line: 4, column: 94, endLine: 4, endColumn: 96 }],
      output: 'services:\n  cache:\n    image: redis:7\n    command: ["sh", "-c", "exec redis-server --requirepass $$REDIS_PASSWORD --protected-mode yes && echo done"]\n',
    },
    {
      name: "inside sh -c '…' (string form)",
      code: "services:\n  cache:\n    image: example/kv\n    command: sh -c 'redis-server --protected-mode no'\n",
      errors: [{ messageId: 'disabledOpen', line: 4, column: 51, endLine: 4, endColumn: 53 }],
      output: "services:\n  cache:\n    image: example/kv\n    command: sh -c 'redis-server --protected-mode yes'\n",
    },
    {
      name: 'block list, CRLF, any image',
      code: 'services:\r\n  kv:\r\n    image: example/kv\r\n    command:\r\n      - redis-server\r\n      - --protected-mode\r\n      - no\r\n',
      errors: [{ messageId: 'disabledOpen', line: 7, column: 9, endLine: 7, endColumn: 11 }],
      output: 'services:\r\n  kv:\r\n    image: example/kv\r\n    command:\r\n      - redis-server\r\n      - --protected-mode\r\n      - yes\r\n',
    },
  ],
});
