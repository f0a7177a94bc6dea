import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';

export const valid: ValidCase[] = [
  'port 0\ntls-port 6379\ntls-cert-file /etc/redis/redis.crt\ntls-key-file /etc/redis/redis.key\n',
  { name: 'unix socket only', code: 'port 0\nunixsocket /run/redis/redis.sock\n' },
  { name: 'unknown include', code: 'include /etc/redis/tls.conf\n' },
];

export const invalid: InvalidCase[] = [
  {
    name: 'at the commented default',
    code: 'port 6379\n# tls-port 6379\n',
    errors: [{ messageId: 'missing', line: 2, column: 1, endLine: 2, endColumn: 16, severity: 'information' }],
    output: null,
  },
  {
    name: 'at port when there is no comment; warning when required',
    code: 'port 6379\n',
    options: { required: true },
    errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 5, severity: 'warning' }],
    output: null,
  },
  {
    name: 'an aclfile that cannot be read hides only the users, not the TLS settings',
    code: 'bind 10.0.0.5\nport 6379\naclfile /etc/redis/users.acl\n',
    errors: [{ messageId: 'missing', line: 2, column: 1, endLine: 2, endColumn: 5 }],
    output: null,
  },
  {
    code: 'tls-port 0\n',
    errors: [{ messageId: 'disabled', line: 1, column: 10, endLine: 1, endColumn: 11 }],
    output: null,
  },
];
