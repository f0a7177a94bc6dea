import type { Rule } from '../../server/engine/types';
import aclLeastPrivilege from './acl-least-privilege';
import dangerousCommands from './dangerous-commands';
import noBindAllInterfaces from './no-bind-all-interfaces';
import protectedMode from './protected-mode';
import requireAuthentication from './require-authentication';
import strongPassword from './strong-password';
import tlsClientAuth from './tls-client-auth';
import tlsEnabled from './tls-enabled';
import tlsPlaintextPort from './tls-plaintext-port';
import tlsProtocols from './tls-protocols';
import unsafeEnableOptions from './unsafe-enable-options';
import composeRedisBind from '../compose/redis-bind';
import composeRedisProtectedMode from '../compose/redis-protected-mode';
import composeRedisRequirePassword from '../compose/redis-require-password';
import composeRedisUnsafeEnableOptions from '../compose/redis-unsafe-enable-options';
import composeRedisWeakPassword from '../compose/redis-weak-password';

/** Rules for redis.conf, and for compose services that run redis-server. */
export const redisRules: Rule[] = [
  requireAuthentication,
  strongPassword,
  noBindAllInterfaces,
  protectedMode,
  tlsEnabled,
  tlsPlaintextPort,
  tlsProtocols,
  tlsClientAuth,
  dangerousCommands,
  unsafeEnableOptions,
  aclLeastPrivilege,
  composeRedisRequirePassword,
  composeRedisWeakPassword,
  composeRedisProtectedMode,
  composeRedisBind,
  composeRedisUnsafeEnableOptions,
] as Rule[];
