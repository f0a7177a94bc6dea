import { defineRule } from '../../server/engine/define-rule';
import type { PgConfFile } from '../../server/formats/postgresql/conf-model';
import { findParam, PARAM_TABLE_MAJOR } from '../../server/formats/postgresql/params';
import { invalidReason, parseBool } from '../../server/formats/postgresql/values';

export default defineRule<PgConfFile>({
  format: 'postgresql',
  meta: {
    id: 'postgresql/invalid-value',
    description: `Values must be valid for their parameter (booleans, numbers with units in range, enum values) as PostgreSQL ${PARAM_TABLE_MAJOR} reads them: the server refuses to start otherwise.`,
    checklist: ['postgres-configuration-security.default-database-configurations-changed'],
    severity: 'error',
    fixable: false,
    messages: {
      invalid: 'Invalid value for {{name}}: {{reason}}. The server refuses to start with this file.',
    },
  },
  check(ctx) {
    for (const setting of ctx.tree.entries) {
      const param = setting.include ? undefined : findParam(setting.key);
      if (!param || !param.settable) continue;
      // postgresql/password-encryption reports the old boolean spellings, with a fix: one finding, not two.
      if (param.name === 'password_encryption' && parseBool(setting.value.text.trim().toLowerCase()) !== undefined) continue;
      const reason = invalidReason(param, setting.value.text);
      if (reason) ctx.report({ span: setting.value.span, messageId: 'invalid', data: { name: param.name, reason } });
    }
  },
});
