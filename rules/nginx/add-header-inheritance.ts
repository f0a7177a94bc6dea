import { defineRule } from '../../server/engine/define-rule';
import type { NginxFile } from '../../server/formats/nginx/ast';
import { effectiveHeaders, inheritMode, ownDirectives } from '../../server/formats/nginx/context';
import { copyOf, insertIntoBlock } from '../../server/formats/nginx/context-edits';
import { ITEMS } from './support/checklist';
import { Scope } from './support/scope';

/** Headers whose loss weakens the browser's protections. */
const SECURITY_HEADERS = new Set([
  'strict-transport-security',
  'x-frame-options',
  'x-content-type-options',
  'x-xss-protection',
  'content-security-policy',
  'content-security-policy-report-only',
  'referrer-policy',
  'permissions-policy',
  'feature-policy',
  'cross-origin-opener-policy',
  'cross-origin-embedder-policy',
  'cross-origin-resource-policy',
]);

export default defineRule<NginxFile>({
  format: 'nginx',
  meta: {
    id: 'nginx/add-header-inheritance',
    description:
      'A block with its own add_header drops every add_header of the levels above it (nginx inherits add_header only into blocks without any); headers set in http or server silently vanish there.',
    checklist: [ITEMS.securityHeaders],
    severity: 'warning',
    fixable: true,
    messages: {
      dropped: 'This add_header stops {{headers}} set at the {{level}} level from being sent here; re-declare them in this block (or use add_header_inherit merge on nginx 1.29.3+).',
    },
    options: {
      onlySecurityHeaders: { default: true, description: 'Report only lost security headers (false: every lost header).' },
    },
  },
  check(ctx) {
    const scope = new Scope(ctx);
    const onlySecurity = scope.option<boolean>('onlySecurityHeaders') !== false;
    for (const context of scope.contexts()) {
      const parent = context.parent;
      if (!context.block || !parent || !['server', 'location', 'if'].includes(context.kind) || parent.kind === 'main') continue;
      const own = ownDirectives(context, 'add_header');
      const first = own[0];
      if (!first || !scope.mine(first) || inheritMode(context) !== 'on') continue;
      const ownNames = new Set(own.map((d) => d.args[0]?.value.toLowerCase()));
      const inherited = effectiveHeaders(parent);
      const lost = inherited.headers.filter((h) => !ownNames.has(h.name) && (!onlySecurity || SECURITY_HEADERS.has(h.name)));
      if (lost.length === 0) continue;
      const names = [...new Set(lost.map((h) => h.directive.args[0]!.value))];
      const anchor = own.filter((d) => scope.mine(d) && d.parent === context.block).at(-1);
      const edit = insertIntoBlock(ctx.source, context.block, [...new Set(lost.map((h) => copyOf(h.directive)))], anchor);
      scope.report({
        span: first.nameSpan,
        messageId: 'dropped',
        data: { headers: names.join(', '), level: inherited.sources[0]?.kind ?? parent.kind },
        fixes: edit
          ? [{ title: `Re-declare ${names.join(', ')} in this block (changes runtime behaviour: its responses carry these headers again)`, isPreferred: true, changesBehavior: true, edits: [edit] }]
          : [],
      });
    }
  },
});
