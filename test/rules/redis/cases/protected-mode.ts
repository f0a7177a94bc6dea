import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';
import { FIXED_PASSWORD as P } from './fixed-password';

export const valid: ValidCase[] = ['protected-mode yes\n', 'port 6379\n', { name: 'last one wins', code: 'protected-mode no\nprotected-mode yes\n' }];

export const invalid: InvalidCase[] = [
  {
    name: 'open to the network without a password: error',
    code: 'bind 0.0.0.0\nprotected-mode no\n',
    errors: [{ messageId: 'disabledOpen', line: 2, column: 16, endLine: 2, endColumn: 18, severity: 'error' }],
    output: 'bind 0.0.0.0\nprotected-mode yes\n',
  },
  {
    name: 'loopback only: warning',
    code: 'bind 127.0.0.1 -::1\r\nprotected-mode "no"\r\n',
    errors: [{ messageId: 'disabledOpen', line: 2, column: 16, endLine: 2, endColumn: 20, severity: 'warning' }],
    output: 'bind 127.0.0.1 -::1\r\nprotected-mode "yes"\r\n',
  },
  {
    name: 'password set: information',
    code: `requirepass ${P}\nPROTECTED-MODE no\n`,
    errors: [{ messageId: 'disabled', line: 2, column: 16, endLine: 2, endColumn: 18, severity: 'information' }],
    output: `requirepass ${P}\nPROTECTED-MODE yes\n`,
  },
];
