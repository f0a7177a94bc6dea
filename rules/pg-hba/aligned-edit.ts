/**
 * Replace one word of a column-aligned pg_hba.conf line so the next column
 * stays where it was: a longer word takes spaces from the gap after it, a
 * shorter one gives them back (a trailing comment counts as a column).
 * Single-space and tab gaps are left alone.
 */
import type { SourceFile } from '../../server/engine/source';
import type { Fix, Span, TextEdit } from '../../server/engine/types';
import type { HbaRecord } from '../../server/formats/postgresql/hba-model';

export function replaceWordAligned(source: SourceFile, span: Span, word: string): TextEdit {
  const text = source.text;
  const delta = word.length - (span.end - span.start);
  let gapEnd = span.end;
  while (text[gapEnd] === ' ') gapEnd++;
  const gap = gapEnd - span.end;
  const nextColumn = gapEnd < text.length && !/[\t\r\n]/.test(text[gapEnd]!);
  if (gap >= 2 && nextColumn) {
    if (delta > 0) return { start: span.start, end: span.end + Math.min(delta, gap - 1), newText: word };
    if (delta < 0) return { start: span.start, end: span.end, newText: word + ' '.repeat(-delta) };
  }
  return { start: span.start, end: span.end, newText: word };
}

/** The record's method replaced by scram-sha-256, columns kept aligned; what it changes goes in the title. */
export function scramFix(source: SourceFile, record: HbaRecord, consequence: string, preferred: boolean): Fix {
  return {
    title: `Use scram-sha-256 (changes runtime behaviour: ${consequence})`,
    ...(preferred ? { isPreferred: true } : {}),
    changesBehavior: true,
    edits: [replaceWordAligned(source, record.method.span, 'scram-sha-256')],
  };
}
