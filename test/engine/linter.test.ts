import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { emptyConfig, parseConfig } from '../../server/engine/config';
import { Linter, PARSE_ERROR_RULE, RULE_FAILURE } from '../../server/engine/linter';
import type { Format } from '../../server/engine/types';
import { fakeFormat, fakeRules } from './fake-format';

const linter = new Linter([fakeFormat as Format], fakeRules);
const lint = (text: string, config = emptyConfig(), path = '/p/app.fake') => linter.lintText(text, { path, config });
const brief = (text: string, config = emptyConfig()) =>
  lint(text, config).findings.map((f) => `${f.ruleId}@${f.span.start}-${f.span.end} ${f.severity}: ${f.message}`);

describe('Linter', () => {
  it('detects the format by language id, path and content', () => {
    assert.equal(linter.detectFormat('/x/file.txt', 'debug yes', 'fake')?.id, 'redis');
    assert.equal(linter.detectFormat('/x/app.fake')?.id, 'redis');
    assert.equal(linter.detectFormat('/x/app.maybe', 'not-fake at all'), undefined);
    assert.equal(linter.detectFormat('/x/app.txt', 'debug yes'), undefined);
    assert.deepEqual(lint('debug yes', emptyConfig(), '/x/app.txt'), { format: undefined, findings: [] });
  });

  it('resolves messages, severities, checklist items and sorts by position', () => {
    assert.deepEqual(brief('level 1\ndebug yes\n'), ['redis/fake-level@6-7 warning: level 1 is low', 'redis/fake-no-debug@14-17 error: debug is yes']);
    assert.deepEqual(lint('debug yes').findings[0]!.checklist, ['container-hardening.read-only-root-filesystem-where']);
  });

  it('applies configured severities, off, and options merged over defaults', () => {
    const { config } = parseConfig('rules:\n  redis/fake-level: off\n  redis/fake-no-debug: [info, { allowed: maybe }]\n');
    assert.deepEqual(brief('level 1\ndebug no\ndebug maybe\n', config), ['redis/fake-no-debug@14-16 information: debug is no']);
  });

  it('turns parse problems into parse-error findings and still runs rules on the tree', () => {
    assert.deepEqual(brief('debug yes\noops\n'), ['redis/fake-no-debug@6-9 error: debug is yes', `${PARSE_ERROR_RULE}@10-14 error: expected "key value", got "oops"`]);
  });

  it('runs no rule when the parser gives no tree', () => {
    assert.deepEqual(brief('debug yes\nFATAL\n'), [`${PARSE_ERROR_RULE}@10-15 error: expected "key value", got "FATAL"`]);
  });

  it('contains a parser that throws and a rule that throws', () => {
    assert.deepEqual(brief('BOOM\n'), [`${PARSE_ERROR_RULE}@0-0 error: Fake parser failed: parser exploded`]);
    assert.deepEqual(brief('crash now\ndebug yes\n'), [
      `${RULE_FAILURE}@0-0 information: rule redis/fake-throws failed on this file: rule bug`,
      'redis/fake-no-debug@16-19 error: debug is yes',
    ]);
  });

  it('skips binary, oversized and ignored files with a reason', () => {
    assert.deepEqual(lint('debug yes\u0000'), { format: 'redis', findings: [], skipped: 'binary content (NUL bytes)' });
    const small = { ...emptyConfig(), maxFileSize: 5 };
    assert.deepEqual(lint('debug yes', small), { format: 'redis', findings: [], skipped: 'larger than maxFileSize (5 bytes)' });
    const ignoring = parseConfig('ignore: ["vendor/**", "*.gen.fake"]\n', '/p').config;
    assert.equal(lint('debug yes', ignoring, '/p/vendor/x/a.fake').skipped, 'ignored by configuration');
    assert.equal(lint('debug yes', ignoring, '/p/deep/a.gen.fake').skipped, 'ignored by configuration');
    assert.equal(lint('debug yes', ignoring, '/other/vendor/a.fake').skipped, undefined, 'globs are relative to the config folder');
    assert.equal(lint('debug yes', ignoring, '/p/src/a.fake').findings.length, 1);
  });

  it('rejects two rules with one id', () => {
    assert.throws(() => new Linter([fakeFormat as Format], [...fakeRules, fakeRules[0]!]), /duplicate rule id redis\/fake-no-debug/);
  });
});
