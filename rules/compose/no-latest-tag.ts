import { defineRule } from '../../server/engine/define-rule';
import { placedImages } from '../../server/formats/compose/service-images';
import { sharedSuffix } from '../../server/formats/compose/services';
import type { ComposeFile } from '../../server/formats/compose/model';

export default defineRule<ComposeFile>({
  format: 'compose',
  meta: {
    id: 'compose/no-latest-tag',
    description: 'Images should name a version tag: no tag (or `latest`) pulls whatever was pushed last, so updates happen unreviewed.',
    checklist: ['image-security.regular-base-image-updates', 'image-security.base-images-from-trusted-sources'],
    severity: 'warning',
    fixable: false,
    scope: 'section',
    messages: {
      untagged: 'Image "{{image}}" has no tag, so it means :latest{{affects}}; pin a version.',
      latest: 'Image "{{image}}" uses the moving :latest tag{{affects}}; pin a version.',
    },
  },
  check(ctx) {
    for (const placed of placedImages(ctx.tree)) {
      const { ref, text, span } = placed.item;
      if (ref.digest) continue; // a digest pins the image whatever the tag says
      if (ref.tag === undefined || ref.repository === undefined) continue;
      const messageId = ref.tag === '' ? 'untagged' : ref.tag.toLowerCase() === 'latest' ? 'latest' : undefined;
      if (!messageId) continue;
      ctx.report({ span, messageId, data: { image: text.trim(), affects: sharedSuffix(placed) } });
    }
  },
});
