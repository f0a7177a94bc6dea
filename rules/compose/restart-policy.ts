import { defineRule } from '../../server/engine/define-rule';
import { insertIntoService, replaceScalarKeepingStyle } from '../../server/formats/compose/edits';
import { placedValues, sharedSuffix } from '../../server/formats/compose/services';
import { isScalar, scalarText, spanOf, type ComposeFile, type Scalar } from '../../server/formats/compose/model';

export default defineRule<ComposeFile>({
  format: 'compose',
  meta: {
    id: 'compose/restart-policy',
    description: 'Services should set a restart policy that keeps manual stops (`unless-stopped`, or `on-failure:5` to also cap the retries of a crash loop), not none and not `always`.',
    checklist: ['compose-configuration-security.restart-policies-configured-appropriately'],
    severity: 'warning',
    fixable: true,
    scope: 'section',
    messages: {
      missing: 'Service "{{service}}" has no restart policy: it stays down after a crash or reboot.',
      always: 'restart: always starts containers you stopped on purpose again whenever the Docker daemon restarts{{affects}}; use unless-stopped (or on-failure:5, which also gives up on a container that keeps crashing).',
    },
  },
  check(ctx) {
    for (const placed of placedValues(ctx.tree, 'restart')) {
      const value = placed.item.value;
      if (!isScalar(value) || scalarText(value)?.trim() !== 'always') continue;
      ctx.report({
        span: spanOf(value),
        messageId: 'always',
        data: { affects: sharedSuffix(placed) },
        fixes: [
          {
            title: 'Use unless-stopped (changes runtime behaviour: a container stopped by hand stays stopped after a daemon restart)',
            isPreferred: true,
            changesBehavior: true,
            edits: [replaceScalarKeepingStyle(ctx.source, value as Scalar, 'unless-stopped')],
          },
        ],
      });
    }
    for (const service of ctx.tree.services) {
      if (!service.node || service.view.has('restart') || service.view.map('deploy')?.has('restart_policy')) continue;
      const edit = insertIntoService(ctx.source, service, ['restart: unless-stopped']);
      ctx.report({
        span: spanOf(service.keyNode),
        messageId: 'missing',
        data: { service: service.name },
        severity: 'information',
        // Not preferred: one-shot services (migrations, init jobs) must not be restarted.
        fixes: edit ? [{ title: 'Add restart: unless-stopped (changes runtime behaviour: the service is restarted after a crash)', changesBehavior: true, edits: [edit] }] : [],
      });
    }
  },
});
