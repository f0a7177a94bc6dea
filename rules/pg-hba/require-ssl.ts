import { defineRule } from '../../server/engine/define-rule';
import type { PgHbaFile } from '../../server/formats/postgresql/hba-model';
import { replaceWordAligned } from './aligned-edit';
import { addressText, isRemote } from './scope';
import { sslOnBeside } from './server-settings';

export default defineRule<PgHbaFile>({
  format: 'pg-hba',
  meta: {
    id: 'pg-hba/require-ssl',
    description: 'Records for clients on other machines should be hostssl, so the connection must use TLS.',
    checklist: ['postgres-access-control.connection-encryption-ssl-tls', 'encryption.data-in-transit-encryption'],
    severity: 'warning',
    fixable: true,
    messages: {
      plain: '"{{type}}" admits clients from {{address}} without TLS; use hostssl.',
      nossl: '"hostnossl" admits clients from {{address}} only without TLS; use hostssl.',
    },
  },
  check(ctx) {
    // A hostssl record matches nothing while ssl is off: every client of the line would be refused.
    // The server's postgresql.conf is read only when a record needs the answer.
    let sslOn: boolean | undefined;
    for (const record of ctx.tree.records) {
      if (!['host', 'hostnossl', 'hostnogssenc'].includes(record.type) || record.method.text === 'reject' || !isRemote(record)) continue;
      sslOn ??= sslOnBeside(ctx.path, ctx.host) === true;
      ctx.report({
        span: record.typeToken.span,
        messageId: record.type === 'hostnossl' ? 'nossl' : 'plain',
        data: { type: record.type, address: addressText(record.address!) },
        fixes: [{
          title: sslOn
            ? 'Change to hostssl (changes runtime behaviour: clients must connect with TLS)'
            : 'Change to hostssl (changes runtime behaviour: clients must connect with TLS; the server needs ssl = on, or the record matches no connection)',
          isPreferred: sslOn,
          changesBehavior: true,
          edits: [replaceWordAligned(ctx.source, record.typeToken.span, 'hostssl')],
        }],
      });
    }
  },
});
