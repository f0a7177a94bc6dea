import { defineRule } from '../../server/engine/define-rule';
import type { ComposeFile } from '../../server/formats/compose/model';
import { redisServices, reportComposeIssues } from '../redis/lib/compose-redis';
import { checkBind } from '../redis/lib/exposure';

export default defineRule<ComposeFile>({
  format: 'compose',
  meta: {
    id: 'compose/redis-bind',
    description: 'A redis-server service on the host network must not bind every interface (--bind 0.0.0.0 / * / ::, or no --bind): that puts Redis on every address of the host.',
    checklist: ['redis-access-control.ip-binding-restrictions', 'network-segmentation.redis-access-restricted-to-application'],
    severity: 'warning',
    fixable: true,
    messages: {
      allInterfaces: 'Service "{{service}}" uses the host network and binds {{addresses}}: Redis listens on every address of the host.',
      missing: 'Service "{{service}}" uses the host network without --bind: Redis listens on every address of the host ({{addresses}}).',
    },
  },
  check(ctx) {
    for (const r of redisServices(ctx.tree, ctx.source, ctx.path, ctx.host)) {
      // Inside its own network namespace a container must listen beyond loopback to be reachable at all.
      if (!r.hostNetwork) continue;
      const issues = checkBind(r.subject, { reportMissing: true }).map((i) => ({
        ...i,
        fixes: i.messageId === 'allInterfaces' && r.subject.redis.bind.addresses.length === 1
          ? [{ title: 'Bind to 127.0.0.1 (changes runtime behaviour: only local clients can connect)', changesBehavior: true, preferred: true, edits: [{ kind: 'replace-arg' as const, arg: r.subject.redis.bind.addresses[0]!, value: '127.0.0.1' }] }]
          : [],
      }));
      reportComposeIssues(ctx, r.service, issues);
    }
  },
});
