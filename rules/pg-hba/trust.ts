import { defineRule } from '../../server/engine/define-rule';
import type { PgHbaFile } from '../../server/formats/postgresql/hba-model';
import { replaceWordAligned, scramFix } from './aligned-edit';
import { addressText, rolesText } from './scope';

export default defineRule<PgHbaFile>({
  format: 'pg-hba',
  meta: {
    id: 'pg-hba/trust',
    description: 'No record should use the trust method: it lets anyone who matches the record connect as any user it names, without a password.',
    checklist: ['postgres-access-control.strong-database-passwords', 'postgres-access-control.ip-based-access-restrictions'],
    severity: 'error',
    fixable: true,
    messages: {
      network: '"trust" lets any client from {{address}} connect as {{users}} without a password.',
      local: '"trust" lets every local user of this machine connect as {{users}} without a password.',
    },
  },
  check(ctx) {
    for (const record of ctx.tree.records) {
      if (record.method.text !== 'trust') continue;
      const users = rolesText(record);
      if (record.type === 'local') {
        ctx.report({
          span: record.method.span,
          messageId: 'local',
          severity: 'warning',
          data: { users },
          fixes: [{
            title: 'Use peer (changes runtime behaviour: local clients must connect as the database user named like their OS user)',
            isPreferred: true,
            changesBehavior: true,
            edits: [replaceWordAligned(ctx.source, record.method.span, 'peer')],
          }],
        });
        continue;
      }
      ctx.report({
        span: record.method.span,
        messageId: 'network',
        data: { address: record.address ? addressText(record.address) : 'the network', users },
        fixes: [scramFix(ctx.source, record, 'clients must authenticate with a password', true)],
      });
    }
  },
});
