import { defineRule } from '../../server/engine/define-rule';
import { isTrusted } from '../../server/formats/compose/images';
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
      ctx.report({ span, messageId: 'untrusted', data: { image: text.trim(), registry: ref.registry, affects: sharedSuffix(placed) } });
    }
  },
});
