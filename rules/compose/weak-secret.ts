import { defineRule } from '../../server/engine/define-rule';
import { environmentOf, type EnvVar } from '../../server/formats/compose/environment';
import { hasInterpolation, wholeValueDefault } from '../../server/formats/compose/interpolation';
import { isKnownWeakSecret, isSecretName, isSigningSecretName, secretBits, urlPassword } from '../../server/formats/compose/secrets';
import { placeItems, sharedSuffix } from '../../server/formats/compose/services';
import type { ComposeFile } from '../../server/formats/compose/model';

interface Weak {
  variable: EnvVar;
  messageId: 'knownDefault' | 'short' | 'urlDefault';
  bits?: number;
}

/** The value a variable gets when nothing is set: the literal, or the default of `${VAR:-default}`. */
function effectiveValue(value: string): string | undefined {
  if (!hasInterpolation(value)) return value;
  return wholeValueDefault(value);
}

export default defineRule<ComposeFile>({
  format: 'compose',
  meta: {
    id: 'compose/weak-secret',
    description: 'Secrets (also as `${VAR:-default}` defaults) must not be well-known defaults, and token/session signing keys need at least 256 bits.',
    checklist: [
      'jwt-security.strong-jwt-secrets-256-bits',
      'postgres-access-control.strong-database-passwords',
      'redis-access-control.strong-redis-password',
      'password-security.strong-password-requirements',
    ],
    severity: 'error',
    fixable: false,
    scope: 'section',
    messages: {
      knownDefault: '{{name}} uses the well-known value "{{value}}"{{affects}}; generate a random one.',
      urlDefault: 'The connection URL in {{name}} uses the well-known password "{{value}}"{{affects}}.',
      short: '{{name}} is a signing secret of about {{bits}} bits, below {{min}}{{affects}}; use e.g. `openssl rand -base64 32`.',
    },
    options: {
      minSecretBits: { default: 256, description: 'Minimum estimated strength of JWT/session/signing secrets, in bits.' },
    },
  },
  check(ctx) {
    const min = Number(ctx.options['minSecretBits']) || 256;
    const { doc } = ctx.tree;
    const placed = placeItems(
      ctx.tree,
      (service) => {
        const out: Weak[] = [];
        for (const v of environmentOf(ctx.source, doc, service)) {
          if (v.value === undefined || !v.valueSpan) continue;
          const value = effectiveValue(v.value);
          if (value === undefined || value.trim() === '') continue;
          if (isSecretName(v.name)) {
            if (isKnownWeakSecret(value)) out.push({ variable: v, messageId: 'knownDefault' });
            else if (isSigningSecretName(v.name) && secretBits(value) < min) out.push({ variable: v, messageId: 'short', bits: secretBits(value) });
            continue;
          }
          const pw = urlPassword(value);
          if (pw && isKnownWeakSecret(value.slice(pw.start, pw.end))) out.push({ variable: v, messageId: 'urlDefault' });
        }
        return out;
      },
      (w) => ({ node: w.variable.place, offset: w.variable.valueSpan!.start }),
    );
    for (const p of placed) {
      const { variable, messageId, bits } = p.item;
      const value = effectiveValue(variable.value!)!;
      const pw = messageId === 'urlDefault' ? urlPassword(value) : undefined;
      ctx.report({
        span: variable.valueSpan!,
        messageId,
        data: {
          name: variable.name,
          value: pw ? value.slice(pw.start, pw.end) : value.trim(),
          bits: bits ?? 0,
          min,
          affects: sharedSuffix(p),
        },
      });
    }
  },
});
