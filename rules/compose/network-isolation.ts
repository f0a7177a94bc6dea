import { defineRule } from '../../server/engine/define-rule';
import { isInternalNetwork, serviceNetworks } from '../../server/formats/compose/networks';
import { publishesPublicly } from '../../server/formats/compose/ports';
import { isDatastoreService } from '../../server/formats/compose/service-kind';
import { spanOf, type ComposeFile } from '../../server/formats/compose/model';

export default defineRule<ComposeFile>({
  format: 'compose',
  meta: {
    id: 'compose/network-isolation',
    description: 'Database and cache services should sit on a backend network (`internal: true`) that public-facing services do not share.',
    checklist: [
      'compose-configuration-security.network-isolation-between-services',
      'network-segmentation.docker-network-isolation',
      'network-segmentation.database-access-restricted-to-application',
      'network-segmentation.redis-access-restricted-to-application',
      'redis-access-control.network-isolation',
    ],
    severity: 'warning',
    fixable: false,
    messages: {
      shared: 'Database/cache service "{{service}}" shares network {{networks}} with public-facing {{public}}; put it on a backend network with internal: true.',
    },
  },
  check(ctx) {
    const file = ctx.tree;
    const networksOf = new Map(file.services.map((s) => [s, serviceNetworks(file, s)]));
    const publicServices = file.services.filter((s) => publishesPublicly(file, s));
    for (const service of file.services) {
      if (!service.node || !isDatastoreService(service)) continue;
      const own = networksOf.get(service);
      if (!own) continue;
      const shared = new Set<string>();
      const exposed = new Set<string>();
      for (const network of own) {
        if (isInternalNetwork(file, network)) continue;
        for (const other of publicServices) {
          if (other === service || !networksOf.get(other)?.includes(network)) continue;
          shared.add(network);
          exposed.add(other.name);
        }
      }
      if (shared.size === 0) continue;
      const networksKey = service.view.get('networks');
      ctx.report({
        span: spanOf(networksKey && !networksKey.via ? networksKey.keyNode : service.keyNode),
        messageId: 'shared',
        data: {
          service: service.name,
          networks: [...shared].map((n) => `"${n}"`).join(', '),
          public: [...exposed].map((n) => `"${n}"`).join(', '),
        },
      });
    }
  },
});
