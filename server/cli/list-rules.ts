/** `--list-rules`: every rule with its default severity, whether it can fix, and its checklist items. */
import { findItem } from '../../rules/checklist';
import type { Linter } from '../engine/linter';
import { checklistTitles } from './format-text';

export function listRules(linter: Linter, format: 'text' | 'json' | 'sarif'): string {
  const rules = [...linter.rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
  if (format !== 'text') {
    const data = rules.map((r) => ({
      id: r.meta.id,
      severity: r.meta.severity,
      fixable: r.meta.fixable,
      description: r.meta.description,
      checklist: r.meta.checklist.map((id) => ({ id, title: findItem(id)?.item.title ?? id })),
    }));
    return JSON.stringify(data, null, 2) + '\n';
  }
  const idWidth = Math.max(4, ...rules.map((r) => r.meta.id.length));
  const header = `${'rule'.padEnd(idWidth)}  ${'severity'.padEnd(11)}  ${'fixable'.padEnd(7)}  checklist`;
  const lines = rules.map(
    (r) =>
      `${r.meta.id.padEnd(idWidth)}  ${r.meta.severity.padEnd(11)}  ${(r.meta.fixable ? 'yes' : 'no').padEnd(7)}  ${checklistTitles(r.meta.checklist).join('; ')}`,
  );
  return [header, ...lines, `${rules.length} rules`].join('\n') + '\n';
}
