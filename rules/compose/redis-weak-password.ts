import { defineRule } from '../../server/engine/define-rule';
import type { ComposeFile } from '../../server/formats/compose/model';
import { hasInterpolation } from '../../server/formats/compose/interpolation';
import { checkPasswords } from '../redis/lib/auth';
import { redisServices, reportComposeIssues } from '../redis/lib/compose-redis';
import { DEFAULT_POLICY } from '../redis/lib/password';

export default defineRule<ComposeFile>({
  format: 'compose',
  meta: {
    id: 'compose/redis-weak-password',
    description: 'A password passed to redis-server on the command line (--requirepass, --masterauth, --user … >password) must be a long random string, and is better passed in from a variable.',
    checklist: ['redis-access-control.strong-redis-password', 'password-security.strong-password-requirements'],
    severity: 'warning',
    fixable: false,
    messages: {
      weak: 'Service "{{service}}": weak password in {{where}}: it {{reason}}{{literal}}.',
    },
    options: {
      minLength: { default: DEFAULT_POLICY.minLength, description: 'Shortest acceptable password.' },
      minDistinctCharacters: { default: DEFAULT_POLICY.minDistinctCharacters, description: 'Fewest distinct characters an acceptable password uses.' },
    },
  },
  check(ctx) {
    const policy = { minLength: Number(ctx.options['minLength']), minDistinctCharacters: Number(ctx.options['minDistinctCharacters']) };
    for (const r of redisServices(ctx.tree, ctx.source, ctx.path, ctx.host)) {
      // The arguments reach redis-server without a shell (compose splits a string command itself), so after
      // interpolation `$$` is a plain `$`: `$${REDIS_PASSWORD}` is the literal password `${REDIS_PASSWORD}`.
      // `${VAR}` and `$VAR` are filled in from the environment by compose: not judged. In `sh -c "…"`
      // the shell expands what `$$` leaves (`$REDIS_PASSWORD`) at run time: not judged either.
      const isOpaque = r.viaShell ? (v: string) => hasInterpolation(v) || /[$`]/.test(v) : hasInterpolation;
      const issues = checkPasswords(r.subject, { policy, isOpaque, received: unescapeDollars })
        // A generated password would be a new secret in the compose file: no fix here.
        .map((i) => ({ ...i, fixes: [], data: { ...i.data, literal: literalNote(String(i.data['written']), String(i.data['received'])) } }));
      reportComposeIssues(ctx, r.service, issues);
    }
  },
});

/** The text after compose interpolation of a value without references: each `$$` is one `$`. */
function unescapeDollars(written: string): string {
  return written.replace(/\$\$/g, () => '$');
}

/** Says what redis-server receives when the value as written holds `$$` escapes. */
function literalNote(written: string, received: string): string {
  if (written === received) return '';
  return `; "${written}" reaches redis-server as the literal text "${received}" ($$ is an escaped $ in compose files, and no shell runs this command to expand it)`;
}
