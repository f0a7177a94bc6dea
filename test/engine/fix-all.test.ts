import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { emptyConfig } from '../../server/engine/config';
import { fixAll, MAX_FIX_PASSES, preferredFix } from '../../server/engine/fix-all';
import { Linter } from '../../server/engine/linter';
import { defineRule } from '../../server/engine/define-rule';
import type { Format, Rule } from '../../server/engine/types';
import { fakeFormat, fakeRules, type FakeLine } from './fake-format';

const linter = new Linter([fakeFormat as Format], fakeRules);
const options = { path: '/a.fake', config: emptyConfig() };

describe('fixAll', () => {
  it('applies preferred fixes over several passes until nothing is left', () => {
    const result = fixAll(linter, 'level 0\r\ndebug yes\r\nlevel 2\r\n', options);
    assert.equal(result.text, 'level 3\r\ndebug no\r\nlevel 3\r\n');
    assert.equal(result.applied, 5);
    assert.deepEqual(result.remaining, []);
  });

  it('is idempotent: fixing the output changes nothing', () => {
    const once = fixAll(linter, 'debug yes\nlevel 1', options);
    const twice = fixAll(linter, once.text, options);
    assert.equal(twice.text, once.text);
    assert.equal(twice.applied, 0);
  });

  it('keeps findings without a preferred fix, and the ones not accepted', () => {
    const result = fixAll(linter, 'debug yes\nlevel 2\noops\n', options, (f) => f.ruleId !== 'redis/fake-level');
    assert.equal(result.text, 'debug no\nlevel 2\noops\n');
    assert.deepEqual(result.remaining.map((f) => f.ruleId), ['redis/fake-level', 'hardenlint/parse-error']);
  });

  it('changes nothing when no finding has a preferred fix', () => {
    const result = fixAll(linter, 'crash x\n', options);
    assert.deepEqual({ text: result.text, applied: result.applied }, { text: 'crash x\n', applied: 0 });
  });

  it('stops after a bounded number of passes', () => {
    assert.ok(MAX_FIX_PASSES >= 3);
    const deep = `level -${MAX_FIX_PASSES * 2}\n`;
    const result = fixAll(linter, deep, options);
    assert.equal(result.applied, MAX_FIX_PASSES);
    assert.equal(result.text, `level ${-MAX_FIX_PASSES * 2 + MAX_FIX_PASSES}\n`);
    assert.equal(result.remaining.length, 1);
  });

  it('never applies a fix whose result does not parse; the other fixes of the pass still apply', () => {
    // A buggy rule whose preferred fix empties the value: `bad ` is no longer `key value`.
    const breaking = defineRule<FakeLine[]>({
      format: 'redis',
      meta: { id: 'redis/fake-breaking', description: 'Bad.', checklist: [], severity: 'warning', fixable: true, messages: { bad: 'bad' } },
      check(ctx) {
        for (const line of ctx.tree) {
          if (line.key === 'bad') ctx.report({ span: { start: line.valueStart, end: line.end }, messageId: 'bad', fixes: [{ title: 'Empty it', isPreferred: true, edits: [{ start: line.valueStart, end: line.end, newText: '' }] }] });
        }
      },
    });
    const withBreaking = new Linter([fakeFormat as Format], [...fakeRules, breaking] as Rule[]);
    const result = fixAll(withBreaking, 'bad x\ndebug yes\n', options);
    assert.equal(result.text, 'bad x\ndebug no\n');
    assert.equal(result.applied, 1);
    assert.deepEqual(result.remaining.map((f) => f.ruleId), ['redis/fake-breaking']);
  });

  it('preferredFix picks the preferred one', () => {
    const finding = linter.lintText('debug yes', options).findings[0]!;
    assert.equal(finding.fixes.length, 2);
    assert.equal(preferredFix(finding)?.title, 'Set it to the accepted value');
  });
});
