import { defineRule } from '../../server/engine/define-rule';
import type { RedisConfig } from '../../server/formats/redis/ast';
import { reportIssues, subjectOf } from './lib/conf-edits';
import { checkAclUsers } from './lib/users';

export default defineRule<RedisConfig>({
  format: 'redis',
  meta: {
    id: 'redis/acl-least-privilege',
    description: 'Application ACL users should need a password and get only the commands (and keys) they use: no nopass, no +@all, no ~*.',
    checklist: ['redis-access-control.authentication-enabled', 'redis-access-control.command-renaming-disabling'],
    severity: 'warning',
    fixable: true,
    messages: {
      nopass: 'User {{user}} has nopass: anyone can log in as {{user}} with any password.',
      allCommands: 'User {{user}} may run every command (+@all); grant only the categories or commands it uses.',
      allCommandsBut: 'User {{user}} may run every command but {{denied}} (+@all); grant only the categories or commands it uses.',
      allKeys: 'User {{user}} may access every key (~*); limit it to its key prefix.',
    },
    options: {
      adminUsers: { default: ['admin'], description: 'ACL users that administer Redis and may have broad rights.' },
      reportAllKeys: { default: true, description: 'Report ~* / allkeys (as information).' },
    },
  },
  check(ctx) {
    const adminUsers = ctx.options['adminUsers'] as string[];
    reportIssues(ctx, checkAclUsers(subjectOf(ctx), { adminUsers, reportAllKeys: ctx.options['reportAllKeys'] !== false }));
  },
});
