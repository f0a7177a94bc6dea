import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { emptyConfig } from '../../server/engine/config';
import { Linter } from '../../server/engine/linter';
import { SourceFile } from '../../server/engine/source';
import { isSuppressed, parseDirectives } from '../../server/engine/suppressions';
import type { Format } from '../../server/engine/types';
import { fakeFormat, fakeRules } from './fake-format';

const linter = new Linter([fakeFormat as Format], fakeRules);
const ruleIds = (text: string) => linter.lintText(text, { path: '/a.fake', config: emptyConfig() }).findings.map((f) => `${f.ruleId}:${new SourceFile(text).lineOf(f.span.start) + 1}`);

describe('parseDirectives', () => {
  it('reads kind, rule ids and the target line; the reason after -- is not a rule id', () => {
    const source = new SourceFile('# hardenlint-disable-next-line a/x, b/y -- vendor file\r\nk v\r\nk v # hardenlint-disable-line -- all rules here\n#hardenlint-disable-file c/z\n');
    assert.deepEqual(
      parseDirectives(source).map(({ kind, ruleIds, targetLine }) => ({ kind, ruleIds, targetLine })),
      [
        { kind: 'next-line', ruleIds: ['a/x', 'b/y'], targetLine: 1 },
        { kind: 'line', ruleIds: [], targetLine: 2 },
        { kind: 'file', ruleIds: ['c/z'], targetLine: -1 },
      ],
    );
  });

  it('is empty without directives and ignores look-alikes', () => {
    assert.deepEqual(parseDirectives(new SourceFile('k v\n# hardenlint-disabled-line x\n')), []);
  });

  it('isSuppressed matches the line and the rule', () => {
    const directives = parseDirectives(new SourceFile('# hardenlint-disable-next-line a/x\nk v\n'));
    assert.equal(isSuppressed(directives, 'a/x', 1), true);
    assert.equal(isSuppressed(directives, 'a/x', 0), false);
    assert.equal(isSuppressed(directives, 'b/y', 1), false);
  });
});

describe('suppressions in the linter', () => {
  it('silence only the named rules on the targeted lines', () => {
    assert.deepEqual(ruleIds('debug yes\nlevel 1\n'), ['redis/fake-no-debug:1', 'redis/fake-level:2']);
    assert.deepEqual(ruleIds('# hardenlint-disable-next-line redis/fake-no-debug -- test box\ndebug yes\nlevel 1\n'), ['redis/fake-level:3']);
    assert.deepEqual(ruleIds('# hardenlint-disable-next-line redis/fake-level\ndebug yes\nlevel 1\n'), ['redis/fake-no-debug:2', 'redis/fake-level:3']);
    assert.deepEqual(ruleIds('debug yes # hardenlint-disable-line\nlevel 1\n'), ['redis/fake-level:2']);
    assert.deepEqual(ruleIds('debug yes\nlevel 1\n# hardenlint-disable-file redis/fake-level -- legacy\n'), ['redis/fake-no-debug:1']);
  });

  it('work across CRLF and lone CR line breaks', () => {
    assert.deepEqual(ruleIds('# hardenlint-disable-next-line redis/fake-no-debug\r\ndebug yes\r\nlevel 1\r\n'), ['redis/fake-level:3']);
    assert.deepEqual(ruleIds('# hardenlint-disable-next-line redis/fake-no-debug\rdebug yes\rlevel 1\r'), ['redis/fake-level:3']);
  });

  it('do not silence parse errors', () => {
    assert.deepEqual(ruleIds('# hardenlint-disable-file\nbroken\n'), ['hardenlint/parse-error:2']);
  });
});
