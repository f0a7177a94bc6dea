import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';

export default {
  valid: [
    "password_encryption = 'scram-sha-256'\n",
    'password_encryption = scram-sha-256\n',
    '#password_encryption = md5\n',
    '#password_encryption = on\n',
    '# PostgreSQL 14+ defaults to scram-sha-256\n',
    { name: 'a later setting wins over an old boolean', code: "password_encryption = on\npassword_encryption = 'scram-sha-256'\n" },
  ] as ValidCase[],
  invalid: [
    {
      code: 'password_encryption = md5\t\t# md5 or scram-sha-256\n',
      errors: [
        {
          messageId: 'md5',
          line: 1,
          column: 23,
          endLine: 1,
          endColumn: 26,
          fixTitles: [
            "Set password_encryption = 'scram-sha-256' (changes runtime behaviour: passwords set from now on are SCRAM hashes; existing md5 passwords must be reset to SCRAM, and clients need SCRAM support)",
          ],
        },
      ],
      output: "password_encryption = 'scram-sha-256'\t\t# md5 or scram-sha-256\n",
    },
    {
      name: 'mixed-case name and value',
      code: "Password_Encryption = 'MD5'\n",
      errors: [{ messageId: 'md5', severity: 'warning', line: 1, column: 23, endLine: 1, endColumn: 28 }],
      output: "Password_Encryption = 'scram-sha-256'\n",
    },
    {
      name: 'on: the old boolean spelling of md5, refused by PostgreSQL 14+',
      code: 'password_encryption = on\t\t# md5 or scram-sha-256\n',
      errors: [
        {
          messageId: 'legacyMd5',
          message: 'password_encryption = on is an old boolean spelling of md5',
          severity: 'error',
          line: 1,
          column: 23,
          endLine: 1,
          endColumn: 25,
          fixTitles: [
            "Set password_encryption = 'scram-sha-256' (changes runtime behaviour: passwords set from now on are SCRAM hashes; existing md5 passwords must be reset to SCRAM, and clients need SCRAM support)",
          ],
        },
      ],
      output: "password_encryption = 'scram-sha-256'\t\t# md5 or scram-sha-256\n",
    },
    {
      name: 'quoted and mixed-case true',
      code: "password_encryption = 'TRUE'  # legacy\n",
      errors: [{ messageId: 'legacyMd5', message: 'password_encryption = TRUE is', line: 1, column: 23, endLine: 1, endColumn: 29 }],
      output: "password_encryption = 'scram-sha-256'  # legacy\n",
    },
    {
      name: 'yes on an earlier line is overridden by 1: only the setting that takes effect is reported',
      code: 'password_encryption = yes\nport = 5432\npassword_encryption = 1\n',
      errors: [{ messageId: 'legacyMd5', line: 3, column: 23, endLine: 3, endColumn: 24 }],
      output: "password_encryption = yes\nport = 5432\npassword_encryption = 'scram-sha-256'\n",
    },
    {
      name: 'off: plain-text passwords on old servers, refused since PostgreSQL 10',
      code: 'password_encryption = off\n',
      errors: [
        {
          messageId: 'legacyPlaintext',
          message: 'password_encryption = off is an old boolean that turns hashing off',
          line: 1,
          column: 23,
          endLine: 1,
          endColumn: 26,
        },
      ],
      output: "password_encryption = 'scram-sha-256'\n",
    },
    {
      name: 'false',
      code: "password_encryption = false\n",
      errors: [{ messageId: 'legacyPlaintext', line: 1, column: 23, endLine: 1, endColumn: 28 }],
      output: "password_encryption = 'scram-sha-256'\n",
    },
    {
      name: 'quoted no',
      code: "password_encryption = 'no'\n",
      errors: [{ messageId: 'legacyPlaintext', line: 1, column: 23, endLine: 1, endColumn: 27 }],
      output: "password_encryption = 'scram-sha-256'\n",
    },
    {
      name: '0 with no spaces around =',
      code: 'password_encryption=0 # plain\n',
      errors: [{ messageId: 'legacyPlaintext', message: 'password_encryption = 0 is', severity: 'error', line: 1, column: 21, endLine: 1, endColumn: 22 }],
      output: "password_encryption='scram-sha-256' # plain\n",
    },
    {
      name: 'CRLF line endings are kept',
      code: 'listen_addresses = \'localhost\'\r\npassword_encryption = on # was md5\r\nport = 5432\r\n',
      errors: [{ messageId: 'legacyMd5', line: 2, column: 23, endLine: 2, endColumn: 25 }],
      output: "listen_addresses = 'localhost'\r\npassword_encryption = 'scram-sha-256' # was md5\r\nport = 5432\r\n",
    },
  ] as InvalidCase[],
};
