import { defineRule } from '../../server/engine/define-rule';
import type { RedisConfig } from '../../server/formats/redis/ast';
import { checkPasswords } from './lib/auth';
import { reportIssues, subjectOf } from './lib/conf-edits';
import { DEFAULT_POLICY } from './lib/password';

export default defineRule<RedisConfig>({
  format: 'redis',
  meta: {
    id: 'redis/strong-password',
    description: 'Passwords in requirepass, masterauth and ACL `>password` rules must be long random strings: Redis answers AUTH very fast, so short passwords fall to brute force.',
    checklist: ['redis-access-control.strong-redis-password', 'password-security.strong-password-requirements'],
    severity: 'warning',
    fixable: true,
    messages: {
      weak: 'Weak password in {{where}}: it {{reason}}.',
    },
    options: {
      minLength: { default: DEFAULT_POLICY.minLength, description: 'Shortest acceptable password.' },
      minDistinctCharacters: { default: DEFAULT_POLICY.minDistinctCharacters, description: 'Fewest distinct characters an acceptable password uses.' },
    },
  },
  check(ctx) {
    const policy = { minLength: Number(ctx.options['minLength']), minDistinctCharacters: Number(ctx.options['minDistinctCharacters']) };
    reportIssues(ctx, checkPasswords(subjectOf(ctx), { policy }));
  },
});
