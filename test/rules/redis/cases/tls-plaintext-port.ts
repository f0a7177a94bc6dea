import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';

export const valid: ValidCase[] = ['port 0\ntls-port 6379\n', 'port 6379\n', { name: 'TLS off', code: 'port 6379\ntls-port 0\n' }];

export const invalid: InvalidCase[] = [
  {
    code: 'port 6379\ntls-port 6380\n',
    errors: [{ messageId: 'plaintextOpen', line: 1, column: 6, endLine: 1, endColumn: 10 }],
    output: 'port 0\ntls-port 6380\n',
  },
  {
    name: 'no port: the default 6379 stays open; port 0 added after tls-port',
    code: 'tls-port 6379\r\ntls-auth-clients yes\r\n',
    errors: [{ messageId: 'plaintextDefault', message: '6379', line: 1, column: 1, endLine: 1, endColumn: 9 }],
    output: 'tls-port 6379\r\nport 0\r\ntls-auth-clients yes\r\n',
  },
];
