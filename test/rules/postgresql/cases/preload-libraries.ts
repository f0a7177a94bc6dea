import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';
import { memoryHost } from './memory-host';

export default {
  valid: [
    "shared_preload_libraries = 'pg_stat_statements,pgaudit'\n",
    "shared_preload_libraries = '$libdir/pg_stat_statements'\n",
    "session_preload_libraries = '/usr/lib/postgresql/15/lib/auto_explain.so'\n",
  ] as ValidCase[],
  invalid: [
    {
      code: "shared_preload_libraries = 'pg_stat_statements,/tmp/evil.so'\n",
      errors: [{ messageId: 'shared_preload_librariesPath', message: '"/tmp/evil.so"', line: 1, column: 28, endLine: 1, endColumn: 61 }],
      output: null,
    },
    {
      name: 'a writable library in the workspace',
      code: "session_preload_libraries = '/srv/pg/lib/audit.so'\n",
      filename: '/srv/pg/postgresql.conf',
      host: memoryHost({ '/srv/pg/lib/audit.so': '' }, { '/srv/pg/lib/audit.so': 0o666 }),
      errors: [{ messageId: 'session_preload_librariesWritable', severity: 'error', line: 1, column: 29, endLine: 1, endColumn: 51 }],
      output: null,
    },
    {
      name: 'a relative path',
      code: "local_preload_libraries = 'plugins/../../home/x'\n",
      errors: [{ messageId: 'local_preload_librariesPath', line: 1, column: 27, endLine: 1, endColumn: 49 }],
      output: null,
    },
  ] as InvalidCase[],
};
