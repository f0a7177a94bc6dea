import { defineRule } from '../../server/engine/define-rule';
import type { RedisConfig } from '../../server/formats/redis/ast';
import { reportIssues, subjectOf } from './lib/conf-edits';
import { checkTlsClientAuth } from './lib/tls';

export default defineRule<RedisConfig>({
  format: 'redis',
  meta: {
    id: 'redis/tls-client-auth',
    description: 'With TLS on, tls-auth-clients no lets any client connect without a certificate; keep the default (yes) where clients can hold certificates.',
    checklist: ['redis-access-control.tls-encryption-enabled', 'encryption.data-in-transit-encryption'],
    severity: 'information',
    fixable: true,
    messages: {
      disabled: 'tls-auth-clients no: clients connect without a certificate, so only the password authenticates them.',
      optional: 'tls-auth-clients optional: a client certificate is checked only when one is sent.',
    },
    options: {
      reportOptional: { default: false, description: 'Also report tls-auth-clients optional.' },
    },
  },
  check(ctx) {
    reportIssues(ctx, checkTlsClientAuth(subjectOf(ctx), { reportOptional: ctx.options['reportOptional'] === true }));
  },
});
