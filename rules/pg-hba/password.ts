import { defineRule } from '../../server/engine/define-rule';
import type { PgHbaFile } from '../../server/formats/postgresql/hba-model';
import { scramFix } from './aligned-edit';

export default defineRule<PgHbaFile>({
  format: 'pg-hba',
  meta: {
    id: 'pg-hba/password',
    description: 'The password method sends the password in clear text; use scram-sha-256.',
    checklist: ['postgres-access-control.strong-database-passwords', 'encryption.data-in-transit-encryption'],
    severity: 'error',
    fixable: true,
    messages: {
      cleartext: '"password" sends the password in clear text{{where}}; use scram-sha-256.',
    },
  },
  check(ctx) {
    for (const record of ctx.tree.records) {
      if (record.method.text !== 'password') continue;
      ctx.report({
        span: record.method.span,
        messageId: 'cleartext',
        data: { where: record.type === 'hostssl' ? ' (inside TLS, but the server sees and can log it)' : '' },
        // Users whose passwords are stored as md5 hashes could no longer log in: offered, not applied by --fix.
        fixes: [scramFix(ctx.source, record, 'passwords must be stored as SCRAM hashes and clients need SCRAM support', false)],
      });
    }
  },
});
