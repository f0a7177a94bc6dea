import { defineRule } from '../../server/engine/define-rule';
import { bindingSpan, bindToLoopbackEdit, inFlowList, placedPorts } from '../../server/formats/compose/ports';
import { sharedSuffix } from '../../server/formats/compose/services';
import { isDatastoreService } from '../../server/formats/compose/service-kind';
import type { ComposeFile } from '../../server/formats/compose/model';

export const BIND_LOOPBACK_TITLE = 'Bind to 127.0.0.1 (changes runtime behaviour: the port is no longer reachable from other hosts)';

export default defineRule<ComposeFile>({
  format: 'compose',
  meta: {
    id: 'compose/database-port-published',
    description: 'Database and cache services (postgres, mysql, redis, mongo, …) must not publish their ports on all host interfaces.',
    checklist: [
      'network-segmentation.database-access-restricted-to-application',
      'network-segmentation.redis-access-restricted-to-application',
      'redis-access-control.ip-binding-restrictions',
      'firewall-configuration.only-necessary-ports-open-80',
    ],
    severity: 'error',
    fixable: true,
    scope: 'section',
    messages: {
      published: 'Database/cache service {{services}} publishes port {{port}} on all host interfaces{{affects}}; let the application reach it over the compose network, or bind to 127.0.0.1.',
    },
  },
  check(ctx) {
    for (const placed of placedPorts(ctx.tree)) {
      const binding = placed.item;
      const databases = placed.services.filter(isDatastoreService);
      if (databases.length === 0 || binding.exposure !== 'all') continue;
      const edit = bindToLoopbackEdit(ctx.source, ctx.tree.doc, binding, inFlowList(ctx.tree, binding.node));
      ctx.report({
        span: bindingSpan(ctx.tree.doc, binding),
        messageId: 'published',
        data: {
          services: databases.map((s) => `"${s.name}"`).join(', '),
          port: binding.hostPortRaw || `${binding.containerPortRaw} (on a random host port)`,
          affects: sharedSuffix(placed),
        },
        fixes: edit ? [{ title: BIND_LOOPBACK_TITLE, isPreferred: true, changesBehavior: true, edits: [edit] }] : [],
      });
    }
  },
});
