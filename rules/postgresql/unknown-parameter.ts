import { defineRule } from '../../server/engine/define-rule';
import type { PgConfFile } from '../../server/formats/postgresql/conf-model';
import { findParam, isCustomParamName, PARAM_TABLE_MAJOR } from '../../server/formats/postgresql/params';
import { closestParam } from './shared/suggest-name';

export default defineRule<PgConfFile>({
  format: 'postgresql',
  meta: {
    id: 'postgresql/unknown-parameter',
    description: `Every parameter must be one PostgreSQL ${PARAM_TABLE_MAJOR} knows and lets a configuration file set: the server refuses to start on an unknown or read-only one.`,
    checklist: ['postgres-configuration-security.default-database-configurations-changed'],
    severity: 'error',
    fixable: true,
    messages: {
      unknown: `Unknown parameter "{{name}}"{{hint}}: PostgreSQL ${PARAM_TABLE_MAJOR} refuses to start with it (and a misspelt security setting silently keeps its default).`,
      readOnly: 'Parameter "{{name}}" is read-only: the server refuses to start when a configuration file sets it.',
    },
  },
  check(ctx) {
    for (const setting of ctx.tree.entries) {
      if (setting.include || isCustomParamName(setting.key)) continue;
      const param = findParam(setting.key);
      if (param && param.settable) continue;
      if (param) {
        ctx.report({ span: setting.name.span, messageId: 'readOnly', data: { name: setting.name.raw } });
        continue;
      }
      const suggestion = closestParam(setting.key);
      ctx.report({
        span: setting.name.span,
        messageId: 'unknown',
        data: { name: setting.name.raw, hint: suggestion ? ` (did you mean "${suggestion}"?)` : '' },
        fixes: suggestion
          ? [{ title: `Rename to ${suggestion} (changes runtime behaviour: the setting takes effect)`, changesBehavior: true, edits: [{ ...setting.name.span, newText: suggestion }] }]
          : [],
      });
    }
  },
});
