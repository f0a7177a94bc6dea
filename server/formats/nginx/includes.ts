/**
 * Reading `include`d files through the FileHost: glob patterns, paths relative
 * to the nginx prefix (the folder of the top-level nginx.conf) or to the
 * including file, cycle detection, and a parse cache keyed by path and content
 * so re-linting after a keystroke does not re-parse every included file.
 */
import { basename, dirname, isAbsolute, join, normalize } from 'node:path';
import type { FileHost } from '../../engine/types';
import { SourceFile } from '../../engine/source';
import type { NginxDirective, NginxFile } from './ast';
import type { KnownInclude } from './known-includes';
import { parseNginx } from './parse';

interface CachedParse {
  text: string;
  file: NginxFile;
  source: SourceFile;
}

const MAX_CACHED_FILES = 500;
const parseCache = new Map<string, CachedParse>();

export interface LoadedFile {
  file: NginxFile;
  source: SourceFile;
}

/** Parse a file's text, reusing the previous result while the text is unchanged. */
export function parseCached(path: string, text: string): LoadedFile {
  const hit = parseCache.get(path);
  if (hit && hit.text === text) return hit;
  const { file } = parseNginx(text, path);
  const entry = { text, file, source: new SourceFile(text) };
  parseCache.delete(path);
  parseCache.set(path, entry);
  if (parseCache.size > MAX_CACHED_FILES) parseCache.delete(parseCache.keys().next().value!);
  return entry;
}

export function loadFile(host: FileHost, path: string): LoadedFile | undefined {
  const text = host.readFile(path);
  return text === undefined ? undefined : parseCached(path, text);
}

/** Folders where packaged nginx keeps its configuration; `/etc/nginx/x` in a repository usually means `<prefix>/x`. */
const SYSTEM_PREFIXES = ['/etc/nginx/', '/usr/local/nginx/conf/', '/usr/local/etc/nginx/', '/opt/homebrew/etc/nginx/'];

const GLOB_CHARS = /[*?[]/;

function expandPattern(host: FileHost, pattern: string): string[] {
  if (GLOB_CHARS.test(pattern)) {
    // nginx reads glob matches in alphabetical order; like glob(3), `*` skips dot files.
    const dotOk = basename(pattern).startsWith('.');
    return host
      .glob(pattern, dirname(pattern))
      .map(normalize)
      .filter((p) => dotOk || !basename(p).startsWith('.'))
      .sort();
  }
  return host.readFile(pattern) !== undefined ? [pattern] : [];
}

/** Absolute candidates for an include pattern, most likely first. */
export function includeCandidates(pattern: string, prefix: string, includingFile: string): string[] {
  if (isAbsolute(pattern)) {
    const out = [normalize(pattern)];
    for (const system of SYSTEM_PREFIXES) {
      if (pattern.startsWith(system)) out.push(normalize(join(prefix, pattern.slice(system.length))));
    }
    return out;
  }
  const out = [normalize(join(prefix, pattern))];
  const local = normalize(join(dirname(includingFile), pattern));
  if (!out.includes(local)) out.push(local);
  return out;
}

/** The files an `include` reads: the first candidate location that yields any. */
export function resolveInclude(host: FileHost, pattern: string, prefix: string, includingFile: string): string[] {
  for (const candidate of includeCandidates(pattern, prefix, includingFile)) {
    const files = expandPattern(host, candidate);
    if (files.length > 0) return files;
  }
  return [];
}

export interface IncludeRecord {
  directive: NginxDirective;
  /** The file the include directive is written in. */
  from: string;
  files: string[];
  /** Files skipped because they are already being read further up (an include cycle). */
  cycles: string[];
  /** Nothing could be read and the target is not a stock file: what it sets is unknown. */
  unresolved?: boolean;
  /** For an unresolved include whose content is known: the directives it may set (the rest is judged). */
  known?: KnownInclude;
}

/**
 * Files nginx packages ship that hold only MIME types, FastCGI/uwsgi/SCGI/proxy
 * parameters, charset maps or module loading: not reading them hides nothing
 * the rules look at.
 */
const STOCK_INCLUDE = /(?:^|\/)(?:mime\.types|fastcgi_params|fastcgi\.conf|uwsgi_params|scgi_params|proxy_params|koi-utf|koi-win|win-utf|snippets\/fastcgi-php\.conf)$|(?:^|\/)modules-enabled\/\*\.conf$/;

/**
 * Whether an include that gave no files hides settings: a stock file is
 * harmless; a glob is empty on purpose when its folder can be read (an empty
 * conf.d); anything else (missing, or outside the workspace) is unknown.
 */
export function includeHidesSettings(host: FileHost, pattern: string, prefix: string, includingFile: string): boolean {
  if (STOCK_INCLUDE.test(pattern)) return false;
  if (!GLOB_CHARS.test(pattern)) return true;
  return !includeCandidates(pattern, prefix, includingFile).some((candidate) => {
    const folder = staticFolder(candidate);
    return folder !== undefined && host.stat(folder)?.isFile === false;
  });
}

/** The folder part of a glob before its first wildcard segment. */
function staticFolder(pattern: string): string | undefined {
  const segments = pattern.split('/');
  const firstGlob = segments.findIndex((s) => GLOB_CHARS.test(s));
  return firstGlob <= 0 ? undefined : segments.slice(0, firstGlob).join('/') || '/';
}

export function isIncludeDirective(d: NginxDirective): boolean {
  return d.name === 'include' && !d.block && d.args.length === 1;
}
