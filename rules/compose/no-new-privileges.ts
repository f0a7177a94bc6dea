import { defineRule } from '../../server/engine/define-rule';
import { appendToSeq, insertKeyWithList, replaceScalarKeepingStyle } from '../../server/formats/compose/edits';
import { withDefaults } from '../../server/formats/compose/interpolation';
import { placeItems, sharedSuffix } from '../../server/formats/compose/services';
import { isScalar, isSeq, scalarText, seqItems, spanOf, type ComposeFile, type Node, type Scalar } from '../../server/formats/compose/model';

/** `no-new-privileges` with its value: true, false, or undefined when it is not that option. */
export function noNewPrivilegesValue(option: string): boolean | undefined {
  const m = /^no-new-privileges(?:[:=](.*))?$/i.exec(option.trim());
  if (!m) return undefined;
  const value = (m[1] ?? 'true').trim().toLowerCase();
  return !['false', '0', 'no', 'off'].includes(value);
}

export default defineRule<ComposeFile>({
  format: 'compose',
  meta: {
    id: 'compose/no-new-privileges',
    description: 'Services should set `security_opt: [no-new-privileges:true]` so processes cannot gain privileges through setuid binaries.',
    checklist: ['container-hardening.no-new-privileges-flag-set'],
    severity: 'warning',
    fixable: true,
    scope: 'section',
    messages: {
      missing: 'Service "{{service}}" does not set no-new-privileges: setuid binaries can raise privileges inside it.',
      disabled: 'no-new-privileges is switched off{{affects}}.',
    },
  },
  check(ctx) {
    const title = 'Set no-new-privileges:true (changes runtime behaviour: setuid binaries no longer gain privileges)';
    const { doc } = ctx.tree;
    const disabled = placeItems(
      ctx.tree,
      (s) => seqItems(doc, s.view.get('security_opt')?.value),
      (n: Node) => ({ node: n, offset: n.range?.[0] ?? 0 }),
    );
    for (const placed of disabled) {
      const text = withDefaults(scalarText(placed.item) ?? '');
      if (text === undefined || noNewPrivilegesValue(text) !== false || !isScalar(placed.item)) continue;
      const sep = /[:=]/.exec(text)?.[0] ?? ':';
      const edit = replaceScalarKeepingStyle(ctx.source, placed.item as Scalar, `no-new-privileges${sep}true`);
      ctx.report({
        span: spanOf(placed.item),
        messageId: 'disabled',
        data: { affects: sharedSuffix(placed) },
        fixes: [{ title, isPreferred: true, changesBehavior: true, edits: [edit] }],
      });
    }
    const extendedLists = new Set<object>();
    for (const service of ctx.tree.services) {
      if (!service.node) continue;
      const entry = service.view.get('security_opt');
      const items = seqItems(doc, entry?.value);
      if (items.some((i) => noNewPrivilegesValue(withDefaults(scalarText(i) ?? '') ?? '') !== undefined)) continue;
      if (entry && !isSeq(entry.value)) continue;
      let edit;
      if (entry && isSeq(entry.value)) {
        // A list shared through an anchor is extended once.
        if (extendedLists.has(entry.value)) continue;
        extendedLists.add(entry.value);
        edit = appendToSeq(ctx.source, entry.value, 'no-new-privileges:true');
      } else {
        edit = insertKeyWithList(ctx.source, service.node, 'security_opt', ['no-new-privileges:true']);
      }
      ctx.report({
        span: spanOf(service.keyNode),
        messageId: 'missing',
        data: { service: service.name },
        fixes: edit ? [{ title, isPreferred: true, changesBehavior: true, edits: [edit] }] : [],
      });
    }
  },
});
