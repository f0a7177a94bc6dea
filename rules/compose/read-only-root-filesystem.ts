import { defineRule } from '../../server/engine/define-rule';
import { insertIntoService, replaceScalar } from '../../server/formats/compose/edits';
import { affectsSuffix, entriesByPlace } from '../../server/formats/compose/services';
import { composeBoolean, spanOf, type ComposeFile } from '../../server/formats/compose/model';
import { startsAsRootService } from '../../server/formats/compose/service-kind';

export default defineRule<ComposeFile>({
  format: 'compose',
  meta: {
    id: 'compose/read-only-root-filesystem',
    description: 'Services should mount their root filesystem read-only (`read_only: true`), with tmpfs or volumes for the paths they write.',
    checklist: ['container-hardening.read-only-root-filesystem-where'],
    severity: 'warning',
    fixable: true,
    scope: 'section',
    messages: {
      missing: 'Service "{{service}}" has a writable root filesystem; set read_only: true and mount tmpfs/volumes where it writes.',
      disabled: 'read_only is false: the container can modify its own filesystem{{affects}}.',
    },
  },
  check(ctx) {
    const title = 'Set read_only: true (changes runtime behaviour: writes outside volumes/tmpfs will fail)';
    for (const placed of entriesByPlace(ctx.tree, 'read_only')) {
      const value = placed.entry.value;
      if (!value || composeBoolean(value) !== false) continue;
      ctx.report({
        span: spanOf(value),
        messageId: 'disabled',
        data: { affects: affectsSuffix(placed) },
        fixes: [{ title, isPreferred: true, changesBehavior: true, edits: [replaceScalar(ctx.source, value, 'true')] }],
      });
    }
    for (const service of ctx.tree.services) {
      if (service.view.has('read_only')) continue;
      const edit = insertIntoService(ctx.source, service, ['read_only: true']);
      ctx.report({
        span: spanOf(service.keyNode),
        messageId: 'missing',
        data: { service: service.name },
        // Databases and nginx write their data, cache, pid and temp folders: offered, not applied by --fix.
        fixes: edit ? [{ title, isPreferred: !startsAsRootService(service), changesBehavior: true, edits: [edit] }] : [],
      });
    }
  },
});
