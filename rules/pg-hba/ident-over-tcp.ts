import { defineRule } from '../../server/engine/define-rule';
import type { Fix } from '../../server/engine/types';
import type { HbaRecord, PgHbaFile } from '../../server/formats/postgresql/hba-model';
import type { SourceFile } from '../../server/engine/source';
import { scramFix } from './aligned-edit';
import { addressText, admitsPublicClients, isRemote, rolesText } from './scope';

/** Options ident accepts that scram-sha-256 does not: the server rejects the line after the swap. */
const IDENT_ONLY_OPTIONS = ['map'];

function identFixes(source: SourceFile, record: HbaRecord): Fix[] {
  // A user name map says which client identities may act as which roles; a password method cannot carry it.
  if (record.options.some((o) => IDENT_ONLY_OPTIONS.includes(o.name))) return [];
  return [scramFix(source, record, 'clients must authenticate with a password; users without one are locked out', false)];
}

export default defineRule<PgHbaFile>({
  format: 'pg-hba',
  meta: {
    id: 'pg-hba/ident-over-tcp',
    description: 'Network records should not use ident: it believes the user name that an ident server on the client machine reports.',
    checklist: ['postgres-access-control.strong-database-passwords', 'postgres-access-control.ip-based-access-restrictions'],
    severity: 'warning',
    fixable: true,
    messages: {
      ident: '"ident" believes the user name reported by the client machine\'s ident server: whoever controls a client from {{address}}, or answers its ident queries, connects as {{users}} without a password.',
    },
  },
  check(ctx) {
    for (const record of ctx.tree.records) {
      // On local records the server uses peer instead; loopback asks the server's own ident server.
      if (record.method.text !== 'ident' || !isRemote(record)) continue;
      ctx.report({
        span: record.method.span,
        messageId: 'ident',
        severity: admitsPublicClients(record.address) ? 'error' : 'warning',
        data: { address: addressText(record.address!), users: rolesText(record) },
        fixes: identFixes(ctx.source, record),
      });
    }
  },
});
