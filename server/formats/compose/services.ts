/**
 * Helpers for rules that look at one key of every service: a value written
 * once in an `x-` anchor and merged into several services is reported once,
 * where it is written, naming the services it affects.
 */
import type { ComposeEntry, ComposeFile, Service } from './model';

export interface PlacedEntry {
  entry: ComposeEntry;
  services: Service[];
}

export function entriesByPlace(file: ComposeFile, key: string): PlacedEntry[] {
  const byPair = new Map<unknown, PlacedEntry>();
  for (const service of file.services) {
    const entry = service.view.get(key);
    if (!entry) continue;
    const placed = byPair.get(entry.pair);
    if (placed) placed.services.push(service);
    else byPair.set(entry.pair, { entry, services: [service] });
  }
  return [...byPair.values()];
}

/** " (set through a merge key; affects services a, b)" or "" for a value written in the service itself. */
export function affectsSuffix(placed: PlacedEntry): string {
  if (!placed.entry.via && placed.services.length <= 1) return '';
  const names = placed.services.map((s) => s.name).join(', ');
  return ` (inherited through a merge key; affects ${placed.services.length === 1 ? 'service' : 'services'} ${names})`;
}
