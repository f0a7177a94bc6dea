import { defineRule } from '../../server/engine/define-rule';
import type { ComposeFile } from '../../server/formats/compose/model';
import { environmentWords, postgresServices } from '../postgresql/shared/compose-postgres';

const WEAK = new Set(['trust', 'md5', 'password']);

export default defineRule<ComposeFile>({
  format: 'compose',
  meta: {
    id: 'compose/postgres-initdb-auth',
    description: 'POSTGRES_INITDB_ARGS must not make initdb write a pg_hba.conf that trusts network clients or accepts md5/cleartext passwords (--auth, --auth-host, -A).',
    checklist: ['postgres-access-control.strong-database-passwords', 'postgres-access-control.ip-based-access-restrictions'],
    severity: 'warning',
    fixable: true,
    scope: 'section',
    messages: {
      trust: '{{option}}trust makes initdb write a pg_hba.conf that lets network clients connect as any user without a password.',
      weak: '{{option}}{{method}} makes initdb write a pg_hba.conf with {{method}} authentication; use scram-sha-256.',
    },
  },
  check(ctx) {
    for (const service of postgresServices(ctx.tree)) {
      const words = environmentWords(ctx.source, service, 'POSTGRES_INITDB_ARGS');
      words.forEach((word, i) => {
        let option: string | undefined;
        let method: string;
        let methodOffset: number;
        let span = word.span;
        const eq = /^(--auth(?:-host)?=|-A)(.*)$/.exec(word.text);
        if (word.text === '-A' || word.text === '--auth' || word.text === '--auth-host') {
          const next = words[i + 1];
          if (!next) return;
          option = `${word.text} `;
          method = next.text;
          methodOffset = 0;
          span = word.span && next.span ? { start: word.span.start, end: next.span.end } : undefined;
          word = next;
        } else if (eq) {
          option = eq[1]!;
          method = eq[2]!;
          methodOffset = option.length;
        } else return;
        if (!WEAK.has(method)) return;
        const methodSpan = word.span ? { start: word.span.start + methodOffset, end: word.span.end } : undefined;
        ctx.report({
          span: span ?? word.node,
          messageId: method === 'trust' ? 'trust' : 'weak',
          severity: method === 'trust' ? 'error' : 'warning',
          data: { option, method },
          fixes: methodSpan
            ? [{
                title: 'Use scram-sha-256 (changes runtime behaviour for a new data directory: clients must authenticate with a password)',
                isPreferred: true,
                changesBehavior: true,
                edits: [{ ...methodSpan, newText: 'scram-sha-256' }],
              }]
            : [],
        });
      });
    }
  },
});
