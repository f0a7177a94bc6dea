import { defineRule } from '../../server/engine/define-rule';
import { placedValues, sharedSuffix } from '../../server/formats/compose/services';
import { MapView, isMap, scalarText, spanOf, type ComposeFile } from '../../server/formats/compose/model';

export default defineRule<ComposeFile>({
  format: 'compose',
  meta: {
    id: 'compose/logging-disabled',
    description: 'Services must not discard their logs (`logging.driver: none`): incidents then leave no trace.',
    checklist: ['compose-configuration-security.logging-drivers-configured-securely', 'log-management.comprehensive-logging-enabled'],
    severity: 'error',
    fixable: false,
    scope: 'section',
    messages: {
      none: 'logging driver "none" discards everything the service logs{{affects}}.',
    },
  },
  check(ctx) {
    for (const placed of placedValues(ctx.tree, 'logging')) {
      const logging = placed.item.value;
      if (!isMap(logging)) continue;
      const driver = new MapView(ctx.tree.doc, logging).get('driver');
      if (!driver?.value || scalarText(driver.value)?.trim().toLowerCase() !== 'none') continue;
      ctx.report({ span: spanOf(driver.value), messageId: 'none', data: { affects: sharedSuffix(placed) } });
    }
  },
});
