import { defineRule } from '../../server/engine/define-rule';
import { withDefaults } from '../../server/formats/compose/interpolation';
import { scalarText, spanOf, type ComposeEntry, type ComposeFile } from '../../server/formats/compose/model';
import { deployLimits } from './resource-limits';

export default defineRule<ComposeFile>({
  format: 'compose',
  meta: {
    id: 'compose/pids-limit',
    description: 'Services should cap their number of processes (`pids_limit` or `deploy.resources.limits.pids`) so a fork bomb stays inside the container.',
    checklist: ['container-hardening.resource-limits-configured'],
    severity: 'warning',
    fixable: false,
    scope: 'section',
    messages: {
      missing: 'Service "{{service}}" has no pids_limit: a fork bomb can exhaust the host\'s process table.',
      unlimited: 'pids_limit {{value}} means no limit.',
    },
  },
  check(ctx) {
    const reported = new Set<object>();
    for (const service of ctx.tree.services) {
      if (!service.node) continue;
      const entries = [service.view.get('pids_limit'), deployLimits(service.view)?.get('pids')].filter(
        (e): e is ComposeEntry => e !== undefined,
      );
      if (entries.length === 0) {
        ctx.report({ span: spanOf(service.keyNode), messageId: 'missing', data: { service: service.name } });
        continue;
      }
      for (const entry of entries) {
        const value = withDefaults(scalarText(entry.value) ?? '');
        if (value === undefined || !/^\s*(-\d+|0)\s*$/.test(value) || !entry.value || reported.has(entry.value)) continue;
        reported.add(entry.value);
        ctx.report({ span: spanOf(entry.value), messageId: 'unlimited', data: { value: value.trim() } });
      }
    }
  },
});
