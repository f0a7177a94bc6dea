import { defineRule } from '../../server/engine/define-rule';
import type { RedisConfig } from '../../server/formats/redis/ast';
import { reportIssues, subjectOf } from './lib/conf-edits';
import { checkTlsProtocols } from './lib/tls';

export default defineRule<RedisConfig>({
  format: 'redis',
  meta: {
    id: 'redis/tls-protocols',
    description: 'tls-protocols must not allow TLSv1 or TLSv1.1 (Redis defaults to "TLSv1.2 TLSv1.3").',
    checklist: ['ssl-tls-configuration.tls-1-2-only-tls', 'redis-access-control.tls-encryption-enabled', 'encryption.data-in-transit-encryption'],
    severity: 'warning',
    fixable: true,
    messages: {
      legacy: 'tls-protocols allows deprecated {{protocols}}; allow only TLSv1.2 and TLSv1.3.',
    },
  },
  check(ctx) {
    reportIssues(ctx, checkTlsProtocols(subjectOf(ctx)));
  },
});
