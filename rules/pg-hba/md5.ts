import { defineRule } from '../../server/engine/define-rule';
import type { PgHbaFile } from '../../server/formats/postgresql/hba-model';
import { scramFix } from './aligned-edit';

export default defineRule<PgHbaFile>({
  format: 'pg-hba',
  meta: {
    id: 'pg-hba/md5',
    description: 'The md5 method accepts MD5 password hashes, which can be replayed when stolen; use scram-sha-256.',
    checklist: ['postgres-access-control.strong-database-passwords'],
    severity: 'warning',
    fixable: true,
    messages: {
      md5: '"md5" accepts MD5-hashed passwords, whose stored hash is enough to log in; use scram-sha-256.',
    },
  },
  check(ctx) {
    for (const record of ctx.tree.records) {
      if (record.method.text !== 'md5') continue;
      ctx.report({
        span: record.method.span,
        messageId: 'md5',
        // Users whose passwords are stored as md5 hashes could no longer log in: offered, not applied by --fix.
        fixes: [scramFix(ctx.source, record, 'users whose passwords are still md5 hashes must reset them as SCRAM', false)],
      });
    }
  },
});
