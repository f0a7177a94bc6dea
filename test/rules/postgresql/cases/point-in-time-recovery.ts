import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';

export default {
  valid: [
    "archive_mode = on\narchive_command = 'cp %p /archive/%f'\n",
    "wal_level = logical\narchive_mode = always\narchive_library = 'basic_archive'\n",
    { name: 'a fragment does not judge unset parameters', code: 'wal_level = replica\n', filename: '/srv/pg/conf.d/wal.conf' },
  ] as ValidCase[],
  invalid: [
    {
      name: 'untouched sample lines',
      code: '#wal_level = replica\t\t\t# minimal, replica, or logical\n#archive_mode = off\t\t# enables archiving; off, on, or always\n',
      errors: [{ messageId: 'archiveOffByDefault', severity: 'information', line: 2, column: 1, endLine: 2, endColumn: 20, fixTitles: [] }],
      output: null,
    },
    {
      name: 'wal_level = minimal and archiving off',
      code: "wal_level = minimal\narchive_mode = off\nmax_wal_senders = 0\n",
      errors: [
        {
          messageId: 'walMinimal',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 20,
          fixTitles: ["Set wal_level = 'replica' (changes runtime behaviour: more WAL is written; takes effect after a restart)"],
        },
        { messageId: 'archiveOff', severity: 'warning', line: 2, column: 16, endLine: 2, endColumn: 19 },
      ],
      output: "wal_level = 'replica'\narchive_mode = off\nmax_wal_senders = 0\n",
    },
    {
      name: 'archiving on without a command',
      code: "archive_mode = on\narchive_command = ''\n",
      errors: [{ messageId: 'noArchiver', severity: 'error', line: 1, column: 16, endLine: 1, endColumn: 18 }],
      output: null,
    },
  ] as InvalidCase[],
};
