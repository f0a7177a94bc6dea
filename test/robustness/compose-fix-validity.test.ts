/**
 * Compose fixes must keep a file that Docker Compose accepts: every fixed
 * output of every compose rule's table test, and the whole compose corpus after
 * fix-all, is checked with Debian's docker-compose (1.29) config loader — the
 * checks of `docker-compose config -q`, run without a Docker engine. The check
 * is differential: a file whose original compose already rejects (an env_file
 * that does not exist here, a key newer than 1.29) proves nothing either way.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLinter } from '../../server/default-linter';
import { fixAll } from '../../server/engine/fix-all';
import type { Rule } from '../../server/engine/types';
import * as ruleTester from '../harness/rule-tester';
import { repoPath } from '../harness/paths';
import { loadSamples } from './corpus-samples';

const CHECKER = repoPath('test', 'robustness', 'compose-config-check.py');
const INSTALL = 'docker-compose is required for this test: run scripts/install-system-deps.sh (Debian package docker-compose)';

/** Null for a valid file, else compose's message; one python process for all files. */
function composeConfigCheck(paths: string[], placeholderImage = false): (string | null)[] {
  const result = spawnSync('/usr/bin/python3', [CHECKER, ...(placeholderImage ? ['--placeholder-image'] : [])], { input: JSON.stringify(paths), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(result.status, 0, `${INSTALL}\n${result.stderr}`);
  return JSON.parse(result.stdout) as (string | null)[];
}

interface TableCase {
  name: string;
  code: string;
  output: string;
}

/** The compose rules' table cases, read by loading their compiled tests with testRule swapped for a collector. */
function composeTableCases(): TableCase[] {
  const out: TableCase[] = [];
  const dir = join(__dirname, '..', 'rules', 'compose');
  const tester = ruleTester as { testRule: typeof ruleTester.testRule };
  const original = tester.testRule;
  tester.testRule = (rule: Rule, cases) => {
    cases.invalid.forEach((c, i) => {
      if (typeof c.output === 'string') out.push({ name: `${rule.meta.id} invalid #${i + 1}${c.name ? `: ${c.name}` : ''}`, code: c.code, output: c.output });
    });
  };
  try {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.test.js'))) require(join(dir, file));
  } finally {
    tester.testRule = original;
  }
  return out;
}

describe('compose fixes pass docker-compose config', () => {
  let work: string;
  let n = 0;
  before(() => {
    work = mkdtempSync(join(tmpdir(), 'hardenlint-compose-valid-'));
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  /** Each text in its own folder as docker-compose.yml, so relative paths stay apart. */
  function place(text: string): string {
    const dir = join(work, String(n++));
    mkdirSync(dir);
    const path = join(dir, 'docker-compose.yml');
    writeFileSync(path, text);
    return path;
  }

  function assertDifferential(pairs: { name: string; before: string; after: string }[], placeholderImage = false): number {
    const paths = pairs.flatMap((p) => [place(p.before), place(p.after)]);
    const results = composeConfigCheck(paths, placeholderImage);
    const failures: string[] = [];
    let compared = 0;
    pairs.forEach((p, i) => {
      const [before, afterFix] = [results[2 * i], results[2 * i + 1]];
      if (before !== null) return;
      compared++;
      if (afterFix !== null) failures.push(`${p.name}: ${afterFix}`);
    });
    assert.deepEqual(failures, []);
    return compared;
  }

  it('rejects a file compose does not accept (the check can fail)', () => {
    const [bad, good] = composeConfigCheck([place('services:\n  web:\n    image: nginx\n    bogus: 1\n'), place('services:\n  web:\n    image: nginx\n')]);
    assert.match(bad ?? '', /bogus/);
    assert.equal(good, null);
  });

  it('every fixed output of the compose rule tables', () => {
    const cases = composeTableCases();
    assert.ok(cases.length > 30, `only ${cases.length} compose table cases found`);
    // Table fixtures often leave out the image: the checker supplies one.
    const compared = assertDifferential(cases.map((c) => ({ name: c.name, before: c.code, after: c.output })), true);
    assert.ok(compared > cases.length / 2, `compose accepted only ${compared} of ${cases.length} originals`);
  });

  it('the compose corpus after fix-all', () => {
    const linter = createLinter();
    const samples = loadSamples(linter).filter((s) => s.format === 'compose');
    const pairs = samples.map((s) => ({ name: s.name, before: s.text, after: fixAll(linter, s.text, { path: s.path, format: 'compose' }).text }));
    assert.ok(pairs.some((p) => p.after !== p.before), 'fix-all changed nothing');
    const compared = assertDifferential(pairs);
    assert.ok(compared > samples.length / 2, `compose accepted only ${compared} of ${samples.length} originals`);
  });
});
