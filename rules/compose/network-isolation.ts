import { defineRule } from '../../server/engine/define-rule';
import { isInternalNetwork, serviceNetworks } from '../../server/formats/compose/networks';
import { portBinding, type PortBinding } from '../../server/formats/compose/ports';
import { isDatastoreService } from '../../server/formats/compose/service-kind';
import { seqItems, spanOf, type ComposeFile, type Service } from '../../server/formats/compose/model';

export default defineRule<ComposeFile>({
  format: 'compose',
  meta: {
    id: 'compose/network-isolation',
    description: 'Database and cache services should sit on a backend network (`internal: true`) that services publishing ports on the host do not share.',
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
      shared:
        'Database/cache service "{{service}}" shares {{sharing}}: whoever compromises a service that takes connections through a published port can reach "{{service}}" directly. Put "{{service}}" on a network declared with internal: true that only the services using it join.',
    },
  },
  check(ctx) {
    const file = ctx.tree;
    const networksOf = new Map(file.services.map((s) => [s, serviceNetworks(file, s)]));
    // Services publishing ports beyond loopback, with those ports (what makes them count).
    const publishers = new Map<Service, PortBinding[]>();
    for (const s of file.services) {
      const bindings = publicBindings(file, s);
      if (bindings.length > 0) publishers.set(s, bindings);
    }
    for (const service of file.services) {
      if (!service.node || !isDatastoreService(service)) continue;
      const own = networksOf.get(service);
      if (!own) continue;
      // Network → the other services on it that publish ports, in file order.
      const sharedWith = new Map<string, Service[]>();
      for (const network of own) {
        if (isInternalNetwork(file, network) || sharedWith.has(network)) continue;
        const others = [...publishers.keys()].filter((other) => other !== service && networksOf.get(other)?.includes(network));
        if (others.length > 0) sharedWith.set(network, others);
      }
      if (sharedWith.size === 0) continue;
      const networksKey = service.view.get('networks');
      ctx.report({
        span: spanOf(networksKey && !networksKey.via ? networksKey.keyNode : service.keyNode),
        messageId: 'shared',
        data: { service: service.name, sharing: describeSharing(sharedWith, publishers) },
      });
    }
  },
});

function publicBindings(file: ComposeFile, service: Service): PortBinding[] {
  return seqItems(file.doc, service.view.get('ports')?.value)
    .map((node) => portBinding(file.doc, node))
    .filter((b): b is PortBinding => b !== undefined && b.exposure !== 'loopback');
}

/** The first port in full, then how many more: `8080:80 on all host interfaces, and 2 more ports`. */
function describeBindings(bindings: PortBinding[]): string {
  const more = bindings.length - 1;
  return `${describeBinding(bindings[0]!)}${more === 0 ? '' : `, and ${more} more port${more === 1 ? '' : 's'}`}`;
}

/** `network "default" with "web" (publishes 8080:80 on all host interfaces)`, networks with the same services grouped. */
function describeSharing(sharedWith: Map<string, Service[]>, publishers: Map<Service, PortBinding[]>): string {
  const groups = new Map<string, { networks: string[]; services: Service[] }>();
  for (const [network, services] of sharedWith) {
    const key = services.map((s) => s.name).join('\n');
    const group = groups.get(key) ?? { networks: [], services };
    group.networks.push(network);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map(({ networks, services }) => {
      const nets = `${networks.length === 1 ? 'network' : 'networks'} ${andList(networks.map((n) => `"${n}"`))}`;
      const who = andList(services.map((s) => `"${s.name}" (publishes ${describeBindings(publishers.get(s)!)})`));
      return `${nets} with ${who}`;
    })
    .join(', and ');
}

function describeBinding(b: PortBinding): string {
  const port = b.hostPortRaw.trim() !== '' ? `${b.hostPortRaw.trim()}:${b.containerPortRaw.trim()}` : `container port ${b.containerPortRaw.trim()}`;
  const ip = b.hostIpRaw.trim();
  if (b.exposure === 'all') return `${port} on all host interfaces`;
  if (b.exposure === 'specific') return ip !== '' ? `${port} on ${ip}` : `${port} on a non-loopback host address`;
  return ip !== '' ? `${port} on ${ip}, a host address that depends on a variable` : `${port} on a host address that depends on a variable`;
}

function andList(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
