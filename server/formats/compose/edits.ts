/**
 * Minimal text edits on compose YAML that keep the file's indentation, quoting
 * and line endings. The yaml library's re-serialisation is never used.
 */
import { isMap, isScalar, isSeq, Scalar, type Node, type Pair, type YAMLMap } from 'yaml';
import type { SourceFile } from '../../engine/source';
import type { TextEdit } from '../../engine/types';
import { deleteLine, insertLinesAfter, minimalEdit } from '../../engine/edits';
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

/** Narrow an edit to the characters that actually change. */
export function narrowEdit(source: SourceFile, edit: TextEdit): TextEdit {
  const inner = minimalEdit(source.text.slice(edit.start, edit.end), edit.newText);
  return { start: edit.start + inner.start, end: edit.start + inner.end, newText: inner.newText };
}

/** Whether a plain scalar holding `value` would read back as the same string. */
function plainIsSafe(value: string, inFlow: boolean): boolean {
  if (value === '' || /^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(value) || /\s$/.test(value)) return false;
  if (/: |:$| #|[\r\n\t]/.test(value)) return false;
  if (inFlow && /[[\]{},]/.test(value)) return false;
  return !/^(true|false|yes|no|on|off|null|~|[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+)$/i.test(value);
}

/**
 * Replace a scalar's value with a string, keeping its quote style; a plain
 * scalar is double-quoted only when the new value could not stay plain.
 * The edit is narrowed to the changed characters.
 */
export function replaceScalarKeepingStyle(source: SourceFile, node: Scalar, value: string, inFlow = false): TextEdit {
  const wasPlain = node.type !== Scalar.QUOTE_DOUBLE && node.type !== Scalar.QUOTE_SINGLE;
  // A string must stay a string; a boolean or number may be replaced by another one.
  const retypes = typeof node.value === 'string' && !plainIsSafe(value, inFlow);
  const unsafe = inFlow ? /[[\]{},]|: | #/.test(value) : /: | #/.test(value);
  if (wasPlain && (node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL || retypes || unsafe)) {
    const [start, rangeEnd] = node.range ?? [0, 0];
    // A block scalar's range runs over the line breaks after its text: keep them, or the next key
    // would be glued onto the quoted replacement's line.
    let end = rangeEnd;
    while (end > start && /[\r\n \t]/.test(source.text[end - 1]!)) end--;
    return narrowEdit(source, { start, end, newText: JSON.stringify(value) });
  }
  return narrowEdit(source, replaceScalar(source, node, value));
}

/** Whether the file indents block sequences under their key (`key:\n  - x`) rather than compactly (`key:\n- x`). */
export function indentsSequences(source: SourceFile): boolean {
  for (let l = 0; l + 1 < source.lineCount; l++) {
    const key = /^([ \t]*)[^\s#-][^#]*:[ \t]*(#.*)?$/.exec(source.lineText(l));
    if (!key) continue;
    const next = /^([ \t]*)- /.exec(source.lineText(l + 1));
    if (next) return next[1]!.length > key[1]!.length;
  }
  return true;
}

/**
 * Add `key:` with a list of items to a mapping: a block list in the file's
 * own style, or `key: [a, b]` in a flow mapping.
 */
export function insertKeyWithList(source: SourceFile, map: YAMLMap, key: string, items: string[]): TextEdit {
  if (map.flow) return insertIntoMap(source, map, [`${key}: [${items.join(', ')}]`]);
  const indent = indentsSequences(source) ? detectIndentStep(source) : '';
  return insertIntoMap(source, map, [`${key}:`, ...items.map((i) => `${indent}- ${i}`)]);
}

/** A value to insert: a scalar as written, or nested `key: value` pairs. */
export type NestedValue = string | [string, NestedValue][];

function flowText(value: NestedValue): string {
  return typeof value === 'string' ? value : `{${value.map(([k, v]) => `${k}: ${flowText(v)}`).join(', ')}}`;
}

function blockLines(key: string, value: NestedValue, indent: string, step: string): string[] {
  if (typeof value === 'string') return [`${indent}${key}: ${value}`];
  return [`${indent}${key}:`, ...value.flatMap(([k, v]) => blockLines(k, v, indent + step, step))];
}

/** Add `key:` with nested pairs to a mapping, as block lines in the file's indentation or `key: {a: b}` in a flow mapping. */
export function insertKeyWithMap(source: SourceFile, map: YAMLMap, key: string, pairs: [string, NestedValue][]): TextEdit {
  if (map.flow) return insertIntoMap(source, map, [`${key}: ${flowText(pairs)}`]);
  return insertIntoMap(source, map, blockLines(key, pairs, '', detectIndentStep(source)));
}
