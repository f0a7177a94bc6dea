/**
 * Helpers for building minimal text edits that keep the file's own line
 * endings, and for applying edits.
 */
import type { Fix, Span, TextEdit } from './types';
import type { SourceFile } from './source';

export function replaceSpan(span: Span, newText: string): TextEdit {
  return { start: span.start, end: span.end, newText };
}

/** Insert whole lines after `line`, using the document's line ending. */
export function insertLinesAfter(source: SourceFile, line: number, lines: string[]): TextEdit {
  const eol = source.eol;
  const terminator = source.terminatorOf(line);
  if (terminator) {
    const at = source.lineEndWithTerminator(line);
    return { start: at, end: at, newText: lines.map((l) => l + eol).join('') };
  }
  // The empty line after a final newline: add whole lines and keep the final newline.
  if (line > 0 && source.lineStart(line) === source.text.length) return { start: source.text.length, end: source.text.length, newText: lines.map((l) => l + eol).join('') };
  // Last line without a terminator: keep the file without a final newline.
  const at = source.lineEnd(line);
  return { start: at, end: at, newText: lines.map((l) => eol + l).join('') };
}

/** Insert whole lines before `line`. */
export function insertLinesBefore(source: SourceFile, line: number, lines: string[]): TextEdit {
  const at = source.lineStart(line);
  return { start: at, end: at, newText: lines.map((l) => l + source.eol).join('') };
}

/** Delete a whole line, terminator included. */
export function deleteLine(source: SourceFile, line: number): TextEdit {
  const start = source.lineStart(line);
  let end = source.lineEndWithTerminator(line);
  if (end === source.text.length && !source.terminatorOf(line) && line > 0) {
    // Last line without terminator: remove the previous terminator instead.
    return { start: source.lineEnd(line - 1), end, newText: '' };
  }
  return { start, end, newText: '' };
}

function sameEdit(a: TextEdit, b: TextEdit): boolean {
  return a.start === b.start && a.end === b.end && a.newText === b.newText;
}

/** Two edits conflict when their ranges intersect, or both insert at one point. */
export function editsOverlap(a: TextEdit, b: TextEdit): boolean {
  if (sameEdit(a, b)) return false;
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return a.start > b.start && a.start < b.end;
  if (b.start === b.end) return b.start > a.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/** Apply non-overlapping edits to a text. Throws on overlap: callers must filter first. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let cursor = 0;
  let previous: TextEdit | undefined;
  for (const e of sorted) {
    if (previous && sameEdit(previous, e)) continue;
    previous = e;
    if (e.start < cursor) throw new Error(`overlapping edits at offset ${e.start}`);
    out += text.slice(cursor, e.start) + e.newText;
    cursor = e.end;
  }
  return out + text.slice(cursor);
}

/**
 * Choose fixes whose edits do not overlap any already chosen, in order.
 * Returns the chosen fixes and the flattened edits.
 */
export function selectNonOverlapping(fixes: readonly Fix[]): { chosen: Fix[]; edits: TextEdit[] } {
  const chosen: Fix[] = [];
  const edits: TextEdit[] = [];
  for (const fix of fixes) {
    if (fix.edits.some((e) => edits.some((o) => editsOverlap(e, o)))) continue;
    chosen.push(fix);
    edits.push(...fix.edits);
  }
  return { chosen, edits };
}

/** One edit that turns `before` into `after`, touching only what differs. */
export function minimalEdit(before: string, after: string): TextEdit {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  return { start, end: endBefore, newText: after.slice(start, endAfter) };
}
