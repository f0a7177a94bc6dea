/**
 * Helpers for rules that look at one key of every service: a value written
 * once in an `x-` anchor and merged into several services is reported once,
 * where it is written, naming the services it affects.
 */
import { seqItems, type ComposeEntry, type ComposeFile, type Node, type Service } from './model';

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

/** Something a rule found in one or more services, grouped by where it is written. */
export interface Placed<T> {
  item: T;
  services: Service[];
  /** Written outside the service's own mapping (an anchor merged in or used through an alias). */
  shared: boolean;
}

function writtenInside(service: Service, offset: number): boolean {
  const range = service.node?.range;
  return Boolean(range && offset >= range[0] && offset < range[2]);
}

/**
 * Collect items from every service and report each place once: items with the
 * same `place` (the node where they are written) are merged, keeping the list
 * of services they affect.
 */
export function placeItems<T>(
  file: ComposeFile,
  collect: (service: Service) => T[],
  place: (item: T) => { node: object; offset: number },
): Placed<T>[] {
  const byNode = new Map<object, Placed<T>>();
  for (const service of file.services) {
    for (const item of collect(service)) {
      const where = place(item);
      const existing = byNode.get(where.node);
      if (existing) {
        if (!existing.services.includes(service)) existing.services.push(service);
        existing.shared ||= !writtenInside(service, where.offset);
      } else {
        byNode.set(where.node, { item, services: [service], shared: !writtenInside(service, where.offset) });
      }
    }
  }
  return [...byNode.values()];
}

/** " (written once; affects services a, b)" for shared places, "" for a value written in its own service. */
export function sharedSuffix(placed: Placed<unknown>): string {
  if (!placed.shared && placed.services.length <= 1) return '';
  const names = placed.services.map((s) => s.name).join(', ');
  return ` (shared through an anchor; affects ${placed.services.length === 1 ? 'service' : 'services'} ${names})`;
}

/** Every service's value for `key`, placed where the value is written. */
export function placedValues(file: ComposeFile, key: string): Placed<ComposeEntry>[] {
  return placeItems(
    file,
    (s) => {
      const e = s.view.get(key);
      return e ? [e] : [];
    },
    (e) => ({ node: e.value ?? e.pair, offset: (e.value ?? e.keyNode).range?.[0] ?? 0 }),
  );
}

/** Every item of every service's list under `key`, placed where the item is written. */
export function placedSeqItems(file: ComposeFile, key: string): Placed<Node>[] {
  return placeItems(
    file,
    (s) => seqItems(file.doc, s.view.get(key)?.value),
    (n) => ({ node: n, offset: n.range?.[0] ?? 0 }),
  );
}
