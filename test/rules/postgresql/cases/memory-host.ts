import type { FileHost } from '../../../../server/engine/types';

/** A workspace held in memory: absolute POSIX path → text. */
export function memoryHost(files: Record<string, string>, modes: Record<string, number> = {}): FileHost {
  return {
    readFile: (path) => files[path],
    stat: (path) => (path in files || path in modes ? { mode: modes[path] ?? 0o644, size: files[path]?.length ?? 0, isFile: true } : undefined),
    glob: (pattern, base) => {
      const suffix = pattern.replace(/^\*/, '');
      const dir = base.endsWith('/') ? base : `${base}/`;
      return Object.keys(files).filter((p) => p.startsWith(dir) && !p.slice(dir.length).includes('/') && p.endsWith(suffix));
    },
  };
}
