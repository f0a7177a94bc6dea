import { defineRule } from '../../server/engine/define-rule';
import { deleteLine } from '../../server/engine/edits';
import type { PgHbaFile } from '../../server/formats/postgresql/hba-model';
import { recordCovers } from './scope';

export default defineRule<PgHbaFile>({
  format: 'pg-hba',
  meta: {
    id: 'pg-hba/shadowed-record',
    description: 'Records are tried in order and the first match decides; a record whose connections an earlier record already matches never applies.',
    checklist: ['postgres-access-control.ip-based-access-restrictions'],
    severity: 'warning',
    fixable: true,
    messages: {
      shadowed: 'This record never applies: line {{line}} already matches every connection it would (the first matching record decides).',
    },
  },
  check(ctx) {
    const records = ctx.tree.records;
    records.forEach((record, i) => {
      const earlier = records.slice(0, i).find((a) => recordCovers(a, record));
      if (!earlier) return;
      const lines = Array.from({ length: record.endLine - record.line + 1 }, (_, k) => record.line + k);
      const start = ctx.source.lineStart(record.line);
      const end = ctx.source.lineEndWithTerminator(record.endLine);
      const single = deleteLine(ctx.source, record.line);
      ctx.report({
        span: record.span,
        messageId: 'shadowed',
        data: { line: earlier.line + 1 },
        related: [{ span: earlier.span, message: 'The earlier record that matches first.' }],
        fixes: [{
          title: 'Remove the record that never applies',
          edits: [lines.length === 1 ? single : { start, end, newText: '' }],
        }],
      });
    });
  },
});
