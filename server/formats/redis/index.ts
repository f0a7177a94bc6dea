import type { Format } from '../../engine/types';
import type { RedisConfig } from './ast';
import { parseRedisConf } from './parse-conf';

/**
 * redis.conf and its variants: `redis.conf`, `redis-6380.conf`,
 * `redis_cache.conf`, `cache.redis.conf`. `sentinel.conf` is not matched:
 * Sentinel has its own directives (sentinel monitor, sentinel auth-pass, …)
 * and its own security model, so these rules do not apply to it.
 */
const REDIS_NAME = /(^|\/)(redis[^/]*|[^/]+\.redis)\.conf$/i;
const SENTINEL_DIRECTIVE = /^[ \t]*sentinel[ \t]+(monitor|auth-pass|down-after-milliseconds|announce-ip)\b/im;

export const redisFormat: Format<RedisConfig> = {
  id: 'redis',
  name: 'Redis',
  languageIds: ['redis-conf'],
  matchesPath: (path) => REDIS_NAME.test(path.replace(/\\/g, '/')),
  // A Sentinel config saved under a redis-like name (redis-sentinel.conf) is not a server config.
  matchesContent: (text) => !SENTINEL_DIRECTIVE.test(text),
  parse: parseRedisConf,
};

export * from './ast';
