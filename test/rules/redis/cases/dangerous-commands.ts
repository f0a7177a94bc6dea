import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';
import { FIXED_PASSWORD as P } from './fixed-password';

const ALL = ['FLUSHALL', 'FLUSHDB', 'CONFIG', 'SHUTDOWN', 'KEYS', 'MONITOR', 'REPLICAOF', 'SLAVEOF', 'MIGRATE', 'SWAPDB'];

export const valid: ValidCase[] = [
  `user default on >${P} ~* &* +@all -@dangerous\n`,
  { name: 'all renamed away', code: ALL.map((c) => `rename-command ${c} ""`).join('\n') + '\n' },
  { name: 'default user off, admin may', code: `user default off\nuser admin on >${P} ~* &* +@all\n` },
  { name: 'only named commands granted', code: `user default on >${P} ~* &* +get +set +@connection\n` },
  { name: 'checked list from options', code: 'rename-command FLUSHALL ""\n', options: { commands: ['flushall'] } },
  { name: 'unreadable aclfile: the users are unknown, no guess', code: 'aclfile /etc/redis/users.acl\n' },
  { name: 'DEBUG counts only when enable-debug-command allows it', code: `user default on >${P} ~* +@all -@dangerous\n`, options: { commands: ['debug'] } },
];

export const invalid: InvalidCase[] = [
  {
    name: 'requirepass becomes an ACL line for the default user',
    code: `bind 127.0.0.1\nrequirepass ${P}\n`,
    errors: [
      {
        messageId: 'defaultUser',
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 12,
        fixOutputs: [`bind 127.0.0.1\nuser default on >${P} ~* &* +@all -@dangerous\n`, `bind 127.0.0.1\nrequirepass ${P}\n` + ALL.map((c) => `rename-command ${c} ""\n`).join('')],
      },
    ],
    output: null,
  },
  {
    name: 'no password to carry: rename-command lines after the commented example',
    code: '# rename-command CONFIG ""\r\nport 6379\r\n',
    errors: [
      {
        messageId: 'defaultUser',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 27,
        fixOutputs: [
          '# rename-command CONFIG ""\r\n' + ALL.map((c) => `rename-command ${c} ""\r\n`).join('') + 'port 6379\r\n',
          '# rename-command CONFIG ""\r\nport 6379\r\nuser default on nopass ~* &* +@all -@dangerous\r\n',
        ],
      },
    ],
    output: null,
  },
  {
    name: 'an explicit default user line gets -@dangerous appended',
    code: `user default on >${P} ~* &* +@all\n`,
    errors: [{ messageId: 'user', line: 1, column: 89, endLine: 1, endColumn: 94, fixOutputs: [`user default on >${P} ~* &* +@all -@dangerous\n`] }],
    output: null,
  },
  {
    name: 'application user; a listed command outside @dangerous is denied by name',
    code: `user default off\nuser app on >${P} ~app:* +@all +eval\n`,
    options: { commands: ['flushall', 'eval'] },
    errors: [{ messageId: 'user', message: 'FLUSHALL, EVAL', line: 2, column: 86, endLine: 2, endColumn: 91, fixOutputs: [`user default off\nuser app on >${P} ~app:* +@all +eval -@dangerous -eval\n`] }],
    output: null,
  },
  {
    name: 'DEBUG once enable-debug-command allows it',
    code: `enable-debug-command local\nuser default on >${P} ~* +@all -@dangerous +debug\n`,
    options: { commands: ['debug'] },
    errors: [{ messageId: 'user', message: 'DEBUG', line: 2, column: 104, endLine: 2, endColumn: 110, fixOutputs: [`enable-debug-command local\nuser default on >${P} ~* +@all -@dangerous +debug -@dangerous\n`] }],
    output: null,
  },
];
