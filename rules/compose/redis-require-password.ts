import { defineRule } from '../../server/engine/define-rule';
import type { ComposeFile } from '../../server/formats/compose/model';
import { checkAuthentication } from '../redis/lib/auth';
import { redisServices, reportComposeIssues } from '../redis/lib/compose-redis';

export default defineRule<ComposeFile>({
  format: 'compose',
  meta: {
    id: 'compose/redis-require-password',
    description: 'A redis-server service that publishes its port (or uses the host network) must require a password (--requirepass, or an ACL in its config file).',
    checklist: ['redis-access-control.authentication-enabled', 'network-segmentation.redis-access-restricted-to-application'],
    severity: 'error',
    fixable: false,
    messages: {
      missing: 'Service "{{service}}" runs Redis without a password and is reachable from outside the host; pass --requirepass "${REDIS_PASSWORD}" or mount a config with ACL users.',
      emptyRequirepass: 'Service "{{service}}": --requirepass is empty, so the default user needs no password.',
      nopassUser: 'Service "{{service}}": the default user is on with nopass.',
    },
  },
  check(ctx) {
    for (const r of redisServices(ctx.tree, ctx.source, ctx.path, ctx.host)) {
      if (!r.reachableFromHostNetwork) continue;
      // A generated password would be a new secret in the compose file: no fix here.
      const issues = checkAuthentication(r.subject).map((i) => ({ ...i, severity: 'error' as const, fixes: [] }));
      reportComposeIssues(ctx, r.service, issues);
    }
  },
});
