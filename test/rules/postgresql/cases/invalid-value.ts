import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';

export default {
  valid: [
    "shared_buffers = 128MB\nwork_mem = '1.5MB'\nssl = of\nwal_level = hot_standby\ncheckpoint_timeout = 5min\nvacuum_cost_delay = 2ms\nmax_connections = 0x64\n",
    'huge_pages = true\narchive_mode = yes\nlog_statement = DDL\n',
    { name: 'old boolean password_encryption: postgresql/password-encryption reports it, with a fix', code: "password_encryption = on\npassword_encryption = 'OFF'\n" },
  ] as ValidCase[],
  invalid: [
    {
      name: 'units are case-sensitive',
      code: 'work_mem = 4mb\n',
      errors: [{ messageId: 'invalid', message: 'invalid unit "mb"', line: 1, column: 12, endLine: 1, endColumn: 15 }],
      output: null,
    },
    {
      name: 'a boolean prefix that is not unique',
      code: "ssl = 'o'\n",
      errors: [{ messageId: 'invalid', message: 'not a boolean', line: 1, column: 7, endLine: 1, endColumn: 10 }],
      output: null,
    },
    {
      name: 'out of range and not an enum value',
      code: "max_connections = 0\nwal_level = 'archive2'\nport = 5432kB\n",
      errors: [
        { messageId: 'invalid', message: 'outside the valid range 1 .. 262143', line: 1, column: 19, endLine: 1, endColumn: 20 },
        { messageId: 'invalid', message: 'minimal, replica, logical', line: 2, column: 13, endLine: 2, endColumn: 23 },
        { messageId: 'invalid', message: 'takes no unit', line: 3, column: 8, endLine: 3, endColumn: 14 },
      ],
      output: null,
    },
  ] as InvalidCase[],
};
