import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { globToRegExp, matchesGlob, toPosix } from '../../server/engine/glob';

describe('glob', () => {
  it('matches *, ** and ? within path segments', () => {
    assert.equal(matchesGlob('deploy/compose.yml', 'deploy/*.yml'), true);
    assert.equal(matchesGlob('deploy/x/compose.yml', 'deploy/*.yml'), false);
    assert.equal(matchesGlob('deploy/x/y/compose.yml', 'deploy/**/*.yml'), true);
    assert.equal(matchesGlob('deploy/compose.yml', 'deploy/**/*.yml'), true, '**/ also matches no folder');
    assert.equal(matchesGlob('a/b.conf', 'a/?.conf'), true);
    assert.equal(matchesGlob('a/bb.conf', 'a/?.conf'), false);
  });

  it('supports classes, negated classes and braces', () => {
    assert.equal(matchesGlob('x/a1.yml', 'x/a[0-9].yml'), true);
    assert.equal(matchesGlob('x/ab.yml', 'x/a[!0-9].yml'), true);
    assert.equal(matchesGlob('x/a1.yml', 'x/a[!0-9].yml'), false);
    assert.equal(matchesGlob('c/compose.yaml', 'c/*.{yml,yaml}'), true);
    assert.equal(matchesGlob('c/compose.json', 'c/*.{yml,yaml}'), false);
  });

  it('a pattern without a slash matches a basename or any folder name', () => {
    assert.equal(matchesGlob('a/b/vendor/c/compose.yml', 'vendor'), true);
    assert.equal(matchesGlob('a/b/compose.generated.yml', '*.generated.yml'), true);
    assert.equal(matchesGlob('a/vendors/compose.yml', 'vendor'), false);
  });

  it('a folder pattern covers everything below it; leading ./ and / are dropped', () => {
    assert.equal(matchesGlob('vendor/a/b.yml', 'vendor/'), true);
    assert.equal(matchesGlob('vendor/a/b.yml', './vendor/**'), true);
    assert.equal(matchesGlob('./vendor/a/b.yml', '/vendor'), true);
    assert.equal(matchesGlob('src/vendor/a.yml', 'lib/vendor'), false);
  });

  it('escapes regular-expression characters and accepts backslash paths', () => {
    assert.equal(matchesGlob('a+b/(x).yml', 'a+b/(x).yml'), true);
    assert.equal(matchesGlob('axb/(x)_yml', 'a+b/(x).yml'), false);
    assert.equal(toPosix('a\\b\\c'), 'a/b/c');
    assert.equal(matchesGlob('deploy\\compose.yml', 'deploy/*.yml'), true);
    assert.equal(globToRegExp('**').test('any/thing/at/all'), true);
  });
});
