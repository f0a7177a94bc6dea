import { defineRule } from '../../server/engine/define-rule';
import { placedImages } from '../../server/formats/compose/service-images';
import { sharedSuffix } from '../../server/formats/compose/services';
import type { ComposeFile } from '../../server/formats/compose/model';

export default defineRule<ComposeFile>({
  format: 'compose',
  meta: {
    id: 'compose/image-digest',
    description: 'Images may be pinned by digest (`image@sha256:…`) so the exact, verified content runs; a tag can be re-pushed.',
    checklist: ['image-security.image-signing-and-verification'],
    severity: 'information',
    fixable: false,
    scope: 'section',
    messages: {
      noDigest: 'Image "{{image}}" is not pinned by digest; a re-pushed tag changes what runs{{affects}}.',
    },
  },
  check(ctx) {
    for (const placed of placedImages(ctx.tree)) {
      const { ref, text, span } = placed.item;
      if (ref.digest !== '' || ref.repository === undefined) continue;
      ctx.report({ span, messageId: 'noDigest', data: { image: text.trim(), affects: sharedSuffix(placed) } });
    }
  },
});
