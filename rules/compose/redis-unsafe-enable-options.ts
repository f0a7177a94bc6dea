import { defineRule } from '../../server/engine/define-rule';
import type { ComposeFile } from '../../server/formats/compose/model';
import { checkEnableSwitches } from '../redis/lib/commands';
import { redisServices, reportComposeIssues } from '../redis/lib/compose-redis';

export default defineRule<ComposeFile>({
  format: 'compose',
  meta: {
    id: 'compose/redis-unsafe-enable-options',
    description: 'Do not pass --enable-debug-command, --enable-module-command or --enable-protected-configs yes/local to redis-server.',
    checklist: ['redis-access-control.command-renaming-disabling'],
    severity: 'warning',
    fixable: true,
    messages: {
      enabled: 'Service "{{service}}": {{name}} yes lets every client with access use {{what}}.',
      local: 'Service "{{service}}": {{name}} local lets local clients use {{what}}.',
    },
  },
  check(ctx) {
    for (const r of redisServices(ctx.tree, ctx.source, ctx.path, ctx.host)) reportComposeIssues(ctx, r.service, checkEnableSwitches(r.subject));
  },
});
