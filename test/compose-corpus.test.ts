/**
 * The real-world compose files of the shared corpus: every file lints with
 * all compose rules without a parse error or a failing rule, every finding
 * lies inside its document, every offered fix keeps the file valid YAML, and
 * fix-all (preferred fixes) yields a file that still parses and is stable.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { Linter, PARSE_ERROR_RULE, RULE_FAILURE } from '../server/engine/linter';
import { fixAll } from '../server/engine/fix-all';
import { applyEdits, selectNonOverlapping } from '../server/engine/edits';
import { ALL_FORMATS } from '../server/formats';
import { composeRules } from '../rules/compose';
import { corpusPath } from './harness/paths';

const root = corpusPath('compose');
const linter = new Linter(ALL_FORMATS, composeRules);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

function yamlErrors(text: string): string[] {
  return parseDocument(text, { merge: true, uniqueKeys: true }).errors.map((e) => e.message.split('\n')[0]!);
}

describe('compose corpus', () => {
  it('is present', () => assert.ok(existsSync(root), `corpus not found at ${root}`));
  const files = existsSync(root) ? filesUnder(root).sort() : [];

  for (const file of files) {
    const name = relative(root, file);
    it(name, () => {
      const text = readFileSync(file, 'utf8');
      const options = { path: file, format: 'compose' as const };
      const { findings } = linter.lintText(text, options);
      const broken = findings.filter((f) => f.ruleId === PARSE_ERROR_RULE || f.ruleId === RULE_FAILURE);
      assert.deepEqual(broken.map((f) => `${f.ruleId}: ${f.message}`), []);
      assert.ok(findings.length > 0, 'no finding at all on a real file is suspicious');
      for (const f of findings) {
        assert.ok(f.span.start >= 0 && f.span.start <= f.span.end && f.span.end <= text.length, `${f.ruleId} range ${f.span.start}-${f.span.end} outside the document`);
        assert.ok(f.span.end > f.span.start, `${f.ruleId} reports an empty range`);
      }
      // Every offered fix, preferred or not: applied in non-overlapping batches (a few parses per file).
      let pending = findings.flatMap((f) => f.fixes.map((fix) => ({ ...fix, title: `${f.ruleId}: ${fix.title}` })));
      while (pending.length > 0) {
        const { chosen, edits } = selectNonOverlapping(pending);
        if (yamlErrors(applyEdits(text, edits)).length > 0) {
          const culprits = chosen.filter((fix) => yamlErrors(applyEdits(text, fix.edits)).length > 0).map((fix) => fix.title);
          assert.deepEqual(culprits, [], 'these fixes break the YAML');
          assert.fail('a combination of fixes breaks the YAML');
        }
        pending = pending.filter((fix) => !chosen.includes(fix));
      }
      const fixed = fixAll(linter, text, options);
      assert.deepEqual(yamlErrors(fixed.text), [], 'fix-all output does not parse');
      const after = linter.lintText(fixed.text, options).findings;
      assert.deepEqual(after.filter((f) => f.ruleId === PARSE_ERROR_RULE || f.ruleId === RULE_FAILURE).map((f) => f.message), []);
      assert.equal(fixAll(linter, fixed.text, options).text, fixed.text, 'fixing twice changed the text');
    });
  }
});

describe('compose rules on hostile input', () => {
  const options = { path: '/work/project/docker-compose.yml', format: 'compose' as const };

  it('an alias bomb is linted quickly, without expanding it', () => {
    const levels = ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    const text = `x-bomb:\n${levels.map((l) => `  ${l}`).join('\n')}\nservices:\n  web:\n    image: nginx:1.27\n    cap_add: *i\n    environment: *i\n    ports: *i\n    volumes: *i\n    command: *i\n`;
    const started = Date.now();
    const { findings } = linter.lintText(text, options);
    assert.deepEqual(findings.filter((f) => f.ruleId === RULE_FAILURE || f.ruleId === PARSE_ERROR_RULE).map((f) => f.message), []);
    assert.ok(findings.some((f) => f.ruleId === 'compose/no-new-privileges'), 'the service was not linted');
    assert.ok(Date.now() - started < 5000, 'linting an alias bomb took too long');
  });

  it('values of unexpected types make no rule fail', () => {
    const text = [
      'services:',
      '  a:',
      '    image: 5',
      '    user: [1]',
      '    ports: 8080',
      '    volumes: {a: b}',
      '    environment: "X=1"',
      '    cap_add: SYS_ADMIN',
      '    cap_drop: ALL',
      '    security_opt: no-new-privileges',
      '    logging: json-file',
      '    healthcheck: yes',
      '    networks: 5',
      '    env_file: {}',
      '    command: {a: 1}',
      '    restart: [always]',
      '    deploy: [1]',
      '  b:',
      '  c: 7',
      '  d:',
      '    ports: [{}, [], null, ""]',
      '    volumes: [null, {}, "", ":"]',
      '    environment: [null, "=", "=x", {}]',
      'networks: [x]',
      '',
    ].join('\n');
    const { findings } = linter.lintText(text, options);
    assert.deepEqual(findings.filter((f) => f.ruleId === RULE_FAILURE || f.ruleId === PARSE_ERROR_RULE).map((f) => f.message), []);
    const fixed = fixAll(linter, text, options);
    assert.deepEqual(yamlErrors(fixed.text), []);
  });
});
