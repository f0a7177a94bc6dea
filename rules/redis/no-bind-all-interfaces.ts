import { defineRule } from '../../server/engine/define-rule';
import type { RedisConfig } from '../../server/formats/redis/ast';
import { reportIssues, subjectOf } from './lib/conf-edits';
import { checkBind } from './lib/exposure';

export default defineRule<RedisConfig>({
  format: 'redis',
  meta: {
    id: 'redis/no-bind-all-interfaces',
    description: 'Redis should listen only on the addresses its clients use, not on every interface (`bind *`, `0.0.0.0`, `::`, or no `bind` at all).',
    checklist: [
      'redis-access-control.ip-binding-restrictions',
      'redis-access-control.network-isolation',
      'network-segmentation.redis-access-restricted-to-application',
    ],
    severity: 'warning',
    fixable: true,
    messages: {
      allInterfaces: 'bind {{addresses}} listens on every network interface; bind to loopback or to the private address clients use.',
      missing: 'No bind directive: Redis listens on every interface ({{addresses}}); bind to loopback or to the private address clients use.',
    },
    options: {
      reportMissing: { default: true, description: 'Also report a config without bind (Redis then binds "* -::*").' },
    },
  },
  check(ctx) {
    reportIssues(ctx, checkBind(subjectOf(ctx), { reportMissing: ctx.options['reportMissing'] !== false }));
  },
});
