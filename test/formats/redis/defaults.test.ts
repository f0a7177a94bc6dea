/**
 * The checked-in defaults (defaults-data.ts) against the installed
 * redis-server, for every setting the rules use, and the default user's ACL.
 * Fails (never skips) when redis-server is missing.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { REDIS_ACL_CATEGORIES, REDIS_CONFIG_DEFAULTS, REDIS_DEFAULT_USER_ACL } from '../../../server/formats/redis/defaults-data';
import { configGet, withRedis } from './live-redis';

const USED_BY_RULES = [
  'bind', 'protected-mode', 'requirepass', 'aclfile', 'tls-port', 'tls-protocols', 'tls-auth-clients',
  'enable-debug-command', 'enable-module-command', 'enable-protected-configs',
];

describe('Redis defaults match the installed redis-server', () => {
  it('settings the rules use, the default user and the @dangerous category', async () => {
    const result = await withRedis(['--port', '0'], (redis) => ({
      config: configGet(redis, '*'),
      acl: redis.cli('acl', 'list').trim(),
      dangerous: redis.cli('acl', 'cat', 'dangerous').trim().split('\n').sort(),
      admin: redis.cli('acl', 'cat', 'admin').trim().split('\n').sort(),
    }));
    assert.ok(result.ok, result.log);
    const live = result.value!;
    for (const name of USED_BY_RULES) assert.equal(REDIS_CONFIG_DEFAULTS[name], live.config[name], `default of ${name}`);
    assert.equal(REDIS_DEFAULT_USER_ACL, live.acl);
    assert.equal(REDIS_DEFAULT_USER_ACL, 'user default on nopass ~* &* +@all');
    assert.deepEqual([...REDIS_ACL_CATEGORIES['dangerous']!], live.dangerous);
    assert.deepEqual([...REDIS_ACL_CATEGORIES['admin']!], live.admin);
  });

  it('the default port, read from an instance that does not set it', async () => {
    // Bound to one unusual loopback address so it cannot clash with a Redis on 6379.
    const result = await withRedis(['--bind', '127.77.0.1'], (redis) => configGet(redis, 'port'));
    assert.ok(result.ok, result.log);
    assert.equal(REDIS_CONFIG_DEFAULTS['port'], result.value!['port']);
  });
});
