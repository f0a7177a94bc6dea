import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';
import { FIXED_PASSWORD as P } from './fixed-password';

export const valid: ValidCase[] = [
  `user app on >${P} ~app:* &app:* +@read +@write -@dangerous\n`,
  { name: 'administrators may have everything', code: `user admin on >${P} ~* &* +@all\n` },
  { name: 'other admin names by option', code: `user ops on >${P} ~* +@all\n`, options: { adminUsers: ['ops'] } },
  { name: 'the default user is judged by other rules', code: 'user default on nopass ~* +@all\n' },
  { name: 'a disabled user', code: 'user old off nopass ~* +@all\n' },
];

export const invalid: InvalidCase[] = [
  {
    code: 'user app on nopass ~app:* +get +set\n',
    errors: [{ messageId: 'nopass', line: 1, column: 13, endLine: 1, endColumn: 19, fixOutputs: [`user app on >${P} ~app:* +get +set\n`] }],
    output: null,
  },
  {
    code: `user worker on >${P} ~* +@all\n`,
    errors: [
      { messageId: 'allKeys', line: 1, column: 82, endLine: 1, endColumn: 84, severity: 'information' },
      { messageId: 'allCommands', line: 1, column: 85, endLine: 1, endColumn: 90, severity: 'warning' },
    ],
    output: null,
  },
  {
    name: '+@all followed by denials: the message names what is taken away',
    code: `user blog on >${P} ~blog:* &* +@all -@dangerous -flushdb\n`,
    errors: [{ messageId: 'allCommandsBut', message: 'may run every command but @dangerous, flushdb (+@all)', line: 1, column: 91, endLine: 1, endColumn: 96 }],
    output: null,
  },
];
