import { defineRule } from '../../server/engine/define-rule';
import { spanOf, type ComposeFile, type MapView } from '../../server/formats/compose/model';

/** The service's `deploy.resources.limits` view, if any. */
export function deployLimits(view: MapView): MapView | undefined {
  return view.map('deploy')?.map('resources')?.map('limits');
}

export default defineRule<ComposeFile>({
  format: 'compose',
  meta: {
    id: 'compose/resource-limits',
    description: 'Services should limit memory and CPU (`deploy.resources.limits` or `mem_limit`/`cpus`) so one container cannot starve the host.',
    checklist: ['container-hardening.resource-limits-configured'],
    severity: 'warning',
    fixable: false,
    scope: 'section',
    messages: {
      none: 'Service "{{service}}" has no memory or CPU limit: one runaway container can starve the host.',
      noMemory: 'Service "{{service}}" has no memory limit (deploy.resources.limits.memory or mem_limit).',
      noCpu: 'Service "{{service}}" has no CPU limit (deploy.resources.limits.cpus or cpus).',
    },
  },
  check(ctx) {
    for (const service of ctx.tree.services) {
      if (!service.node) continue;
      const limits = deployLimits(service.view);
      const memory = service.view.has('mem_limit') || Boolean(limits?.has('memory'));
      const cpu = service.view.has('cpus') || service.view.has('cpu_quota') || Boolean(limits?.has('cpus'));
      if (memory && cpu) continue;
      const messageId = !memory && !cpu ? 'none' : !memory ? 'noMemory' : 'noCpu';
      ctx.report({ span: spanOf(service.keyNode), messageId, data: { service: service.name } });
    }
  },
});
