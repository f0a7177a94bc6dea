import { defineRule } from '../../server/engine/define-rule';
import { placedValues, sharedSuffix } from '../../server/formats/compose/services';
import { withDefaults } from '../../server/formats/compose/interpolation';
import { scalarText, spanOf, type ComposeFile } from '../../server/formats/compose/model';

/** `root`, `0`, `root:…`, `0:…` (a user of uid 0, whatever the group). */
export function isRootUser(user: string): boolean {
  return /^(root|0+)(:.*)?$/.test(user.trim());
}

export default defineRule<ComposeFile>({
  format: 'compose',
  meta: {
    id: 'compose/non-root-user',
    description: 'Services should run as a non-root user (`user: "1000:1000"`); root in a container is root on the host after an escape.',
    checklist: ['container-hardening.containers-run-as-non-root', 'user-account-security.application-runs-under-dedicated-user'],
    severity: 'warning',
    fixable: false,
    scope: 'section',
    messages: {
      root: 'Service runs as root ("{{user}}"){{affects}}; use an unprivileged uid:gid.',
      missing: 'Service "{{service}}" sets no user: it runs as root unless its image sets USER.',
    },
  },
  check(ctx) {
    for (const placed of placedValues(ctx.tree, 'user')) {
      const raw = scalarText(placed.item.value);
      if (raw === undefined) continue;
      const user = withDefaults(raw);
      if (user === undefined || !isRootUser(user)) continue;
      ctx.report({ span: spanOf(placed.item.value), messageId: 'root', data: { user, affects: sharedSuffix(placed) } });
    }
    for (const service of ctx.tree.services) {
      if (!service.node || service.view.has('user')) continue;
      ctx.report({ span: spanOf(service.keyNode), messageId: 'missing', data: { service: service.name }, severity: 'information' });
    }
  },
});
