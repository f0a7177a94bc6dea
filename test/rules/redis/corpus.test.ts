/**
 * Real configs: the stock redis.conf of a default install gives exactly the
 * findings a default install deserves; a hardened ACL + TLS config is clean;
 * the other corpus files lint without parse problems.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Linter } from '../../../server/engine/linter';
import { ALL_FORMATS } from '../../../server/formats';
import { redisRules } from '../../../rules/redis';
import { corpusPath, repoPath } from '../../harness/paths';

const linter = new Linter(ALL_FORMATS.filter((f) => f.id === 'redis'), redisRules.filter((r) => r.format === 'redis'));
const lint = (path: string) => linter.lintText(readFileSync(path, 'utf8'), { path, format: 'redis' }).findings;

const DEFAULT_INSTALL = ['redis/tls-enabled', 'redis/require-authentication', 'redis/dangerous-commands'];

describe('Redis corpus', () => {
  for (const file of ['debian-redis-server/redis.conf', 'redis-7.2.6/redis.conf']) {
    it(`${file}: the findings of a default install`, () => {
      const findings = lint(corpusPath('redis', file));
      assert.deepEqual(findings.map((f) => f.ruleId), DEFAULT_INSTALL);
      const text = readFileSync(corpusPath('redis', file), 'utf8');
      assert.deepEqual(findings.map((f) => text.slice(f.span.start, f.span.end).split(' ')[1]), ['tls-port', 'requirepass', 'rename-command']);
      assert.equal(findings.find((f) => f.ruleId === 'redis/require-authentication')!.severity, 'warning', 'bound to loopback');
    });
  }

  it('a hardened ACL + TLS config is clean', () => {
    assert.deepEqual(lint(repoPath('test', 'rules', 'redis', 'fixtures', 'hardened.redis.conf')).map((f) => `${f.ruleId}: ${f.message}`), []);
  });

  it("the test suite's config: debug/module/protected configs enabled", () => {
    const ids = lint(corpusPath('redis', 'redis-7.2.6', 'tests-assets-default.conf')).map((f) => f.ruleId);
    assert.equal(ids.filter((id) => id === 'redis/unsafe-enable-options').length, 3);
    assert.ok(!ids.includes('hardenlint/parse-error'));
  });

  it('a short production override without bind or password is open to every interface', () => {
    const findings = lint(corpusPath('redis', 'sentry-self-hosted', 'redis.conf'));
    const auth = findings.find((f) => f.ruleId === 'redis/require-authentication');
    assert.equal(auth?.severity, 'error');
    assert.ok(findings.some((f) => f.ruleId === 'redis/no-bind-all-interfaces'));
  });
});
