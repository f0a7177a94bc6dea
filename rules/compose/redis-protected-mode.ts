import { defineRule } from '../../server/engine/define-rule';
import type { ComposeFile } from '../../server/formats/compose/model';
import { redisServices, reportComposeIssues } from '../redis/lib/compose-redis';
import { checkProtectedMode } from '../redis/lib/exposure';

export default defineRule<ComposeFile>({
  format: 'compose',
  meta: {
    id: 'compose/redis-protected-mode',
    description: 'Do not pass --protected-mode no to redis-server: it is the guard that refuses remote clients while the default user has no password.',
    checklist: ['redis-access-control.network-isolation', 'network-segmentation.redis-access-restricted-to-application'],
    severity: 'warning',
    fixable: true,
    messages: {
      disabledOpen: 'Service "{{service}}": --protected-mode no while the default user has no password: every client that reaches the port gets full access.',
      disabled: 'Service "{{service}}": --protected-mode no; harmless while a password is set, but nothing protects the instance if it is removed.',
    },
  },
  check(ctx) {
    for (const r of redisServices(ctx.tree, ctx.source, ctx.path, ctx.host)) reportComposeIssues(ctx, r.service, checkProtectedMode(r.subject));
  },
});
