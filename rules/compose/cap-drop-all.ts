import { defineRule } from '../../server/engine/define-rule';
import { appendToSeq, insertKeyWithList } from '../../server/formats/compose/edits';
import { isSeq, scalarText, seqItems, spanOf, type ComposeFile } from '../../server/formats/compose/model';
import { startsAsRootService } from '../../server/formats/compose/service-kind';

const ROOT_START_TITLE =
  'Drop all capabilities (changes runtime behaviour: images that start as root and switch users, such as databases and nginx, need CHOWN, SETUID, SETGID and the like added back with cap_add)';

export default defineRule<ComposeFile>({
  format: 'compose',
  meta: {
    id: 'compose/cap-drop-all',
    description: 'Services should drop every capability (`cap_drop: [ALL]`) and add back only the few they need.',
    checklist: ['container-runtime-security.container-capabilities-dropped-where-unnecessary'],
    severity: 'warning',
    fixable: true,
    scope: 'section',
    messages: {
      missing: 'Service "{{service}}" keeps Docker\'s default capabilities; add cap_drop: [ALL] and cap_add only what it needs.',
      partial: 'cap_drop does not drop ALL: the service keeps the remaining default capabilities.',
    },
  },
  check(ctx) {
    const title = 'Drop all capabilities (changes runtime behaviour: add back needed ones with cap_add)';
    const reportedLists = new Set<object>();
    for (const service of ctx.tree.services) {
      if (!service.node) continue;
      const entry = service.view.get('cap_drop');
      const items = seqItems(ctx.tree.doc, entry?.value);
      if (items.some((i) => /^(CAP_)?ALL$/i.test(scalarText(i)?.trim() ?? ''))) continue;
      if (entry && isSeq(entry.value)) {
        // One finding per list, even when an anchor shares it.
        if (reportedLists.has(entry.value)) continue;
        reportedLists.add(entry.value);
        const edit = appendToSeq(ctx.source, entry.value, 'ALL');
        ctx.report({
          span: spanOf(entry.keyNode),
          messageId: 'partial',
          fixes: edit ? [{ title, isPreferred: true, changesBehavior: true, edits: [edit] }] : [],
        });
        continue;
      }
      if (entry) continue; // cap_drop holds something odd (a variable): leave it
      ctx.report({
        span: spanOf(service.keyNode),
        messageId: 'missing',
        data: { service: service.name },
        // Databases and nginx start as root and switch users (CHOWN, SETUID, SETGID…): offered, not applied by --fix.
        fixes: [{
          title: startsAsRootService(service) ? ROOT_START_TITLE : title,
          isPreferred: !startsAsRootService(service),
          changesBehavior: true,
          edits: [insertKeyWithList(ctx.source, service.node, 'cap_drop', ['ALL'])],
        }],
      });
    }
  },
});
