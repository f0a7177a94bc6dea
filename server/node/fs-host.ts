/**
 * A FileHost over the real file system that never reads outside the given
 * roots: paths are resolved through symlinks (realpath) before the check, so
 * a link inside the workspace that points at /etc stays unread.
 */
import { readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { FileHost } from '../engine/types';
import { globToRegExp, toPosix } from '../engine/glob';

export const DEFAULT_SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

export interface FsHostOptions {
  /** Folders the host may read below. */
  roots: string[];
  /** Open documents whose text wins over the disk. */
  overlay?: (path: string) => string | undefined;
  /** Largest file it will read, in bytes. */
  maxFileSize?: number;
}

/** Whether `path` is `root` or lies below it. */
export function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export class FsHost implements FileHost {
  private readonly roots: string[];
  /** The roots as given, for paths written through a symlinked root. */
  private readonly givenRoots: string[];

  constructor(private readonly options: FsHostOptions) {
    this.givenRoots = options.roots.map((r) => resolve(r));
    this.roots = options.roots.map((r) => {
      try {
        return realpathSync(r);
      } catch {
        return resolve(r);
      }
    });
  }

  /** The real path when it lies within a root, else undefined. */
  private allowed(path: string): string | undefined {
    // A path outside every root as written is refused before realpath, which would already lstat it.
    if (!this.roots.some((root) => inside(root, path)) && !this.givenRoots.some((root) => inside(root, path))) return undefined;
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      return undefined;
    }
    return this.roots.some((root) => inside(root, real)) ? real : undefined;
  }

  readFile(path: string): string | undefined {
    const abs = resolve(path);
    const overlay = this.options.overlay?.(abs);
    if (overlay !== undefined) return overlay;
    const real = this.allowed(abs);
    if (!real) return undefined;
    try {
      const st = statSync(real);
      if (!st.isFile() || st.size > (this.options.maxFileSize ?? 5 * 1024 * 1024)) return undefined;
      return readFileSync(real, 'utf8');
    } catch {
      return undefined;
    }
  }

  stat(path: string): { mode: number; size: number; isFile: boolean } | undefined {
    const real = this.allowed(resolve(path));
    if (!real) return undefined;
    try {
      const st = statSync(real);
      return { mode: st.mode, size: st.size, isFile: st.isFile() };
    } catch {
      return undefined;
    }
  }

  glob(pattern: string, base: string): string[] {
    const absPattern = toPosix(isAbsolute(pattern) ? pattern : join(base, pattern));
    // Walk from the longest literal prefix of the pattern.
    const parts = absPattern.split('/');
    const firstMagic = parts.findIndex((p) => /[*?[{]/.test(p));
    if (firstMagic === -1) {
      const real = this.allowed(absPattern);
      return real && statSync(real).isFile() ? [absPattern] : [];
    }
    const start = parts.slice(0, firstMagic).join('/') || '/';
    if (!this.allowed(start)) return [];
    const re = globToRegExp(absPattern);
    const deep = parts.slice(firstMagic).some((p) => p === '**') || parts.length - firstMagic > 1;
    const out: string[] = [];
    const walk = (dir: string, depth: number): void => {
      if (out.length > 10000 || depth > 32) return;
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        const p = `${dir === '/' ? '' : dir}/${e.name}`;
        if (e.isDirectory()) {
          if (deep && !DEFAULT_SKIPPED_DIRS.has(e.name)) walk(p, depth + 1);
        } else if ((e.isFile() || e.isSymbolicLink()) && re.test(p) && this.allowed(p)) {
          out.push(p.split('/').join(sep));
        }
      }
    };
    walk(start, 0);
    return out.sort();
  }
}
