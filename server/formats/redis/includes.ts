/**
 * `include` expansion: Redis applies an included file in place, where the
 * include line stands (wildcards allowed since 7.0). Included files are read
 * through the FileHost; a relative path is taken relative to the including
 * file's folder (Redis uses its working directory, usually that folder).
 */
import { dirname, isAbsolute, resolve } from 'node:path';
import type { FileHost } from '../../engine/types';
import type { RedisConfig, RedisDirective } from './ast';
import { parseRedisText } from './parse-conf';

export interface ExpandedDirectives {
  directives: RedisDirective[];
  /** Include lines whose files could not be read: settings there are unknown. */
  unresolved: RedisDirective[];
}

const MAX_DEPTH = 10;

export function resolveIncludePath(pattern: string, fromPath: string, host: FileHost): string[] {
  const base = dirname(fromPath);
  const absolute = isAbsolute(pattern) ? pattern : resolve(base, pattern);
  if (/[*?[]/.test(pattern)) return host.glob(absolute, base).sort();
  return host.readFile(absolute) === undefined ? [] : [absolute];
}

/** The directives of `config` (a file at `path`) with includes expanded in place. */
export function expandIncludes(config: RedisConfig, path: string, host: FileHost): ExpandedDirectives {
  const out: ExpandedDirectives = { directives: [], unresolved: [] };
  walk(config.directives, path, host, out, new Set([path]), 0);
  return out;
}

function walk(directives: readonly RedisDirective[], path: string, host: FileHost, out: ExpandedDirectives, seen: Set<string>, depth: number): void {
  for (const d of directives) {
    out.directives.push(d);
    if (d.name !== 'include' || d.args.length !== 1) continue;
    const files = depth < MAX_DEPTH ? resolveIncludePath(d.args[0]!.value, path, host) : [];
    if (files.length === 0) {
      out.unresolved.push(d);
      continue;
    }
    for (const file of files) {
      if (seen.has(file)) continue;
      const text = host.readFile(file);
      if (text === undefined) {
        out.unresolved.push(d);
        continue;
      }
      const parsed = parseRedisText(text, file).tree!;
      walk(parsed.directives, file, host, out, new Set([...seen, file]), depth + 1);
    }
  }
}
