import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';

export const valid: ValidCase[] = ['tls-protocols "TLSv1.2 TLSv1.3"\n', 'tls-protocols TLSv1.3\n', 'port 6379\n'];

export const invalid: InvalidCase[] = [
  {
    code: 'tls-protocols "TLSv1 TLSv1.1 TLSv1.2"\n',
    errors: [{ messageId: 'legacy', message: 'TLSv1, TLSv1.1', line: 1, column: 15, endLine: 1, endColumn: 38 }],
    output: 'tls-protocols "TLSv1.2 TLSv1.3"\n',
  },
  {
    name: 'unquoted single protocol, CRLF',
    code: 'tls-protocols TLSv1.1\r\n',
    errors: [{ messageId: 'legacy', line: 1, column: 15, endLine: 1, endColumn: 22 }],
    output: 'tls-protocols "TLSv1.2 TLSv1.3"\r\n',
  },
];
