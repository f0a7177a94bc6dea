import { defineRule } from '../../server/engine/define-rule';
import type { RedisConfig } from '../../server/formats/redis/ast';
import { checkAuthentication } from './lib/auth';
import { reportIssues, subjectOf } from './lib/conf-edits';

export default defineRule<RedisConfig>({
  format: 'redis',
  meta: {
    id: 'redis/require-authentication',
    description: 'The default user must not work without a password: set requirepass or give `user default` a password (or turn it off).',
    checklist: ['redis-access-control.authentication-enabled'],
    severity: 'warning',
    fixable: true,
    messages: {
      missing: 'No requirepass and no ACL user line for default: any client that connects is the default user, with no password{{exposure}}.',
      emptyRequirepass: 'requirepass is empty: the default user needs no password{{exposure}}.',
      nopassUser: 'The default user is on with nopass: clients are authenticated without a password{{exposure}}.',
    },
  },
  check(ctx) {
    reportIssues(ctx, checkAuthentication(subjectOf(ctx)));
  },
});
