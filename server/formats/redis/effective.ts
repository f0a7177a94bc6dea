/**
 * The settings a Redis instance ends up with: compiled-in defaults (read from
 * the real server), then the directives in the order Redis applies them (last
 * wins for single-value settings), then the ACL users.
 */
import type { RedisArg, RedisDirective } from './ast';
import { REDIS_CONFIG_DEFAULTS } from './defaults-data';
import { applyAclRules, initialDefaultUser, newUser, type AclUserState } from './acl';
import { splitArgs } from './split-args';

export interface EffectiveSetting {
  value: string;
  /** The directive that set it; undefined when it is the default. */
  directive?: RedisDirective;
}

export interface AclUserEntry {
  state: AclUserState;
  /** The `user` line (redis.conf) that defines it. */
  directive?: RedisDirective;
  /** Set when the user comes from an aclfile. */
  fromAclFile?: string;
}

export interface EffectiveRedis {
  directives: readonly RedisDirective[];
  /**
   * False when some settings cannot be known (an include or the config file
   * of a command line could not be read): "missing setting" checks stay quiet.
   */
  complete: boolean;
  /**
   * False when the ACL users cannot be known (an aclfile that cannot be
   * read): checks of the users stay quiet. The aclfile holds only users, so
   * the other settings are still known.
   */
  usersComplete: boolean;
  get(name: string): EffectiveSetting;
  /** Values of the last `bind` (one quoted argument holding several addresses is split, as Redis does). */
  bind: { addresses: RedisArg[]; directive?: RedisDirective };
  users: AclUserEntry[];
  defaultUser: AclUserEntry;
  /** Commands disabled or renamed by `rename-command`, lower-cased. */
  renamedCommands: Map<string, RedisDirective>;
}

export interface EffectiveOptions {
  complete: boolean;
  /** Defaults that differ from the stock server (e.g. a container image's build). */
  defaults?: Readonly<Record<string, string>>;
  /** `user` lines read from the aclfile, when it could be read. */
  aclFile?: { path: string; directives: RedisDirective[] } | undefined;
}

function defaultArgs(value: string): RedisArg[] {
  return splitArgs(value).tokens.map((t) => ({ value: t.value, span: { start: 0, end: 0 }, exact: false, quoted: false }));
}

export function effectiveRedis(directives: readonly RedisDirective[], options: EffectiveOptions): EffectiveRedis {
  const defaults = { ...REDIS_CONFIG_DEFAULTS, ...options.defaults };
  const last = new Map<string, RedisDirective>();
  const renamedCommands = new Map<string, RedisDirective>();
  const userLines: RedisDirective[] = [];
  for (const d of directives) {
    if (d.name === 'rename-command' && d.args.length === 2) renamedCommands.set(d.args[0]!.value.toLowerCase(), d);
    else if (d.name === 'user' && d.args.length >= 1) userLines.push(d);
    else last.set(d.name, d);
  }
  const get = (name: string): EffectiveSetting => {
    const d = last.get(name);
    if (d) return { value: d.args.map((a) => a.value).join(' '), directive: d };
    return { value: defaults[name] ?? '' };
  };

  const bindDirective = last.get('bind');
  let addresses: RedisArg[];
  if (!bindDirective) addresses = defaultArgs(defaults['bind'] ?? '');
  else if (bindDirective.args.length === 1 && bindDirective.args[0]!.value !== '') {
    const only = bindDirective.args[0]!;
    addresses = splitArgs(only.value).tokens.map((t) => ({ value: t.value, span: only.span, exact: false, quoted: only.quoted }));
    if (addresses.length === 1) addresses = [only];
  } else addresses = bindDirective.args;

  const aclFileSet = get('aclfile').value !== '';
  const defaultUser: AclUserEntry = { state: initialDefaultUser() };
  // requirepass is ignored when an aclfile is configured.
  const requirepass = last.get('requirepass');
  if (requirepass && !aclFileSet && requirepass.args.length === 1) {
    const pass = requirepass.args[0]!;
    if (pass.value === '') applyAclRules(defaultUser.state, [{ ...pass, value: 'nopass' }]);
    else applyAclRules(defaultUser.state, [{ ...pass, value: 'resetpass' }, { ...pass, value: '>' + pass.value }]);
  }
  const users: AclUserEntry[] = [defaultUser];
  const sourceLines = aclFileSet ? options.aclFile?.directives ?? [] : userLines;
  for (const line of sourceLines) {
    const name = line.args[0]!.value;
    let entry = users.find((u) => u.state.name === name);
    if (!entry) {
      entry = { state: newUser(name) };
      users.push(entry);
    } else applyAclRules(entry.state, [{ ...line.args[0]!, value: 'reset' }]);
    entry.directive = line;
    if (aclFileSet && options.aclFile) entry.fromAclFile = options.aclFile.path;
    applyAclRules(entry.state, line.args.slice(1));
  }
  return {
    directives,
    complete: options.complete,
    usersComplete: !aclFileSet || options.aclFile !== undefined,
    get,
    bind: bindDirective ? { addresses, directive: bindDirective } : { addresses },
    users,
    defaultUser,
    renamedCommands,
  };
}

/** Loopback addresses (and `localhost`), optional ones marked with a leading `-`. */
export function isLoopbackAddress(address: string): boolean {
  const a = address.replace(/^-/, '').toLowerCase();
  return /^127(\.\d{1,3}){3}$/.test(a) || a === '::1' || a === 'localhost' || a === '0:0:0:0:0:0:0:1';
}

/** Addresses that listen on every interface. */
export function isWildcardAddress(address: string): boolean {
  const a = address.replace(/^-/, '');
  return a === '*' || a === '0.0.0.0' || a === '::' || a === '::*' || a === '::0' || a === '0:0:0:0:0:0:0:0';
}

/** Whether clients from other hosts can reach the listener (before protected mode). */
export function listensBeyondLoopback(redis: EffectiveRedis): boolean {
  if (redis.get('port').value === '0' && redis.get('tls-port').value === '0') return false;
  return redis.bind.addresses.some((a) => !isLoopbackAddress(a.value));
}

/** Whether the default user can be used without a password (no authentication). */
export function defaultUserOpen(redis: EffectiveRedis): boolean {
  const u = redis.defaultUser.state;
  return u.enabled && u.nopass;
}

/**
 * Whether a client on another host reaches the listener. Protected mode is
 * not counted as a guard: it only refuses remote clients while the default
 * user has no password, and is the first thing people turn off when clients
 * get "DENIED".
 */
export function reachableFromOutside(redis: EffectiveRedis): boolean {
  return listensBeyondLoopback(redis);
}
