import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';

export const valid: ValidCase[] = [
  'bind 127.0.0.1 -::1\n',
  'bind 10.0.0.5 127.0.0.1\n',
  { name: 'no TCP listener at all', code: 'port 0\nunixsocket /run/redis/redis.sock\n' },
  { name: 'missing bind not reported when switched off', code: 'port 6379\n', options: { reportMissing: false } },
  { name: 'an earlier bind is replaced by the last one', code: 'bind 0.0.0.0\nbind 127.0.0.1\n' },
];

export const invalid: InvalidCase[] = [
  {
    code: 'bind 0.0.0.0\nprotected-mode yes\n',
    errors: [{ messageId: 'allInterfaces', line: 1, column: 6, endLine: 1, endColumn: 13 }],
    output: 'bind 127.0.0.1 -::1\nprotected-mode yes\n',
  },
  {
    name: 'the compiled-in default written out, CRLF',
    code: 'bind * -::*\r\nport 6379\r\n',
    errors: [{ messageId: 'allInterfaces', message: 'bind * -::*', line: 1, column: 6, endLine: 1, endColumn: 7 }],
    output: 'bind 127.0.0.1 -::1\r\nport 6379\r\n',
  },
  {
    name: 'one quoted argument holding several addresses (Redis splits it)',
    code: 'bind "10.0.0.5 ::"\n',
    errors: [{ messageId: 'allInterfaces', message: 'bind ::', line: 1, column: 6, endLine: 1, endColumn: 19 }],
    output: 'bind 127.0.0.1 -::1\n',
  },
  {
    name: 'no bind: reported at the commented example, line added after it',
    code: '# bind 192.168.1.100 10.0.0.1\nport 6379\n',
    errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 30 }],
    output: '# bind 192.168.1.100 10.0.0.1\nbind 127.0.0.1 -::1\nport 6379\n',
  },
];
