/** An in-memory FileHost: absolute paths to texts, with glob support, for include tests. */
import { posix } from 'node:path';
import type { FileHost } from '../../../../server/engine/types';
import { globToRegExp } from '../../../../server/engine/glob';

export function memoryHost(files: Record<string, string>): FileHost & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    readFile(path) {
      reads.push(path);
      return files[path];
    },
    stat(path) {
      const text = files[path];
      if (text !== undefined) return { mode: 0o644, size: text.length, isFile: true };
      const folder = path.endsWith('/') ? path : `${path}/`;
      return Object.keys(files).some((p) => p.startsWith(folder)) ? { mode: 0o755, size: 0, isFile: false } : undefined;
    },
    glob(pattern, base) {
      const re = globToRegExp(posix.isAbsolute(pattern) ? pattern : posix.join(base, pattern));
      return Object.keys(files).filter((p) => re.test(p)).sort();
    },
  };
}

/** Join lines with LF, ending with a newline. */
export function lines(...ls: string[]): string {
  return ls.join('\n') + '\n';
}
