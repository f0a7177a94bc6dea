import { defineRule } from '../../server/engine/define-rule';
import { environmentOf, type EnvVar } from '../../server/formats/compose/environment';
import { withDefaults } from '../../server/formats/compose/interpolation';
import { placeItems, sharedSuffix } from '../../server/formats/compose/services';
import type { ComposeFile } from '../../server/formats/compose/model';

const TRUTHY = /^(yes|true|1|on|y)$/i;

/** Why a variable switches authentication off, or undefined. */
export function authDisabledReason(name: string, value: string): string | undefined {
  const v = value.trim();
  const upper = name.toUpperCase();
  if (upper === 'POSTGRES_HOST_AUTH_METHOD' && v.toLowerCase() === 'trust') return 'PostgreSQL accepts every connection without a password';
  // The official MySQL/MariaDB entrypoints test these for being non-empty: even "no" enables them.
  if (/^(MYSQL|MARIADB)_ALLOW_EMPTY(_ROOT)?_PASSWORD$/.test(upper) && v !== '') return 'the database root account has an empty password';
  if (upper === 'ALLOW_EMPTY_PASSWORD' && TRUTHY.test(v)) return 'the service starts without a password';
  if (/^XPACK\.SECURITY\.ENABLED$/i.test(name) && /^false$/i.test(v)) return 'Elasticsearch runs without authentication';
  if (/^(PLUGINS_)?SECURITY_DISABLED$|^DISABLE_SECURITY_PLUGIN$/i.test(name) && TRUTHY.test(v)) return 'OpenSearch runs without authentication';
  return undefined;
}

export default defineRule<ComposeFile>({
  format: 'compose',
  meta: {
    id: 'compose/database-auth-disabled',
    description: 'Database images must not be told to skip authentication (POSTGRES_HOST_AUTH_METHOD=trust, ALLOW_EMPTY_PASSWORD=yes, MYSQL_ALLOW_EMPTY_PASSWORD, xpack.security.enabled=false).',
    checklist: ['redis-access-control.authentication-enabled', 'postgres-access-control.strong-database-passwords'],
    severity: 'error',
    fixable: false,
    scope: 'section',
    messages: {
      disabled: '{{name}}={{value}}: {{reason}}{{affects}}.',
    },
  },
  check(ctx) {
    const { doc } = ctx.tree;
    const placed = placeItems(
      ctx.tree,
      (service) =>
        environmentOf(ctx.source, doc, service).filter((v) => {
          const value = v.value === undefined ? undefined : withDefaults(v.value);
          return value !== undefined && v.valueSpan !== undefined && authDisabledReason(v.name, value) !== undefined;
        }),
      (v: EnvVar) => ({ node: v.place, offset: v.valueSpan!.start }),
    );
    for (const p of placed) {
      const v = p.item;
      const value = withDefaults(v.value!)!;
      ctx.report({
        span: { start: v.nameSpan.start, end: v.valueSpan!.end },
        messageId: 'disabled',
        data: { name: v.name, value: value.trim(), reason: authDisabledReason(v.name, value)!, affects: sharedSuffix(p) },
      });
    }
  },
});
