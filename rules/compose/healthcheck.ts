import { defineRule } from '../../server/engine/define-rule';
import { placedValues, sharedSuffix } from '../../server/formats/compose/services';
import { composeBoolean, isMap, MapView, scalarText, seqItems, spanOf, type ComposeFile } from '../../server/formats/compose/model';

export default defineRule<ComposeFile>({
  format: 'compose',
  meta: {
    id: 'compose/healthcheck',
    description: 'Services should define a health check, so orchestration notices a hung process and dependants wait for a healthy one.',
    checklist: ['container-hardening.health-checks-implemented'],
    severity: 'warning',
    fixable: false,
    scope: 'section',
    messages: {
      missing: 'Service "{{service}}" has no healthcheck (unless its image defines HEALTHCHECK).',
      disabled: 'The health check is switched off{{affects}}.',
    },
  },
  check(ctx) {
    const { doc } = ctx.tree;
    for (const placed of placedValues(ctx.tree, 'healthcheck')) {
      const hc = placed.item.value;
      if (!isMap(hc)) continue;
      const view = new MapView(doc, hc);
      const disable = view.get('disable');
      if (disable && composeBoolean(disable.value) === true) {
        ctx.report({ span: spanOf(disable.value), messageId: 'disabled', data: { affects: sharedSuffix(placed) } });
        continue;
      }
      const test = view.get('test');
      const first = scalarText(test?.value) ?? scalarText(seqItems(doc, test?.value)[0]);
      if (test?.value && first?.trim().toUpperCase() === 'NONE') {
        ctx.report({ span: spanOf(test.value), messageId: 'disabled', data: { affects: sharedSuffix(placed) } });
      }
    }
    for (const service of ctx.tree.services) {
      if (!service.node || service.view.has('healthcheck')) continue;
      ctx.report({ span: spanOf(service.keyNode), messageId: 'missing', data: { service: service.name } });
    }
  },
});
