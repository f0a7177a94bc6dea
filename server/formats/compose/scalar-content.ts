/**
 * Where the characters of a scalar's value sit in the source. Rules that
 * report or fix a part of a value (a password inside a URL, the host part of
 * a port) need offsets for that part; this is only exact when the value is
 * written verbatim (plain or quoted, without escapes or line folding). Block
 * scalars (`|`, `>`) are reported on their value, never on their header.
 */
import { isScalar, Scalar, type Node } from 'yaml';
import type { SourceFile } from '../../engine/source';
import type { Span } from '../../engine/types';

export interface ScalarContent {
  /** The scalar's value as a string. */
  text: string;
  /** Offset in the source of the value's first character, when written verbatim (never for block scalars). */
  contentStart: number | undefined;
  /** Where the value is written: quotes included; for a block scalar, without its header line and trailing line breaks. */
  span: Span;
  /**
   * Block scalars: the first written line, which the value keeps as written
   * after `lead` characters of extra indentation (when it does).
   */
  firstLine?: { start: number; lead: number; length: number };
}

export function scalarContent(source: SourceFile, node: Node | null | undefined): ScalarContent | undefined {
  if (!node || !isScalar(node) || !node.range) return undefined;
  const v = node.value;
  if (v === null || v === undefined) return undefined;
  const text = typeof v === 'string' ? v : String(v);
  const [start, end] = node.range;
  if (isBlockScalar(node)) return blockContent(source, text, start, end);
  const raw = source.text.slice(start, end);
  let contentStart: number | undefined;
  if (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) {
    if (raw.slice(1, -1) === text) contentStart = start + 1;
  } else if (node.type === Scalar.PLAIN && raw === text) {
    contentStart = start;
  }
  return { text, contentStart, span: { start, end } };
}

function isBlockScalar(node: Scalar): boolean {
  return node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL;
}

/** From the first character after the header line to the last one before the trailing line breaks. */
function blockContent(source: SourceFile, text: string, start: number, end: number): ScalarContent {
  const raw = source.text.slice(start, end);
  const header = raw.indexOf('\n');
  const body = header < 0 ? '' : raw.slice(header);
  const first = body.search(/\S/);
  // An empty block scalar: nothing to point at but the header.
  if (first < 0) return { text, contentStart: undefined, span: { start, end } };
  const span = { start: start + header + first, end: start + header + body.trimEnd().length };
  const content: ScalarContent = { text, contentStart: undefined, span };
  const lead = /^[ \t]*/.exec(text)![0].length;
  const line = source.text.slice(span.start, span.end).split(/\r?\n/, 1)[0]!.trimEnd();
  if (text.slice(lead, lead + line.length) === line) content.firstLine = { start: span.start, lead, length: line.length };
  return content;
}

/**
 * The source span of `text.slice(from, to)`: its exact characters when the
 * value maps to them one to one (plain, quoted without escapes, or the first
 * line of a block scalar), else the scalar's whole written value.
 */
export function partSpan(content: ScalarContent, from: number, to: number): Span {
  if (content.contentStart !== undefined) return { start: content.contentStart + from, end: content.contentStart + to };
  const line = content.firstLine;
  if (line && from >= line.lead && to <= line.lead + line.length) return { start: line.start + from - line.lead, end: line.start + to - line.lead };
  return content.span;
}

/** Whether the whole value maps to the source one to one, so an edit may replace just a part of it. */
export function isVerbatim(content: ScalarContent): boolean {
  return content.contentStart !== undefined;
}

/** Where a node's value is written (see `ScalarContent.span`); a collection's own range otherwise. */
export function writtenValueSpan(source: SourceFile, node: Node): Span {
  const content = scalarContent(source, node);
  if (content) return content.span;
  return node.range ? { start: node.range[0], end: node.range[1] } : { start: 0, end: 0 };
}

/** Where the first occurrence of `part` in a scalar's value is written; the whole written value when it is absent or empty. */
export function scalarPartSpan(source: SourceFile, node: Node, part: string): Span {
  const content = scalarContent(source, node);
  if (!content) return writtenValueSpan(source, node);
  const at = part === '' ? -1 : content.text.indexOf(part);
  return at < 0 ? content.span : partSpan(content, at, at + part.length);
}
