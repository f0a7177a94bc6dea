/** The redis.conf TextMate grammar and language configuration are valid and their patterns compile. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { repoPath } from '../../harness/paths';

const grammar = JSON.parse(readFileSync(repoPath('syntaxes', 'redis-conf.tmLanguage.json'), 'utf8'));
const config = JSON.parse(readFileSync(repoPath('syntaxes', 'redis-conf.language-configuration.json'), 'utf8'));

function patterns(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => patterns(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if ((k === 'match' || k === 'begin' || k === 'end') && typeof v === 'string') out.push(v);
      else patterns(v, out);
    }
  }
  return out;
}

/** Oniguruma's (?i:…) written as a JavaScript case-insensitive regex. */
function toJs(p: string): RegExp {
  return p.includes('(?i:') ? new RegExp(p.replace(/\(\?i:/g, '(?:'), 'i') : new RegExp(p);
}

describe('redis-conf grammar', () => {
  it('has its scope and a # line comment', () => {
    assert.equal(grammar.scopeName, 'source.redis-conf');
    assert.equal(config.comments.lineComment, '#');
  });
  it('every pattern compiles', () => {
    const all = patterns(grammar.repository);
    assert.ok(all.length >= 8);
    for (const p of all) assert.doesNotThrow(() => toJs(p), p);
  });
  it('recognises directives, comments and ACL rules', () => {
    const directive = toJs(grammar.repository.directive.begin);
    assert.equal(directive.exec('  REQUIREPASS foo')?.[2], 'REQUIREPASS');
    assert.equal(directive.exec('bind 127.0.0.1')?.[3], 'bind');
    assert.ok(toJs(grammar.repository.comment.match).test('  # requirepass foobared'));
    const acl = toJs(grammar.repository.argument.patterns[4].match);
    assert.ok(acl.test(' -@dangerous'));
    assert.ok(acl.test(' ~app:*'));
  });
});
