import { defineRule } from '../../server/engine/define-rule';
import { isTrusted, normalizeTrustedEntry, type ImageReference } from '../../server/formats/compose/images';
import { placedImages } from '../../server/formats/compose/service-images';
import { sharedSuffix } from '../../server/formats/compose/services';
import type { ComposeFile } from '../../server/formats/compose/model';

export default defineRule<ComposeFile>({
  format: 'compose',
  meta: {
    id: 'compose/untrusted-registry',
    description: 'Images should come from registries (or registry paths) you trust; by default only Docker Hub.',
    checklist: ['image-security.base-images-from-trusted-sources'],
    severity: 'warning',
    fixable: false,
    scope: 'section',
    messages: {
      untrusted: 'Image "{{image}}" comes from {{registry}}, which is not in trustedRegistries{{affects}}.',
      untrustedPath: 'Image "{{image}}" comes from {{path}}, but trustedRegistries trusts {{registry}} only under {{prefixes}}{{affects}}.',
    },
    options: {
      trustedRegistries: {
        default: ['docker.io'],
        description: 'Registries or registry path prefixes (e.g. "ghcr.io/my-org") images may come from; "docker.io" means Docker Hub, library images included.',
      },
    },
  },
  check(ctx) {
    const raw = ctx.options['trustedRegistries'];
    const trusted = Array.isArray(raw) ? raw.map(String) : ['docker.io'];
    for (const placed of placedImages(ctx.tree)) {
      const { ref, text, span } = placed.item;
      if (ref.registry === undefined || isTrusted(ref, trusted)) continue;
      const data = { image: text.trim(), registry: ref.registry, affects: sharedSuffix(placed) };
      const prefixes = prefixesOf(ref.registry, trusted);
      if (prefixes.length === 0) ctx.report({ span, messageId: 'untrusted', data });
      else ctx.report({ span, messageId: 'untrustedPath', data: { ...data, path: registryPath(ref), prefixes: orList(prefixes.map((p) => `"${p}"`)) } });
    }
  },
});

/** The entries (as written) that trust only some paths of a registry host. */
function prefixesOf(registry: string, trusted: readonly string[]): string[] {
  const out: string[] = [];
  for (const entry of trusted) {
    const normalized = normalizeTrustedEntry(entry);
    const slash = normalized.indexOf('/');
    if (slash < 0 || normalized.slice(0, slash) !== registry) continue;
    const written = entry.trim();
    if (!out.includes(written)) out.push(written);
  }
  return out;
}

/** The registry and namespace an image comes from: `ghcr.io/other-org/app` → `ghcr.io/other-org`. */
function registryPath(ref: ImageReference): string {
  const repository = ref.repository ?? '';
  const slash = repository.lastIndexOf('/');
  return slash < 0 ? ref.registry! : `${ref.registry}/${repository.slice(0, slash)}`;
}

function orList(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
