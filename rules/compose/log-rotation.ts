import { defineRule } from '../../server/engine/define-rule';
import { insertIntoMap, insertKeyWithMap, type NestedValue } from '../../server/formats/compose/edits';
import { placedValues, sharedSuffix } from '../../server/formats/compose/services';
import { MapView, isMap, scalarText, spanOf, type ComposeFile } from '../../server/formats/compose/model';

const ROTATION: [string, NestedValue][] = [['max-size', '"10m"'], ['max-file', '"3"']];

export default defineRule<ComposeFile>({
  format: 'compose',
  meta: {
    id: 'compose/log-rotation',
    description: 'The json-file log driver keeps logs forever unless `max-size` is set; an unrotated log can fill the disk.',
    checklist: ['compose-configuration-security.logging-drivers-configured-securely', 'log-management.log-retention-policy'],
    severity: 'warning',
    fixable: true,
    scope: 'section',
    messages: {
      unrotated: 'The json-file log driver has no max-size: the log grows until the disk is full{{affects}}.',
      defaultDriver: 'Service "{{service}}" uses the daemon\'s default log driver (json-file without rotation unless daemon.json sets one).',
    },
  },
  check(ctx) {
    const { doc } = ctx.tree;
    const title = 'Rotate logs with max-size 10m and max-file 3';
    for (const placed of placedValues(ctx.tree, 'logging')) {
      const logging = placed.item.value;
      if (!isMap(logging)) continue;
      const view = new MapView(doc, logging);
      const driverNode = view.get('driver')?.value;
      const driver = scalarText(driverNode)?.trim().toLowerCase() ?? 'json-file';
      if (driver !== 'json-file') continue; // local rotates by default; others ship logs elsewhere
      const options = view.get('options');
      if (options && isMap(options.value) && new MapView(doc, options.value).has('max-size')) continue;
      let edit;
      if (!options) edit = insertKeyWithMap(ctx.source, logging, 'options', ROTATION);
      else if (isMap(options.value)) {
        const hasMaxFile = new MapView(doc, options.value).has('max-file');
        edit = insertIntoMap(ctx.source, options.value, ROTATION.filter(([k]) => k === 'max-size' || !hasMaxFile).map(([k, v]) => `${k}: ${v}`));
      }
      ctx.report({
        span: driverNode ? spanOf(driverNode) : spanOf(placed.item.keyNode),
        messageId: 'unrotated',
        data: { affects: sharedSuffix(placed) },
        fixes: edit ? [{ title, isPreferred: true, edits: [edit] }] : [],
      });
    }
    for (const service of ctx.tree.services) {
      if (!service.node || service.view.has('logging')) continue;
      // Not preferred: an explicit driver would override a daemon-wide default such as journald.
      const edit = insertKeyWithMap(ctx.source, service.node, 'logging', [['driver', 'json-file'], ['options', ROTATION]]);
      ctx.report({
        span: spanOf(service.keyNode),
        messageId: 'defaultDriver',
        data: { service: service.name },
        severity: 'information',
        fixes: [{ title: 'Set the json-file driver with max-size 10m and max-file 3', edits: [edit] }],
      });
    }
  },
});
