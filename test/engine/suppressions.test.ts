import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { emptyConfig, parseConfig } from '../../server/engine/config';
import { Linter } from '../../server/engine/linter';
import { SourceFile } from '../../server/engine/source';
import { isSuppressed, parseDirectives } from '../../server/engine/suppressions';
import type { Format } from '../../server/engine/types';
import { fakeFormat, fakeRules } from './fake-format';
import { createLinter } from '../../server/default-linter';
import { applyEdits } from '../../server/engine/edits';

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

describe('rule ids in suppressions that silence nothing', () => {
  const real = createLinter();
  const unknown = (text: string, path: string) =>
    real.lintText(text, { path }).findings.filter((f) => f.ruleId === 'hardenlint/unknown-rule');

  it('reports a misspelt id on the id itself and offers the close match', () => {
    const text = 'services:\n  web:\n    image: nginx:1.27\n    # hardenlint-disable-next-line compose/no-privilged -- lab box\n    privileged: true\n';
    const [f, ...rest] = unknown(text, '/u/docker-compose.yml');
    assert.equal(rest.length, 0);
    assert.equal(text.slice(f!.span.start, f!.span.end), 'compose/no-privilged');
    assert.equal(f!.severity, 'warning');
    assert.match(f!.message, /Unknown rule compose\/no-privilged .*Did you mean compose\/no-privileged\?/);
    assert.deepEqual(f!.fixes.map((x) => [x.title, x.isPreferred ?? false]), [['Change to compose/no-privileged', false]]);
    const fixed = applyEdits(text, f!.fixes[0]!.edits);
    assert.equal(fixed, text.replace('no-privilged', 'no-privileged'));
    const after = real.lintText(fixed, { path: '/u/docker-compose.yml' }).findings.map((x) => x.ruleId);
    assert.ok(!after.includes('hardenlint/unknown-rule'));
    assert.ok(!after.includes('compose/no-privileged'), 'the corrected directive silences the rule');
  });

  it('is configured like a rule: a severity, or off', () => {
    const text = '# hardenlint-disable-file compose/no-privilged\nservices:\n  web:\n    image: nginx:1.27\n';
    const lint = (setting: string) =>
      real.lintText(text, { path: '/u/docker-compose.yml', config: parseConfig(`rules:\n  hardenlint/unknown-rule: ${setting}\n`).config }).findings.filter((f) => f.ruleId === 'hardenlint/unknown-rule');
    assert.deepEqual(lint('information').map((f) => f.severity), ['information']);
    assert.deepEqual(lint('off'), []);
  });

  it('reports a rule of another format, and ids with no close match without a fix', () => {
    const text = '# hardenlint-disable-file nginx/hsts, totally/unrelated\nservices:\n  web:\n    image: nginx:1.27\n';
    const found = unknown(text, '/u/docker-compose.yml');
    assert.deepEqual(found.map((f) => text.slice(f.span.start, f.span.end)), ['nginx/hsts', 'totally/unrelated']);
    assert.match(found[0]!.message, /nginx rule; it never reports in Compose files/);
    assert.deepEqual(found.map((f) => f.fixes.length), [0, 0]);
  });

  it('stays quiet for known ids, id-less directives and the reason text', () => {
    const text = '# hardenlint-disable-next-line compose/no-privileged, compose/non-root-user -- not/a-rule here\n# hardenlint-disable-line\nservices:\n  web:\n    image: nginx:1.27\n';
    assert.deepEqual(unknown(text, '/u/docker-compose.yml'), []);
    assert.deepEqual(unknown('# hardenlint-disable-next-line nginx/server-tokens\nserver_tokens on;\n', '/u/nginx.conf'), []);
  });

  it('reports in files that do not parse too, where the directive is still read', () => {
    const found = unknown('# hardenlint-disable-file redis/nope\nservices: [\n', '/u/docker-compose.yml');
    assert.equal(found.length, 1);
  });
});
