/** "Did you mean" for parameter names: the closest known name within a small edit distance. */
import { paramKeys, findParam } from '../../../server/formats/postgresql/params';

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The known parameter closest to `name`, when it is unambiguous and close enough to be a typo. */
export function closestParam(name: string): string | undefined {
  const key = name.toLowerCase();
  const limit = Math.max(2, Math.floor(key.length / 4));
  let best: string | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const candidate of paramKeys()) {
    if (!findParam(candidate)!.settable) continue;
    const d = distance(key, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance) tie = true;
  }
  return best !== undefined && bestDistance <= limit && !tie ? findParam(best)!.name : undefined;
}
