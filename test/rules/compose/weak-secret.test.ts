import rule from '../../../rules/compose/weak-secret';
import { testRule } from '../../harness/rule-tester';

testRule(rule, {
  valid: [
    'services:\n  app:\n    environment:\n      JWT_SECRET: ${JWT_SECRET}\n      DB_PASSWORD: ${DB_PASSWORD:?required}\n',
    { name: '256 bits of base64', code: 'services:\n  app:\n    environment:\n      JWT_SECRET: q3Zb8Hn2Vx7Lk9Pw4Rt6Yu1Io0Pa5Sd3Fg8Hj2Kl7Zx\n' },
    { name: '64 hex characters', code: 'services:\n  app:\n    environment:\n      - SESSION_SECRET=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n' },
    { name: 'a password is not held to the signing-key length', code: 'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: Xk29-vLq8\n' },
    { name: 'lower threshold by option', code: 'services:\n  app:\n    environment:\n      JWT_SECRET: q3Zb8Hn2Vx7Lk9Pw4Rt6\n', options: { minSecretBits: 96 } },
  ],
  invalid: [
    {
      name: 'well-known values, also as defaults, in both forms',
      code: 'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: postgres\n      - ignored\n'.replace('      - ignored\n', '') +
        '  cache:\n    environment:\n      - REDIS_PASSWORD=${REDIS_PASSWORD:-foobared}\n      - ADMIN_PASSWORD="changeme"\n',
      errors: [
        { messageId: 'knownDefault', message: '"postgres"', line: 4, column: 26, endLine: 4, endColumn: 34 },
        { messageId: 'knownDefault', message: '"foobared"', line: 7, column: 24, endLine: 7, endColumn: 51 },
      ],
      output: null,
    },
    {
      name: 'short signing secrets',
      code: 'services:\n  app:\n    environment:\n      JWT_SECRET: "mysupersecretjwtkey"\n      SECRET_KEY_BASE: 0123456789abcdef\n',
      errors: [
        { messageId: 'short', message: 'about 89 bits, below 256', line: 4, column: 19, endLine: 4, endColumn: 40 },
        { messageId: 'short', message: 'about 64 bits', line: 5, column: 24, endLine: 5, endColumn: 40 },
      ],
      output: null,
    },
    {
      name: 'well-known password inside a URL; anchor',
      code: 'x-e: &e\n  environment:\n    DATABASE_URL: postgres://postgres:postgres@db/app\nservices:\n  a:\n    <<: *e\n',
      errors: [{ messageId: 'urlDefault', message: 'affects service a', line: 3, column: 19, endLine: 3, endColumn: 54 }],
      output: null,
    },
  ],
});
