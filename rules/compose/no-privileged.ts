import { defineRule } from '../../server/engine/define-rule';
import { affectsSuffix, entriesByPlace } from '../../server/formats/compose/services';
import { removePair } from '../../server/formats/compose/edits';
import { scalarText, spanOf, type ComposeFile } from '../../server/formats/compose/model';

export default defineRule<ComposeFile>({
  format: 'compose',
  meta: {
    id: 'compose/no-privileged',
    description: 'Services must not run privileged: a privileged container has every capability and all host devices.',
    checklist: [
      'container-runtime-security.container-capabilities-dropped-where-unnecessary',
      'container-hardening.security-profiles-applied',
    ],
    severity: 'error',
    fixable: true,
    messages: {
      privileged: 'Service runs privileged: it gets every capability and the host devices, and can escape the container{{affects}}.',
    },
  },
  check(ctx) {
    for (const placed of entriesByPlace(ctx.tree, 'privileged')) {
      const { entry } = placed;
      if (scalarText(entry.value) !== 'true') continue;
      const removal = removePair(ctx.source, entry.pair);
      ctx.report({
        span: { start: spanOf(entry.keyNode).start, end: spanOf(entry.value).end },
        messageId: 'privileged',
        data: { affects: affectsSuffix(placed) },
        fixes: removal
          ? [{ title: 'Remove "privileged: true" (changes runtime behaviour: the container loses host privileges)', isPreferred: true, changesBehavior: true, edits: [removal] }]
          : [],
      });
    }
  },
});
