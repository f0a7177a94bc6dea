/**
 * The Redis configuration tree: the directives of a redis.conf file, or of a
 * `redis-server` command line, in the order Redis applies them. Both share
 * one shape so the same checks judge either.
 */
import type { Span } from '../../engine/types';

export interface RedisArg {
  /** The argument as Redis sees it (escapes decoded). */
  value: string;
  /** Where it is written, quotes included. Zero-length when it has no exact place. */
  span: Span;
  /** False when `span` only approximates the place (e.g. a YAML block scalar). */
  exact: boolean;
  quoted: boolean;
}

export interface RedisDirective {
  /** Lower-cased name, as Redis compares it. */
  name: string;
  /** The name as written (for command lines without the leading `--`). */
  nameText: string;
  nameSpan: Span;
  args: RedisArg[];
  /** From the name to the end of the last argument. */
  span: Span;
  /** 0-based line of a redis.conf directive; -1 on command lines. */
  line: number;
  /** Absolute path of the file the directive is in (undefined: the document itself). */
  path?: string;
}

/** A `#` comment line of a redis.conf (commented-out defaults anchor "missing setting" findings). */
export interface RedisComment {
  /** The text after `#` and blanks. */
  text: string;
  /** The comment from `#` to the end of its trimmed text. */
  span: Span;
  line: number;
}

export interface RedisConfig {
  kind: 'file' | 'command-line';
  directives: RedisDirective[];
  comments: RedisComment[];
  /** On a command line: the config file argument (`redis-server /etc/redis.conf …`). */
  configFile?: RedisArg;
  /** On a command line: `redis-server -` reads more config from stdin, unknown here. */
  readsStdin?: boolean;
}

/** Directives Redis accumulates instead of replacing. */
export const ACCUMULATING_DIRECTIVES: ReadonlySet<string> = new Set([
  'include',
  'rename-command',
  'user',
  'loadmodule',
  'save',
  'client-output-buffer-limit',
  'sentinel',
]);

/** The last directive with this name (the one Redis keeps for single-value settings). */
export function lastDirective(config: RedisConfig, name: string): RedisDirective | undefined {
  for (let i = config.directives.length - 1; i >= 0; i--) if (config.directives[i]!.name === name) return config.directives[i];
  return undefined;
}

export function directivesNamed(config: RedisConfig, name: string): RedisDirective[] {
  return config.directives.filter((d) => d.name === name);
}

/** A commented-out line for a directive (`# requirepass foobared`), to report a missing setting at. */
export function commentedDirective(config: RedisConfig, name: string): RedisComment | undefined {
  const pattern = new RegExp(`^${name.replace(/[-]/g, '\\-')}(\\s|$)`, 'i');
  return config.comments.find((c) => pattern.test(c.text));
}
