import { defineRule } from '../../server/engine/define-rule';
import type { RedisConfig } from '../../server/formats/redis/ast';
import { reportIssues, subjectOf } from './lib/conf-edits';
import { checkPlaintextPort } from './lib/tls';

export default defineRule<RedisConfig>({
  format: 'redis',
  meta: {
    id: 'redis/tls-plaintext-port',
    description: 'With TLS on, the plaintext port should be closed (`port 0`), or clients can still connect without encryption.',
    checklist: ['redis-access-control.tls-encryption-enabled', 'encryption.data-in-transit-encryption'],
    severity: 'warning',
    fixable: true,
    messages: {
      plaintextOpen: 'TLS is on but the plaintext port {{port}} is still open; set port 0.',
      plaintextDefault: 'TLS is on but no port directive: the plaintext port {{port}} (the default) is still open; add port 0.',
    },
  },
  check(ctx) {
    reportIssues(ctx, checkPlaintextPort(subjectOf(ctx)));
  },
});
