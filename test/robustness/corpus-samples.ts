/** Real-world and bundled configs, as samples for property and robustness tests. */
import { readFileSync, existsSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { walkFiles } from '../../server/node/walk';
import { corpusPath, repoPath } from '../harness/paths';
import type { Linter } from '../../server/engine/linter';
import type { FormatId } from '../../server/engine/types';

export interface Sample {
  /** Path used for format detection and includes (the real path). */
  path: string;
  name: string;
  text: string;
  format: FormatId;
}

/**
 * The corpus names compose files `<project>.compose.yaml`, which path
 * detection rightly does not claim; its folder says what they are.
 */
function formatByFolder(path: string): FormatId | undefined {
  const rel = relative(corpusPath(), path);
  return rel.startsWith(`compose${sep}`) && /\.ya?ml$/.test(path) ? 'compose' : undefined;
}

/** Every corpus and example file the linter recognises, read once. */
export function loadSamples(linter: Linter, limitPerFormat = Infinity): Sample[] {
  const out: Sample[] = [];
  const perFormat = new Map<string, number>();
  for (const root of [corpusPath(), repoPath('examples'), repoPath('test', 'fixtures')]) {
    if (!existsSync(root)) continue;
    for (const path of walkFiles(root)) {
      const text = readFileSync(path, 'utf8');
      const format = linter.detectFormat(path, text)?.id ?? formatByFolder(path);
      if (!format) continue;
      const n = perFormat.get(format) ?? 0;
      if (n >= limitPerFormat) continue;
      perFormat.set(format, n + 1);
      out.push({ path, name: relative(repoPath('..'), path), text, format });
    }
  }
  return out;
}

/** The first `maxLines` lines of a sample: keeps mutation runs fast on the 2,000-line redis.conf. */
export function headLines(sample: Sample, maxLines: number): Sample {
  const lines = sample.text.split(/(?<=\n)/);
  return lines.length <= maxLines ? sample : { ...sample, text: lines.slice(0, maxLines).join('') };
}
