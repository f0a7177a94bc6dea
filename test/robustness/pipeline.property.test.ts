/**
 * Property tests over the whole lint-and-fix pipeline, for every format, on
 * real configs and random mutations of them: nothing throws, ranges stay inside
 * the document, fixing is idempotent, fixes never introduce a parse error and
 * never remove a comment line or the final newline.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createLinter } from '../../server/default-linter';
import { fixAll } from '../../server/engine/fix-all';
import { PARSE_ERROR_RULE } from '../../server/engine/linter';
import type { FormatId } from '../../server/engine/types';
import { loadSamples, type Sample } from './corpus-samples';

const linter = createLinter();
const samples = loadSamples(linter, 40);

function check(sample: Sample, text: string): void {
  const result = linter.lintText(text, { path: sample.path });
  for (const f of result.findings) {
    assert.ok(f.span.start >= 0 && f.span.start <= f.span.end && f.span.end <= text.length, `${f.ruleId} span out of range`);
    for (const fix of f.fixes)
      for (const e of fix.edits) assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, `${f.ruleId} fix edit out of range`);
  }
  const format = result.format as FormatId | undefined;
  if (!format) return;
  const options = { path: sample.path, format };
  const fixed = fixAll(linter, text, options);
  assert.equal(fixAll(linter, fixed.text, options).text, fixed.text, 'fixing twice changed the text');
  const hadParseError = result.findings.some((f) => f.ruleId === PARSE_ERROR_RULE);
  if (!hadParseError) {
    const after = linter.lintText(fixed.text, options).findings.filter((f) => f.ruleId === PARSE_ERROR_RULE);
    assert.deepEqual(after.map((f) => f.message), [], 'a fix introduced a parse error');
  }
  const commentLines = (s: string) => s.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.startsWith('#'));
  const remaining = new Map<string, number>();
  for (const l of commentLines(fixed.text)) remaining.set(l, (remaining.get(l) ?? 0) + 1);
  for (const l of commentLines(text)) {
    const n = remaining.get(l) ?? 0;
    assert.ok(n > 0, `a fix removed the comment line "${l}"`);
    remaining.set(l, n - 1);
  }
  if (/\n$/.test(text)) assert.match(fixed.text, /\n$/, 'a fix removed the final newline');
}

/** A random edit of a text: delete, duplicate or insert at random places. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 40 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r\n', '#', ':', '-', ';', '{', '}', '"', "'", '\\', '[', ']', '&', '*', '<<', '$', 'a', '0', '=', 'é', '\u0000'), maxLength: 12 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat({ max: 200 }) }),
);

function mutate(text: string, muts: { kind: string; at: number; length?: number; text?: string }[]): string {
  let t = text;
  for (const m of muts) {
    const at = t.length ? m.at % (t.length + 1) : 0;
    if (m.kind === 'delete') t = t.slice(0, at) + t.slice(at + (m.length ?? 0));
    else if (m.kind === 'insert') t = t.slice(0, at) + (m.text ?? '') + t.slice(at);
    else t = t.slice(0, at) + t.slice(at, at + (m.length ?? 0)) + t.slice(at);
  }
  return t;
}

describe('lint-and-fix pipeline properties', () => {
  it('finds samples of every format', () => {
    const formats = new Set(samples.map((s) => linter.detectFormat(s.path, s.text)?.id));
    for (const f of linter.formats) assert.ok(formats.has(f.id), `no sample of format ${f.id}`);
  });

  it('holds on every real config as it is', () => {
    for (const s of samples) {
      try {
        check(s, s.text);
      } catch (e) {
        throw new Error(`${s.name}: ${(e as Error).message}`);
      }
    }
  });

  it('holds on random mutations of real configs', () => {
    fc.assert(
      fc.property(fc.nat({ max: samples.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (i, muts) => {
        const s = samples[i]!;
        check(s, mutate(s.text, muts));
      }),
      { numRuns: 300, seed: 20261203 },
    );
  });

  it('holds on random text in every format', () => {
    const paths = ['/w/docker-compose.yml', '/w/nginx/nginx.conf', '/w/postgresql.conf', '/w/pg_hba.conf', '/w/redis.conf'];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.string({ maxLength: 400 }), (path, text) => {
        check({ path, name: path, text }, text);
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});
