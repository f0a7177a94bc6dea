import { defineRule } from '../../server/engine/define-rule';
import { bindingSpan, bindToLoopbackEdit, inFlowList, placedPorts, publishesOtherThan } from '../../server/formats/compose/ports';
import { sharedSuffix } from '../../server/formats/compose/services';
import { isDatastoreService } from '../../server/formats/compose/service-kind';
import type { ComposeFile } from '../../server/formats/compose/model';
import { BIND_LOOPBACK_TITLE } from './database-port-published';

export default defineRule<ComposeFile>({
  format: 'compose',
  meta: {
    id: 'compose/port-published-on-all-interfaces',
    description: 'Only the public web ports (80/443 by default) should be published on all host interfaces; bind the rest to 127.0.0.1.',
    checklist: ['firewall-configuration.only-necessary-ports-open-80', 'network-segmentation.management-interfaces-on-separate-network'],
    severity: 'warning',
    fixable: true,
    scope: 'section',
    messages: {
      published: 'Port {{port}} is published on all host interfaces{{affects}}; bind it to 127.0.0.1 unless other hosts must reach it.',
    },
    options: {
      allowedPorts: { default: [80, 443], description: 'Host ports that may be published on all interfaces.' },
    },
  },
  check(ctx) {
    const allowed = (ctx.options['allowedPorts'] as unknown[]).map(Number).filter((n) => Number.isInteger(n));
    for (const placed of placedPorts(ctx.tree)) {
      const binding = placed.item;
      if (binding.exposure !== 'all' || placed.services.some(isDatastoreService)) continue;
      if (publishesOtherThan(binding, allowed) !== true) continue;
      const edit = bindToLoopbackEdit(ctx.source, ctx.tree.doc, binding, inFlowList(ctx.tree, binding.node));
      ctx.report({
        span: bindingSpan(ctx.tree.doc, binding),
        messageId: 'published',
        data: {
          port: binding.hostPortRaw || `${binding.containerPortRaw} (on a random host port)`,
          affects: sharedSuffix(placed),
        },
        // Not preferred: a port other than 80/443 may be meant to be public (8443, 25, a game server).
        fixes: edit ? [{ title: BIND_LOOPBACK_TITLE, changesBehavior: true, edits: [edit] }] : [],
      });
    }
  },
});
