import { defineRule } from '../../server/engine/define-rule';
import type { RedisConfig } from '../../server/formats/redis/ast';
import { reportIssues, subjectOf } from './lib/conf-edits';
import { checkProtectedMode } from './lib/exposure';

export default defineRule<RedisConfig>({
  format: 'redis',
  meta: {
    id: 'redis/protected-mode',
    description: 'Keep protected-mode on: while the default user has no password it refuses clients that are not on loopback.',
    checklist: ['redis-access-control.network-isolation', 'network-segmentation.redis-access-restricted-to-application'],
    severity: 'warning',
    fixable: true,
    messages: {
      disabledOpen: 'protected-mode no while the default user has no password: every client that reaches the port gets full access.',
      disabled: 'protected-mode no: harmless while the default user has a password, but nothing protects the instance if the password is removed.',
    },
  },
  check(ctx) {
    reportIssues(ctx, checkProtectedMode(subjectOf(ctx)));
  },
});
