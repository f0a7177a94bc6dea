/**
 * The properties every document must satisfy after linting and fixing, shared
 * by the property tests: ranges inside the text, idempotent fixing, no new
 * parse errors, and no lost comments, untargeted lines or final newline.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits } from '../../server/engine/edits';
import { fixAll, preferredFix } from '../../server/engine/fix-all';
import { PARSE_ERROR_RULE, type Linter } from '../../server/engine/linter';
import { SourceFile } from '../../server/engine/source';
import type { FormatId, Span, TextEdit } from '../../server/engine/types';

export interface Target {
  path: string;
  format: FormatId;
}

function assertInside(span: Span, length: number, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: offsets are not integers`);
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= length, `${what}: [${span.start}, ${span.end}) outside 0..${length}`);
}

/** Every object with numeric start/end below a tree lies inside the text (parent links are followed once). */
export function assertTreeSpansInside(tree: unknown, length: number): void {
  const seen = new Set<object>();
  const stack: unknown[] = [tree];
  while (stack.length) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    const rec = node as Record<string, unknown>;
    if (typeof rec.start === 'number' && typeof rec.end === 'number') assertInside(rec as unknown as Span, length, 'tree node span');
    for (const value of Object.values(rec)) if (typeof value === 'object' && value !== null) stack.push(value);
  }
}

const LINE_BREAK = /\r\n|\r|\n/;
const commentLines = (s: string) => s.split(LINE_BREAK).map((l) => l.trim()).filter((l) => l.startsWith('#'));

function countLines(lines: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l, (counts.get(l) ?? 0) + 1);
  return counts;
}

/** Lines an edit reads or writes: from the line of its start to the line of its last replaced character. */
function touchedLines(source: SourceFile, edit: TextEdit): [number, number] {
  const first = source.lineOf(edit.start);
  const last = edit.end > edit.start ? source.lineOf(edit.end - 1) : first;
  // An edit that ends on a line terminator also joins the next line.
  const next = edit.end > edit.start && /[\r\n]/.test(source.text[edit.end - 1] ?? '') ? last + 1 : last;
  return [first, next];
}

/** Applying one fix alone keeps every line none of its edits touches. */
export function assertKeepsUntargetedLines(text: string, edits: readonly TextEdit[], rule: string): void {
  const source = new SourceFile(text);
  const touched = new Set<number>();
  for (const e of edits) {
    const [a, b] = touchedLines(source, e);
    for (let l = a; l <= b; l++) touched.add(l);
  }
  const after = countLines(applyEdits(text, edits).split(LINE_BREAK));
  for (let line = 0; line < source.lineCount; line++) {
    if (touched.has(line)) continue;
    const content = source.lineText(line);
    const n = after.get(content) ?? 0;
    assert.ok(n > 0, `${rule}: its fix removed line ${line + 1} ("${content.slice(0, 80)}") which it did not target`);
    after.set(content, n - 1);
  }
}

export interface PipelineCheck {
  /** Check at most this many single fixes for untargeted-line loss (fixes on big files are many). */
  maxSingleFixes?: number;
}

/** Lint, fix everything, and check every property. Throws an assertion error naming the property. */
export function checkPipeline(linter: Linter, target: Target, text: string, check: PipelineCheck = {}): void {
  const options = { path: target.path, format: target.format };
  const result = linter.lintText(text, options);
  for (const f of result.findings) {
    assertInside(f.span, text.length, `${f.ruleId} span`);
    for (const fix of f.fixes) for (const e of fix.edits) assertInside(e, text.length, `${f.ruleId} fix edit`);
    for (const r of f.related) if (r.path === undefined || r.path === target.path) assertInside(r.span, text.length, `${f.ruleId} related span`);
  }
  if (result.skipped) return;

  let singles = 0;
  for (const f of result.findings) {
    const fix = preferredFix(f);
    if (!fix || singles++ >= (check.maxSingleFixes ?? 20)) continue;
    assertKeepsUntargetedLines(text, fix.edits, f.ruleId);
  }

  const fixed = fixAll(linter, text, options);
  assert.equal(fixAll(linter, fixed.text, options).text, fixed.text, 'fixing twice changed the text');
  if (!result.findings.some((f) => f.ruleId === PARSE_ERROR_RULE)) {
    const after = linter.lintText(fixed.text, options).findings.filter((f) => f.ruleId === PARSE_ERROR_RULE);
    assert.deepEqual(after.map((f) => f.message), [], 'a fix introduced a parse error');
  }
  const remaining = countLines(commentLines(fixed.text));
  for (const l of commentLines(text)) {
    const n = remaining.get(l) ?? 0;
    assert.ok(n > 0, `a fix removed the comment line "${l}"`);
    remaining.set(l, n - 1);
  }
  if (/[\r\n]$/.test(text)) assert.match(fixed.text, /[\r\n]$/, 'a fix removed the final newline');
}

export interface Mutation {
  kind: 'delete' | 'insert' | 'duplicate';
  at: number;
  length?: number;
  text?: string;
}

/** Characters that matter to at least one of the formats' syntaxes. */
export const SYNTAX_UNITS = [' ', '\t', '\n', '\r\n', '\r', '#', ':', '-', ';', '{', '}', '"', "'", '\\', '[', ']', '&', '*', '<<', '$', '${', '|', '>', '!', ',', 'a', '0', '=', 'é', '\u{1F600}', '\ufeff', '\u0000'];

/** A random edit of a text: delete, duplicate or insert at random places. */
export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 40 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ unit: fc.constantFrom(...SYNTAX_UNITS), maxLength: 12 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat({ max: 200 }) }),
);

export function mutate(text: string, mutations: readonly Mutation[]): string {
  let t = text;
  for (const m of mutations) {
    const at = t.length ? m.at % (t.length + 1) : 0;
    if (m.kind === 'delete') t = t.slice(0, at) + t.slice(at + (m.length ?? 0));
    else if (m.kind === 'insert') t = t.slice(0, at) + (m.text ?? '') + t.slice(at);
    else t = t.slice(0, at) + t.slice(at, at + (m.length ?? 0)) + t.slice(at);
  }
  return t;
}
