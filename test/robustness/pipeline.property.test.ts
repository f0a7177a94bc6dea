/**
 * Property tests over the whole lint-and-fix pipeline, for every format, on
 * real configs and random mutations of them: nothing throws, ranges stay inside
 * the document, fixing is idempotent, fixes never introduce a parse error and
 * never remove a comment line, a line they did not target or the final newline.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createLinter } from '../../server/default-linter';
import type { FormatId } from '../../server/engine/types';
import { headLines, loadSamples, type Sample } from './corpus-samples';
import { checkPipeline, mutate, mutationArb } from './properties';

const linter = createLinter();
const samples = loadSamples(linter);
// Mutation runs re-lint a file about ten times; heads of the big files keep a run in milliseconds.
const mutationSamples = samples.map((s) => headLines(s, 150));

function named(sample: Sample, fn: () => void): void {
  try {
    fn();
  } catch (e) {
    throw new Error(`${sample.name}: ${(e as Error).message}`);
  }
}

describe('lint-and-fix pipeline properties', () => {
  it('finds samples of every format', () => {
    const formats = new Set(samples.map((s) => s.format));
    for (const f of linter.formats) assert.ok(formats.has(f.id), `no sample of format ${f.id}`);
    assert.ok(samples.filter((s) => s.format === 'compose').length > 50, 'the compose corpus was not picked up');
  });

  it('holds on every real config as it is', () => {
    for (const s of samples) named(s, () => checkPipeline(linter, s, s.text));
  });

  it('holds on every real config with CRLF line endings', () => {
    for (const s of mutationSamples) named(s, () => checkPipeline(linter, s, s.text.replace(/\r?\n/g, '\r\n'), { maxSingleFixes: 5 }));
  });

  it('holds on random mutations of real configs', () => {
    fc.assert(
      fc.property(fc.nat({ max: mutationSamples.length - 1 }), fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (i, muts) => {
        const s = mutationSamples[i]!;
        named(s, () => checkPipeline(linter, s, mutate(s.text, muts), { maxSingleFixes: 8 }));
      }),
      { numRuns: 300, seed: 20261203 },
    );
  });

  it('holds on random text in every format', () => {
    const targets: { path: string; format: FormatId }[] = [
      { path: '/w/docker-compose.yml', format: 'compose' },
      { path: '/w/nginx/nginx.conf', format: 'nginx' },
      { path: '/w/nginx/conf.d/site.conf', format: 'nginx' },
      { path: '/w/postgresql.conf', format: 'postgresql' },
      { path: '/w/pg_hba.conf', format: 'pg-hba' },
      { path: '/w/redis.conf', format: 'redis' },
    ];
    fc.assert(
      fc.property(fc.constantFrom(...targets), fc.string({ maxLength: 400 }), (target, text) => {
        checkPipeline(linter, target, text);
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});
