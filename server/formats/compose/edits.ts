/**
 * Minimal text edits on compose YAML that keep the file's indentation, quoting
 * and line endings. The yaml library's re-serialisation is never used.
 */
import { isMap, isScalar, isSeq, Scalar, type Node, type Pair, type YAMLMap } from 'yaml';
import type { SourceFile } from '../../engine/source';
import type { TextEdit } from '../../engine/types';
import { deleteLine, insertLinesAfter } from '../../engine/edits';
import type { Service } from './model';

/** Last offset of real content inside a node (ignores trailing blank lines and comments). */
function contentEnd(source: SourceFile, node: Node): number {
  let end = node.range ? node.range[1] : 0;
  while (end > 0 && /\s/.test(source.text[end - 1]!)) end--;
  return end;
}

/** The indentation of a block mapping's keys, and the file's indentation step. */
export function blockIndent(source: SourceFile, map: YAMLMap): { keyIndent: string; step: string } {
  const first = map.items[0] as Pair | undefined;
  const keyStart = (first?.key as Node | undefined)?.range?.[0] ?? map.range?.[0] ?? 0;
  const line = source.lineOf(keyStart);
  const col = keyStart - source.lineStart(line);
  const keyIndent = source.text.slice(source.lineStart(line), keyStart);
  const step = detectIndentStep(source);
  return { keyIndent: /^[ \t]*$/.test(keyIndent) ? keyIndent : ' '.repeat(col), step };
}

/** The indentation step the file uses (spaces), from the first indented line. */
export function detectIndentStep(source: SourceFile): string {
  for (let l = 0; l < source.lineCount; l++) {
    const text = source.lineText(l);
    if (/^\s*(#|$)/.test(text)) continue;
    const m = /^( +)\S/.exec(text);
    if (m) return m[1]!.length >= 2 && m[1]!.length <= 8 ? m[1]! : '  ';
  }
  return '  ';
}

/**
 * Insert `key: value` lines (already relative to the mapping's key column; nested
 * lines use `step` from detectIndentStep) at the end of a block mapping, or as
 * `, key: value` before the `}` of a flow mapping.
 */
export function insertIntoMap(source: SourceFile, map: YAMLMap, lines: string[]): TextEdit {
  if (map.flow) {
    const end = map.range ? map.range[1] : 0;
    let close = end - 1;
    while (close > 0 && source.text[close] !== '}') close--;
    const inline = lines.map((l) => l.trim()).join(', ');
    const before = source.text.slice(map.range![0] + 1, close).trim();
    const prefix = before.length ? ', ' : '';
    let at = close;
    while (at > 0 && source.text[at - 1] === ' ') at--;
    return { start: at, end: at, newText: `${prefix}${inline}` };
  }
  const { keyIndent } = blockIndent(source, map);
  const lastLine = source.lineOf(contentEnd(source, map));
  return insertLinesAfter(source, lastLine, lines.map((l) => keyIndent + l));
}

/** Insert lines into a service's mapping (see insertIntoMap). */
export function insertIntoService(source: SourceFile, service: Service, lines: string[]): TextEdit | undefined {
  return service.node ? insertIntoMap(source, service.node, lines) : undefined;
}

/** Replace a scalar's value keeping its quote style. */
export function replaceScalar(source: SourceFile, node: Node, value: string): TextEdit {
  const [start, end] = node.range ?? [0, 0];
  const type = isScalar(node) ? node.type : undefined;
  const quote = type === Scalar.QUOTE_DOUBLE ? '"' : type === Scalar.QUOTE_SINGLE ? "'" : '';
  const escaped = quote === "'" ? value.replace(/'/g, "''") : quote === '"' ? value.replace(/["\\]/g, '\\$&') : value;
  void source;
  return { start, end, newText: `${quote}${escaped}${quote}` };
}

/**
 * Remove a `key: value` pair of a block mapping: its lines from the key to the
 * end of its value. Undefined when the pair is in a flow mapping or shares a line.
 */
export function removePair(source: SourceFile, pair: Pair): TextEdit | undefined {
  const key = pair.key as Node | undefined;
  const value = pair.value as Node | undefined;
  if (!key?.range) return undefined;
  const firstLine = source.lineOf(key.range[0]);
  const lastLine = source.lineOf(value?.range ? contentEnd(source, value) : key.range[1]);
  const before = source.text.slice(source.lineStart(firstLine), key.range[0]);
  if (!/^[ \t]*$/.test(before)) return undefined;
  if (firstLine === lastLine) return deleteLine(source, firstLine);
  return { start: source.lineStart(firstLine), end: source.lineEndWithTerminator(lastLine), newText: '' };
}

/** Append an item to a block or flow sequence, keeping the style of its existing items. */
export function appendToSeq(source: SourceFile, seq: Node, item: string): TextEdit | undefined {
  if (!isSeq(seq)) return undefined;
  if (seq.flow) {
    const end = seq.range![1];
    let close = end - 1;
    while (close > 0 && source.text[close] !== ']') close--;
    let at = close;
    while (at > 0 && source.text[at - 1] === ' ') at--;
    const empty = seq.items.length === 0;
    return { start: at, end: at, newText: empty ? item : `, ${item}` };
  }
  const last = seq.items[seq.items.length - 1] as Node | undefined;
  if (!last?.range) return undefined;
  const lastLine = source.lineOf(contentEnd(source, last));
  const firstLine = source.lineOf(last.range[0]);
  const dashIndent = /^([ \t]*)- /.exec(source.lineText(firstLine));
  if (!dashIndent) return undefined;
  return insertLinesAfter(source, lastLine, [`${dashIndent[1]}- ${item}`]);
}

export { isMap };
