import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';

export const valid: ValidCase[] = [
  'port 0\ntls-port 6379\ntls-auth-clients yes\n',
  { name: 'TLS off', code: 'tls-auth-clients no\n' },
  { name: 'optional only when asked', code: 'tls-port 6379\ntls-auth-clients optional\n' },
];

export const invalid: InvalidCase[] = [
  {
    code: 'port 0\ntls-port 6379\ntls-auth-clients no\n',
    errors: [{ messageId: 'disabled', line: 3, column: 18, endLine: 3, endColumn: 20, severity: 'information', fixTitles: ['Set tls-auth-clients yes (changes runtime behaviour: clients must present a certificate)'] }],
    output: null,
  },
  {
    code: 'tls-port 6379\ntls-auth-clients optional\n',
    options: { reportOptional: true },
    errors: [{ messageId: 'optional', line: 2, column: 18, endLine: 2, endColumn: 26 }],
    output: null,
  },
];
