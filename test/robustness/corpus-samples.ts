/** Real-world and bundled configs, as samples for property and robustness tests. */
import { readFileSync, existsSync } from 'node:fs';
import { relative } from 'node:path';
import { walkFiles } from '../../server/node/walk';
import { corpusPath, repoPath } from '../harness/paths';
import type { Linter } from '../../server/engine/linter';

export interface Sample {
  /** Path used for format detection (the real path). */
  path: string;
  name: string;
  text: string;
}

/** Every corpus and example file the linter recognises, read once. */
export function loadSamples(linter: Linter, limitPerFormat = Infinity): Sample[] {
  const out: Sample[] = [];
  const perFormat = new Map<string, number>();
  for (const root of [corpusPath(), repoPath('examples'), repoPath('test', 'fixtures')]) {
    if (!existsSync(root)) continue;
    for (const path of walkFiles(root)) {
      const text = readFileSync(path, 'utf8');
      const format = linter.detectFormat(path, text);
      if (!format) continue;
      const n = perFormat.get(format.id) ?? 0;
      if (n >= limitPerFormat) continue;
      perFormat.set(format.id, n + 1);
      out.push({ path, name: relative(repoPath('..'), path), text });
    }
  }
  return out;
}
