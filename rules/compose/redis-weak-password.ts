import { defineRule } from '../../server/engine/define-rule';
import type { ComposeFile } from '../../server/formats/compose/model';
import { hasInterpolation } from '../../server/formats/compose/interpolation';
import { checkPasswords } from '../redis/lib/auth';
import { redisServices, reportComposeIssues } from '../redis/lib/compose-redis';
import { DEFAULT_POLICY } from '../redis/lib/password';

export default defineRule<ComposeFile>({
  format: 'compose',
  meta: {
    id: 'compose/redis-weak-password',
    description: 'A password passed to redis-server on the command line (--requirepass, --masterauth, --user … >password) must be a long random string, and is better passed in from a variable.',
    checklist: ['redis-access-control.strong-redis-password', 'password-security.strong-password-requirements'],
    severity: 'warning',
    fixable: false,
    messages: {
      weak: 'Service "{{service}}": weak password in {{where}}: it {{reason}}.',
    },
    options: {
      minLength: { default: DEFAULT_POLICY.minLength, description: 'Shortest acceptable password.' },
      minDistinctCharacters: { default: DEFAULT_POLICY.minDistinctCharacters, description: 'Fewest distinct characters an acceptable password uses.' },
    },
  },
  check(ctx) {
    const policy = { minLength: Number(ctx.options['minLength']), minDistinctCharacters: Number(ctx.options['minDistinctCharacters']) };
    for (const r of redisServices(ctx.tree, ctx.source, ctx.path, ctx.host)) {
      // A generated password would be a new secret in the compose file: no fix here.
      const issues = checkPasswords(r.subject, { policy, isOpaque: hasInterpolation }).map((i) => ({ ...i, fixes: [] }));
      reportComposeIssues(ctx, r.service, issues);
    }
  },
});
