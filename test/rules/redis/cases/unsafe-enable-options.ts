import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';

export const valid: ValidCase[] = ['enable-debug-command no\nenable-module-command no\nenable-protected-configs no\n', 'port 6379\n'];

export const invalid: InvalidCase[] = [
  {
    code: 'enable-debug-command yes\nenable-module-command local\r\nenable-protected-configs yes\n',
    errors: [
      { messageId: 'enabled', message: 'DEBUG', line: 1, column: 22, endLine: 1, endColumn: 25, severity: 'warning' },
      { messageId: 'local', message: 'MODULE', line: 2, column: 23, endLine: 2, endColumn: 28, severity: 'information' },
      { messageId: 'enabled', message: 'CONFIG SET', line: 3, column: 26, endLine: 3, endColumn: 29, severity: 'warning' },
    ],
    output: 'enable-debug-command no\nenable-module-command no\r\nenable-protected-configs no\n',
  },
];
