import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The repository root: the nearest folder above the compiled test with hardenlint's package.json. */
export function repoRoot(): string {
  let dir = __dirname;
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && /"name":\s*"hardenlint"/.test(readFileSync(pkg, 'utf8'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

export function repoPath(...parts: string[]): string {
  return resolve(repoRoot(), ...parts);
}

/** The shared corpus of real-world configs beside the repository. */
export function corpusPath(...parts: string[]): string {
  return resolve(repoRoot(), '..', 'shared', 'corpus', ...parts);
}
