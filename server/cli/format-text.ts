/**
 * Human output: one line per finding, grouped by file,
 *   path:line:col  severity  message  rule-id  [checklist item title; …]
 * (1-based line and column), then a summary.
 */
import { findItem, plainTitle } from '../../rules/checklist';
import type { Severity } from '../engine/types';
import { totals, type FileReport, type RunReport } from './report';

export interface Style {
  severity(severity: Severity, text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const ANSI = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const SEVERITY_COLOR: Record<Severity, (text: string) => string> = {
  error: ANSI(31, 39),
  warning: ANSI(33, 39),
  information: ANSI(36, 39),
  hint: ANSI(90, 39),
};

export const PLAIN: Style = { severity: (_s, t) => t, dim: (t) => t, bold: (t) => t };
export const COLOR: Style = {
  severity: (s, t) => SEVERITY_COLOR[s](t),
  dim: ANSI(2, 22),
  bold: ANSI(1, 22),
};

/** Plain titles of checklist items; two items worded alike in different groups are shown once. */
export function checklistTitles(ids: readonly string[]): string[] {
  const titles = ids.map((id) => {
    const found = findItem(id);
    return found ? plainTitle(found.item.title) : id;
  });
  return [...new Set(titles)];
}

function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}

function fileLines(file: FileReport, style: Style): string[] {
  if (file.skipped) return [`${file.displayPath}  ${style.dim(`skipped: ${file.skipped}`)}`];
  const source = file.source;
  return file.findings.map((f) => {
    const pos = source ? source.positionAt(f.span.start) : { line: 0, character: 0 };
    const titles = checklistTitles(f.checklist);
    const parts = [
      `${file.displayPath}:${pos.line + 1}:${pos.character + 1}`,
      style.severity(f.severity, f.severity),
      f.message,
      style.dim(f.ruleId),
    ];
    if (titles.length > 0) parts.push(style.dim(`[${titles.join('; ')}]`));
    return parts.join('  ');
  });
}

export function summaryLines(report: RunReport, style: Style, mode: 'lint' | 'fix' | 'dry-run'): string[] {
  const t = totals(report);
  const lines: string[] = [];
  if (mode === 'fix' && t.fixesApplied > 0) {
    lines.push(`Applied ${plural(t.fixesApplied, 'fix', 'fixes')} in ${plural(report.files.filter((f) => f.fixesApplied > 0).length, 'file')}.`);
  }
  if (mode === 'dry-run') {
    const changed = report.files.filter((f) => f.diff).length;
    lines.push(`Would apply ${plural(t.fixesApplied, 'fix', 'fixes')} in ${plural(changed, 'file')}; nothing was changed.`);
  }
  const left = mode === 'lint' ? '' : ' remaining';
  if (t.problems === 0) {
    lines.push(`No${left} problems in ${plural(t.filesChecked, 'file')} checked.`);
  } else {
    const counts = [
      plural(t.bySeverity.error, 'error'),
      plural(t.bySeverity.warning, 'warning'),
      plural(t.bySeverity.information, 'info'),
    ];
    if (t.bySeverity.hint > 0) counts.push(plural(t.bySeverity.hint, 'hint'));
    const head = `${plural(t.problems, 'problem')}${left} (${counts.join(', ')}) in ${plural(t.filesWithProblems, 'file')}`;
    lines.push(style.bold(head));
    if (t.fixable > 0 && mode === 'lint') {
      lines.push(`${plural(t.fixable, 'problem')} ${t.fixable === 1 ? 'is' : 'are'} fixable with --fix.`);
    }
  }
  if (t.filesSkipped > 0) lines.push(`${plural(t.filesSkipped, 'file')} skipped.`);
  return lines;
}

export function formatText(report: RunReport, style: Style, mode: 'lint' | 'fix' | 'dry-run'): string {
  const blocks: string[] = [];
  if (mode === 'dry-run') {
    const diffs = report.files.map((f) => f.diff).filter((d): d is string => !!d);
    if (diffs.length > 0) blocks.push(diffs.join(''));
  }
  for (const file of report.files) {
    const lines = fileLines(file, style);
    if (lines.length > 0) blocks.push(lines.join('\n') + '\n');
  }
  blocks.push(summaryLines(report, style, mode).join('\n') + '\n');
  return blocks.join('\n');
}
