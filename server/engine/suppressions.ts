/**
 * Inline suppressions written in config comments:
 *   # hardenlint-disable-next-line <rule-id>[, <rule-id>] [-- reason]
 *   # hardenlint-disable-line <rule-id>…
 *   # hardenlint-disable-file <rule-id>…
 * Without rule ids a directive applies to every rule.
 */
import type { SourceFile } from './source';
import type { Span } from './types';

export type DirectiveKind = 'next-line' | 'line' | 'file';

export interface Directive {
  kind: DirectiveKind;
  /** Empty: every rule. */
  ruleIds: string[];
  /** Line the directive silences (for 'file', -1). */
  targetLine: number;
  span: Span;
  /** Where each rule id is written, in the order of `ruleIds`. */
  ruleSpans: Span[];
}

const DIRECTIVE = /#\s*hardenlint-disable-(next-line|line|file)\b([^\r\n]*)/g;

export function parseDirectives(source: SourceFile): Directive[] {
  const out: Directive[] = [];
  if (!source.text.includes('hardenlint-disable')) return out;
  for (const m of source.text.matchAll(DIRECTIVE)) {
    const kind = m[1] as DirectiveKind;
    const list = (m[2] ?? '').split(/\s--\s|^--\s|\s--$/)[0] ?? '';
    const listStart = m.index! + m[0].length - (m[2] ?? '').length;
    const ruleIds: string[] = [];
    const ruleSpans: Span[] = [];
    for (const id of list.matchAll(/[^,\s]+/g)) {
      ruleIds.push(id[0]);
      ruleSpans.push({ start: listStart + id.index!, end: listStart + id.index! + id[0].length });
    }
    const line = source.lineOf(m.index!);
    out.push({
      kind,
      ruleIds,
      targetLine: kind === 'next-line' ? line + 1 : kind === 'line' ? line : -1,
      span: { start: m.index!, end: m.index! + m[0].length },
      ruleSpans,
    });
  }
  return out;
}

export function isSuppressed(directives: readonly Directive[], ruleId: string, line: number): boolean {
  return directives.some(
    (d) =>
      (d.kind === 'file' || d.targetLine === line) &&
      (d.ruleIds.length === 0 || d.ruleIds.includes(ruleId)),
  );
}
