import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';

export default {
  valid: ["password_encryption = 'scram-sha-256'\n", '#password_encryption = md5\n', '# PostgreSQL 14+ defaults to scram-sha-256\n'] as ValidCase[],
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
      errors: [{ messageId: 'md5', line: 1, column: 23, endLine: 1, endColumn: 28 }],
      output: "Password_Encryption = 'scram-sha-256'\n",
    },
  ] as InvalidCase[],
};
