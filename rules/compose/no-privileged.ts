import { defineRule } from '../../server/engine/define-rule';
import { affectsSuffix, entriesByPlace } from '../../server/formats/compose/services';
import { visit, type Pair, type YAMLMap } from 'yaml';
import { removePair, replaceScalar } from '../../server/formats/compose/edits';
import { composeBoolean, spanOf, type ComposeFile, type YDocument } from '../../server/formats/compose/model';
import type { Fix } from '../../server/engine/types';

/** The mapping a pair is written in: usually the service's own, else found by a walk (anchors). */
function mappingOf(doc: YDocument, pair: Pair, service: YAMLMap | undefined): YAMLMap | undefined {
  if (service?.items.includes(pair)) return service;
  let found: YAMLMap | undefined;
  visit(doc, {
    Pair(_, p, path) {
      if (p !== pair) return undefined;
      found = path[path.length - 1] as YAMLMap;
      return visit.BREAK;
    },
  });
  return found;
}

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
    scope: 'section',
    messages: {
      privileged: 'Service runs privileged: it gets every capability and the host devices, and can escape the container{{affects}}.',
    },
  },
  check(ctx) {
    for (const placed of entriesByPlace(ctx.tree, 'privileged')) {
      const { entry } = placed;
      if (composeBoolean(entry.value) !== true) continue;
      // Removing the only key would leave a null where a mapping (e.g. an anchor merged with <<) is required.
      const onlyKey = mappingOf(ctx.tree.doc, entry.pair, placed.services[0]?.node)?.items.length === 1;
      const edit = onlyKey && entry.written ? replaceScalar(ctx.source, entry.written, 'false') : removePair(ctx.source, entry.pair);
      const fix: Fix | undefined = edit && {
        title: `${onlyKey ? 'Set "privileged: false"' : 'Remove "privileged: true"'} (changes runtime behaviour: the container loses host privileges)`,
        isPreferred: true,
        changesBehavior: true,
        edits: [edit],
      };
      ctx.report({
        span: { start: spanOf(entry.keyNode).start, end: spanOf(entry.value).end },
        messageId: 'privileged',
        data: { affects: affectsSuffix(placed) },
        fixes: fix ? [fix] : [],
      });
    }
  },
});
