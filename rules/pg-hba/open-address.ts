import { defineRule } from '../../server/engine/define-rule';
import type { PgHbaFile } from '../../server/formats/postgresql/hba-model';
import { isWideAddress } from '../postgresql/shared/hba-scope';
import { addressSpan, addressText } from './scope';

export default defineRule<PgHbaFile>({
  format: 'pg-hba',
  meta: {
    id: 'pg-hba/open-address',
    description: 'Records should admit specific client networks, not every address (all, 0.0.0.0/0, ::/0).',
    checklist: ['postgres-access-control.ip-based-access-restrictions', 'postgres-access-control.database-firewall-rules'],
    severity: 'warning',
    fixable: false,
    messages: {
      open: '{{address}} admits clients from any address; list the networks that need access.',
    },
  },
  check(ctx) {
    for (const record of ctx.tree.records) {
      if (record.method.text === 'reject' || !isWideAddress(record.address)) continue;
      ctx.report({ span: addressSpan(record.address!), messageId: 'open', data: { address: addressText(record.address!) } });
    }
  },
});
