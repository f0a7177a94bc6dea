/**
 * Hover over a finding: the checklist items it violates, each linked to its
 * line in the shipped checklist. Diagnostics do not carry them by default:
 * the same few titles repeated on every diagnostic made up almost half of
 * what a large file publishes on each keystroke, so they are given on demand.
 */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import type { Analysis } from './analysis';
import { toRange } from './convert';
import type { Resources } from './resources';

/** Characters that would start markdown syntax inside a link text. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`);
}

function itemLink(resources: Resources, itemId: string): string {
  const title = escapeMarkdown(resources.checklistTitle(itemId));
  const location = resources.checklistLocation(itemId);
  // VS Code opens `file:///…#L<line>` at that line; other editors open the file.
  return location ? `[${title}](${location.uri}#L${location.range.start.line + 1})` : title;
}

/** The checklist items of the findings under `position`, or undefined when there are none. */
export function checklistHover(analysis: Analysis, position: Position, resources: Resources): Hover | undefined {
  const offset = analysis.source.offsetAt(position);
  const lines: string[] = [];
  let first: { start: number; end: number } | undefined;
  const seen = new Set<string>();
  for (const finding of analysis.findings) {
    const { start, end } = finding.span;
    // Findings are sorted by start: none further on can cover the position.
    if (start > offset) break;
    // A zero-width finding (at a line start) is hovered on its own position.
    if (offset < start || offset > end || (offset === end && end > start) || finding.checklist.length === 0) continue;
    const key = `${finding.ruleId}\u0000${finding.checklist.join(',')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    first ??= finding.span;
    lines.push(`\`${finding.ruleId}\` checklist: ${finding.checklist.map((id) => itemLink(resources, id)).join('; ')}`);
  }
  if (!first) return undefined;
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n\n') }, range: toRange(analysis.source, first) };
}
