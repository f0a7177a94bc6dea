import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';
import { FIXED_PASSWORD as P } from './fixed-password';

const files = (map: Record<string, string>) => ({
  readFile: (p: string) => map[p],
  stat: () => undefined,
  glob: () => [],
});

export const valid: ValidCase[] = [
  `bind 0.0.0.0\nrequirepass ${P}\n`,
  'user default on #9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 ~* &* +@all\n',
  { name: 'default user off, clients log in as named users', code: `user default off\nuser app on >${P} ~app:* +@read\n` },
  { name: 'requirepass set in an included file', code: 'include secrets.conf\nbind 127.0.0.1\n', host: files({ '/work/project/secrets.conf': `requirepass ${P}\n` }) },
  { name: 'unreadable include: settings unknown, no guess', code: 'include /etc/redis/local.conf\n' },
  { name: 'unreadable aclfile: the users are unknown, no guess', code: 'bind 0.0.0.0\naclfile /etc/redis/users.acl\n' },
];

export const invalid: InvalidCase[] = [
  {
    name: 'stock layout: reported at the commented default, new line after it',
    code: '# requirepass foobared\nbind 127.0.0.1 -::1\n',
    errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 23, severity: 'warning', fixOutputs: [`# requirepass foobared\nrequirepass ${P}\nbind 127.0.0.1 -::1\n`] }],
    output: null,
  },
  {
    name: 'no bind: listens on every interface, so an error',
    code: 'port 6379\n',
    errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 5, severity: 'error', message: 'listens beyond loopback', fixOutputs: [`port 6379\nrequirepass ${P}\n`] }],
    output: null,
  },
  {
    name: 'CRLF kept, indented comment keeps its indentation',
    code: 'bind 127.0.0.1\r\n  # requirepass foobared\r\nport 6379\r\n',
    errors: [{ messageId: 'missing', line: 2, column: 3, endLine: 2, endColumn: 25, fixOutputs: [`bind 127.0.0.1\r\n  # requirepass foobared\r\n  requirepass ${P}\r\nport 6379\r\n`] }],
    output: null,
  },
  {
    name: 'empty requirepass keeps its quotes',
    code: 'bind 10.0.0.5\nrequirepass ""\n',
    errors: [{ messageId: 'emptyRequirepass', line: 2, column: 13, endLine: 2, endColumn: 15, severity: 'error', fixOutputs: [`bind 10.0.0.5\nrequirepass "${P}"\n`] }],
    output: null,
  },
  {
    name: 'user default line overrides requirepass',
    code: `bind 127.0.0.1\nrequirepass ${P}\nuser default on nopass ~* &* +@all\n`,
    errors: [{ messageId: 'nopassUser', line: 3, column: 17, endLine: 3, endColumn: 23, severity: 'warning', fixOutputs: [`bind 127.0.0.1\nrequirepass ${P}\nuser default on >${P} ~* &* +@all\n`] }],
    output: null,
  },
  {
    name: 'no final newline',
    code: 'bind 127.0.0.1',
    errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 5, fixOutputs: [`bind 127.0.0.1\nrequirepass ${P}`] }],
    output: null,
  },
];
