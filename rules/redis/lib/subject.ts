/**
 * What the Redis checks judge: the document's own directives (a redis.conf or
 * a redis-server command line) plus the effective settings after includes,
 * the config file of a command line, the aclfile and the defaults.
 */
import { dirname, isAbsolute, resolve } from 'node:path';
import type { FileHost, Span } from '../../../server/engine/types';
import type { RedisConfig, RedisDirective } from '../../../server/formats/redis/ast';
import { expandIncludes } from '../../../server/formats/redis/includes';
import { parseRedisText } from '../../../server/formats/redis/parse-conf';
import { effectiveRedis, type EffectiveRedis } from '../../../server/formats/redis/effective';

export interface RedisSubject {
  tree: RedisConfig;
  redis: EffectiveRedis;
  /** Directives written in the document being linted. */
  own: RedisDirective[];
  /** Where a finding about the whole instance goes when nothing better exists. */
  fallbackSpan: Span;
  /** A redis.conf file or a redis-server command line. */
  kind: RedisConfig['kind'];
}

function readAclFile(setting: string, fromPath: string, host: FileHost): { path: string; directives: RedisDirective[] } | undefined {
  if (setting === '') return undefined;
  const path = isAbsolute(setting) ? setting : resolve(dirname(fromPath), setting);
  const text = host.readFile(path);
  if (text === undefined) return undefined;
  const parsed = parseRedisText(text, path).tree!;
  return { path, directives: parsed.directives.filter((d) => d.name === 'user' && d.args.length >= 1) };
}

const cache = new WeakMap<RedisConfig, Map<string, RedisSubject>>();

/** The subject of a redis.conf document. */
export function fileSubject(tree: RedisConfig, path: string, host: FileHost): RedisSubject {
  const byPath = cache.get(tree) ?? new Map<string, RedisSubject>();
  cache.set(tree, byPath);
  const hit = byPath.get(path);
  if (hit) return hit;
  const expanded = expandIncludes(tree, path, host);
  const first = effectiveRedis(expanded.directives, { complete: expanded.unresolved.length === 0 });
  const aclFile = readAclFile(first.get('aclfile').value, path, host);
  const redis = aclFile ? effectiveRedis(expanded.directives, { complete: expanded.unresolved.length === 0, aclFile }) : first;
  const subject: RedisSubject = {
    tree,
    redis,
    own: tree.directives,
    fallbackSpan: tree.directives[0]?.nameSpan ?? { start: 0, end: 0 },
    kind: tree.kind,
  };
  byPath.set(path, subject);
  return subject;
}

export interface CommandLineSubjectOptions {
  /** Host path and text of the config file the command line names, when it could be found. */
  configFile?: { path: string; text: string };
  /** Defaults of the image's build that differ from the stock server. */
  defaults?: Readonly<Record<string, string>>;
  fallbackSpan: Span;
}

/** The subject of a redis-server command line (e.g. a compose service's command). */
export function commandLineSubject(tree: RedisConfig, host: FileHost, options: CommandLineSubjectOptions): RedisSubject {
  let before: RedisDirective[] = [];
  let complete = tree.configFile === undefined && !tree.readsStdin;
  let aclFile: { path: string; directives: RedisDirective[] } | undefined;
  if (options.configFile) {
    const parsed = parseRedisText(options.configFile.text, options.configFile.path).tree!;
    const expanded = expandIncludes(parsed, options.configFile.path, host);
    before = expanded.directives;
    complete = expanded.unresolved.length === 0 && !tree.readsStdin;
  }
  const all = [...before, ...tree.directives];
  const first = effectiveRedis(all, { complete, ...(options.defaults ? { defaults: options.defaults } : {}) });
  if (options.configFile) aclFile = readAclFile(first.get('aclfile').value, options.configFile.path, host);
  const redis = aclFile ? effectiveRedis(all, { complete, aclFile, ...(options.defaults ? { defaults: options.defaults } : {}) }) : first;
  return { tree, redis, own: tree.directives, fallbackSpan: options.fallbackSpan, kind: tree.kind };
}

/** Whether a directive is written in the document itself. */
export function isOwn(subject: RedisSubject, d: RedisDirective | undefined): d is RedisDirective {
  return d !== undefined && subject.own.includes(d);
}
