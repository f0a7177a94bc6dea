import { defineRule } from '../../server/engine/define-rule';
import type { HbaRecord, PgHbaFile } from '../../server/formats/postgresql/hba-model';
import { addressSpan, addressText } from './scope';

/** Replication should come from a few standby hosts: an IPv4 range wider than /24 (IPv6 /64) is too wide. */
function isWide(record: HbaRecord): boolean {
  const a = record.address;
  if (!a) return false;
  if (a.kind === 'all' || a.kind === 'samenet') return true;
  if (a.kind === 'hostname') return a.token.text.startsWith('.');
  if (a.kind === 'cidr') return a.range.prefix < (a.range.family === 4 ? 24 : 64);
  return false;
}

export default defineRule<PgHbaFile>({
  format: 'pg-hba',
  meta: {
    id: 'pg-hba/replication-wide',
    description: 'Replication connections (which can copy the whole cluster) should be admitted only from the standby hosts, not from wide address ranges.',
    checklist: ['postgres-access-control.ip-based-access-restrictions', 'postgres-access-control.database-user-principle-of-least'],
    severity: 'error',
    fixable: false,
    messages: {
      wide: 'Replication is admitted from {{address}}: anyone there with the role\'s credentials can copy the whole cluster; list the standby hosts.',
    },
  },
  check(ctx) {
    for (const record of ctx.tree.records) {
      if (record.method.text === 'reject' || !isWide(record)) continue;
      if (!record.database.items.some((t) => !t.quoted && t.text === 'replication')) continue;
      ctx.report({ span: addressSpan(record.address!), messageId: 'wide', data: { address: addressText(record.address!) } });
    }
  },
});
