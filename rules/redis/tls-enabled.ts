import { defineRule } from '../../server/engine/define-rule';
import type { RedisConfig } from '../../server/formats/redis/ast';
import { reportIssues, subjectOf } from './lib/conf-edits';
import { checkTlsEnabled } from './lib/tls';

export default defineRule<RedisConfig>({
  format: 'redis',
  meta: {
    id: 'redis/tls-enabled',
    description: 'Clients should reach Redis over TLS (`tls-port` with tls-cert-file/tls-key-file), so passwords and data do not cross the network in clear text.',
    checklist: ['redis-access-control.tls-encryption-enabled', 'encryption.data-in-transit-encryption'],
    severity: 'information',
    fixable: false,
    messages: {
      missing: 'TLS is off (no tls-port): passwords and data travel in clear text.',
      disabled: 'tls-port 0 turns TLS off: passwords and data travel in clear text.',
    },
    options: {
      required: { default: false, description: 'Report as a warning instead of information (for instances reached over untrusted networks).' },
    },
  },
  check(ctx) {
    const issues = checkTlsEnabled(subjectOf(ctx));
    reportIssues(ctx, ctx.options['required'] === true ? issues.map((i) => ({ ...i, severity: 'warning' as const })) : issues);
  },
});
