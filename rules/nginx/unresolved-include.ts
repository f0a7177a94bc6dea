import { defineRule } from '../../server/engine/define-rule';
import type { NginxFile } from '../../server/formats/nginx/ast';
import { ITEMS } from './support/checklist';
import { Scope } from './support/scope';

/**
 * An include whose files cannot be read hides what it sets. The other rules
 * then stay silent about settings missing from the block it is in (and the
 * blocks below), rather than report what the include may well set; this rule
 * says so, once per include. For a file whose content is known (Certbot's TLS
 * options), only findings about the settings it holds are left out.
 */
export default defineRule<NginxFile>({
  format: 'nginx',
  meta: {
    id: 'nginx/unresolved-include',
    description: 'An include whose files cannot be read (outside the workspace, or missing) hides the settings it holds, so the configuration cannot be fully checked.',
    checklist: [ITEMS.configurationAudits],
    severity: 'information',
    fixable: false,
    messages: {
      unreadable: 'include {{target}} cannot be read (it is outside the workspace or does not exist), so what it sets is unknown: findings about settings missing from this {{block}} and the blocks inside it are not reported.',
      known:
        'include {{target}} cannot be read (it is outside the workspace or does not exist); it is taken to be {{title}}, which sets only {{directives}}: findings about those settings missing from this {{block}} and the blocks inside it are not reported; the other settings are checked.',
    },
  },
  check(ctx) {
    const scope = new Scope(ctx);
    for (const record of scope.model.includes) {
      const target = record.directive.args[0];
      if (!record.unresolved || !target || !scope.mine(record.directive)) continue;
      const block = scope.contexts().find((c) => c.unresolvedIncludes?.some((u) => u.directive === record.directive));
      const where = { target: target.value, block: block?.kind === 'main' ? 'file' : `${block?.kind ?? 'file'} block` };
      if (record.known) {
        const data = { ...where, title: record.known.title, directives: [...record.known.sets].join(', ') };
        scope.report({ span: target.span, messageId: 'known', data });
      } else {
        scope.report({ span: target.span, messageId: 'unreadable', data: where });
      }
    }
  },
});
