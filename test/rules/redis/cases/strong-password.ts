import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';
import { FIXED_PASSWORD as P } from './fixed-password';

export const valid: ValidCase[] = [
  `requirepass ${P}\n`,
  'requirepass ""\n',
  { name: 'hashed ACL passwords are not judged', code: 'user app on #9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 ~app:* +get\n' },
  { name: 'a shorter minimum through options', code: 'requirepass Xk8#pQ2!vL\n', options: { minLength: 10 } },
  { name: 'only the requirepass Redis keeps is judged', code: `requirepass foobared\nrequirepass ${P}\n` },
];

export const invalid: InvalidCase[] = [
  {
    name: 'the redis.conf sample password',
    code: 'requirepass foobared\n',
    errors: [{ messageId: 'weak', message: 'well-known sample', line: 1, column: 13, endLine: 1, endColumn: 21, fixOutputs: [`requirepass ${P}\n`] }],
    output: null,
  },
  {
    name: 'too short, quoted, CRLF',
    code: "port 6379\r\nrequirepass 'S3cret-but-short'\r\n",
    errors: [{ messageId: 'weak', message: '16 characters long', line: 2, column: 13, endLine: 2, endColumn: 31, fixOutputs: [`port 6379\r\nrequirepass '${P}'\r\n`] }],
    output: null,
  },
  {
    name: 'low variety',
    code: 'requirepass abababababababababababababababababab\n',
    errors: [{ messageId: 'weak', message: 'only 2 distinct characters', line: 1, column: 13, endLine: 1, endColumn: 49, fixOutputs: [`requirepass ${P}\n`] }],
    output: null,
  },
  {
    name: 'ACL >password and masterauth',
    code: 'masterauth changeme\nuser app on >app123 ~app:* +@read\n',
    errors: [
      { messageId: 'weak', message: 'masterauth', line: 1, column: 12, endLine: 1, endColumn: 20 },
      { messageId: 'weak', message: 'user app', line: 2, column: 13, endLine: 2, endColumn: 20, fixOutputs: [`masterauth changeme\nuser app on >${P} ~app:* +@read\n`] },
    ],
    output: null,
  },
];
