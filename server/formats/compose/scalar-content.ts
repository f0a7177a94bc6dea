/**
 * Where the characters of a scalar's value sit in the source. Rules that
 * report or fix a part of a value (a password inside a URL, the host part of
 * a port) need offsets for that part; this is only exact when the value is
 * written verbatim (plain or quoted, without escapes or line folding).
 */
import { isScalar, Scalar, type Node } from 'yaml';
import type { SourceFile } from '../../engine/source';
import type { Span } from '../../engine/types';

export interface ScalarContent {
  /** The scalar's value as a string. */
  text: string;
  /** Offset in the source of the value's first character, when written verbatim. */
  contentStart: number | undefined;
  /** The whole scalar as written, quotes included. */
  span: Span;
}

export function scalarContent(source: SourceFile, node: Node | null | undefined): ScalarContent | undefined {
  if (!node || !isScalar(node) || !node.range) return undefined;
  const v = node.value;
  if (v === null || v === undefined) return undefined;
  const text = typeof v === 'string' ? v : String(v);
  const [start, end] = node.range;
  const raw = source.text.slice(start, end);
  let contentStart: number | undefined;
  if (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) {
    if (raw.slice(1, -1) === text) contentStart = start + 1;
  } else if (node.type === Scalar.PLAIN && raw === text) {
    contentStart = start;
  }
  return { text, contentStart, span: { start, end } };
}

/** The source span of `text.slice(from, to)`, or the whole scalar when the value is not verbatim. */
export function partSpan(content: ScalarContent, from: number, to: number): Span {
  if (content.contentStart === undefined) return content.span;
  return { start: content.contentStart + from, end: content.contentStart + to };
}

/** Whether `partSpan` gives the exact part (so an edit may replace just that part). */
export function isVerbatim(content: ScalarContent): boolean {
  return content.contentStart !== undefined;
}
