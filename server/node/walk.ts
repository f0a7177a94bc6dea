/** Lists files below folders, skipping VCS and dependency folders, in a stable order. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SKIPPED_DIRS } from './fs-host';

export function* walkFiles(root: string, skip: (path: string) => boolean = () => false): Generator<string> {
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? 1 : -1));
    } catch {
      continue;
    }
    const files: string[] = [];
    for (const e of entries) {
      const p = join(dir, e.name);
      if (skip(p)) continue;
      if (e.isDirectory()) {
        if (!DEFAULT_SKIPPED_DIRS.has(e.name)) stack.push(p);
      } else if (e.isFile()) files.push(p);
      else if (e.isSymbolicLink()) {
        try {
          if (statSync(p).isFile()) files.push(p);
        } catch {
          /* dangling link */
        }
      }
    }
    yield* files.reverse();
  }
}
