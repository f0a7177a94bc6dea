import { defineRule } from '../../server/engine/define-rule';
import type { RedisConfig } from '../../server/formats/redis/ast';
import { checkDangerousCommands, DEFAULT_DANGEROUS_COMMANDS } from './lib/commands';
import { reportIssues, subjectOf } from './lib/conf-edits';

export default defineRule<RedisConfig>({
  format: 'redis',
  meta: {
    id: 'redis/dangerous-commands',
    description: 'The default user and application users should not be able to run FLUSHALL, CONFIG, SHUTDOWN, KEYS and other dangerous commands: deny them with ACL rules (-@dangerous) or disable them with rename-command.',
    checklist: ['redis-access-control.command-renaming-disabling'],
    severity: 'warning',
    fixable: true,
    messages: {
      defaultUser: 'The default user can run {{commands}}; deny them with an ACL (user default … -@dangerous) or rename-command.',
      user: 'User {{user}} can run {{commands}}; deny them with -@dangerous (or move the user to adminUsers if it administers Redis).',
    },
    options: {
      commands: { default: DEFAULT_DANGEROUS_COMMANDS, description: 'Commands no application user should be able to run.' },
      adminUsers: { default: ['admin'], description: 'ACL users that administer Redis and may run them.' },
    },
  },
  check(ctx) {
    const commands = (ctx.options['commands'] as string[]).map((c) => c.toLowerCase());
    const adminUsers = ctx.options['adminUsers'] as string[];
    reportIssues(ctx, checkDangerousCommands(subjectOf(ctx), { commands, adminUsers }));
  },
});
