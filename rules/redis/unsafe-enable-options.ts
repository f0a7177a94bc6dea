import { defineRule } from '../../server/engine/define-rule';
import type { RedisConfig } from '../../server/formats/redis/ast';
import { checkEnableSwitches } from './lib/commands';
import { reportIssues, subjectOf } from './lib/conf-edits';

export default defineRule<RedisConfig>({
  format: 'redis',
  meta: {
    id: 'redis/unsafe-enable-options',
    description: 'enable-debug-command, enable-module-command and enable-protected-configs should stay "no": DEBUG, MODULE LOAD and CONFIG SET dir/dbfilename are classic ways from Redis access to code execution.',
    checklist: ['redis-access-control.command-renaming-disabling'],
    severity: 'warning',
    fixable: true,
    messages: {
      enabled: '{{name}} yes lets every client with access use {{what}}.',
      local: '{{name}} local lets local clients use {{what}}.',
    },
  },
  check(ctx) {
    reportIssues(ctx, checkEnableSwitches(subjectOf(ctx)));
  },
});
