/**
 * The format of `.hardenlint/checklist.json`: what a team records by hand about
 * checklist items (evidence that a manual item was verified, or a risk they
 * accept). Pure parsing and serialisation; file access lives in store.ts.
 *
 *   {
 *     "version": 1,
 *     "items": {
 *       "<item-id>": { "status": "verified", "by": "ana", "at": "2026-01-31T10:00:00.000Z", "evidence": "…" },
 *       "<item-id>": { "status": "accepted-risk", "by": "ana", "at": "…", "justification": "…" }
 *     }
 *   }
 *
 * Serialisation is stable (item ids sorted, fixed key order, 2-space JSON,
 * trailing newline) so the file diffs and merges well under version control.
 */

export const STORE_VERSION = 1;
/** Where the store lives, relative to the workspace root. */
export const STORE_RELATIVE_PATH = '.hardenlint/checklist.json';

export interface VerifiedEntry {
  status: 'verified';
  by: string;
  /** ISO 8601 date-time. */
  at: string;
  evidence?: string;
}

export interface AcceptedRiskEntry {
  status: 'accepted-risk';
  by: string;
  at: string;
  /** Why the team accepts the risk; always present and non-empty. */
  justification: string;
}

export type StoreEntry = VerifiedEntry | AcceptedRiskEntry;

export interface StoreData {
  version: typeof STORE_VERSION;
  items: Record<string, StoreEntry>;
}

/** The file could not be understood; nothing is written until it is fixed. */
export class StoreError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem} (fix or remove the file; hardenlint will not overwrite it)`);
    this.name = 'StoreError';
  }
}

export function emptyStore(): StoreData {
  return { version: STORE_VERSION, items: {} };
}

const ENTRY_KEY_ORDER = ['status', 'by', 'at', 'evidence', 'justification'];

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function parseEntry(file: string, id: string, value: unknown): StoreEntry {
  const where = `item "${id}"`;
  if (!isObject(value)) throw new StoreError(file, `${where} must be an object`);
  for (const key of ['by', 'at'] as const) {
    if (typeof value[key] !== 'string') throw new StoreError(file, `${where}: "${key}" must be a string`);
  }
  if (value.status === 'verified') {
    if (value.evidence !== undefined && typeof value.evidence !== 'string') {
      throw new StoreError(file, `${where}: "evidence" must be a string`);
    }
  } else if (value.status === 'accepted-risk') {
    if (typeof value.justification !== 'string' || value.justification.trim() === '') {
      throw new StoreError(file, `${where}: an accepted risk needs a non-empty "justification"`);
    }
  } else {
    throw new StoreError(file, `${where}: "status" must be "verified" or "accepted-risk", not ${JSON.stringify(value.status)}`);
  }
  // Unknown keys are kept so a newer hardenlint's additions survive a round trip.
  return value as unknown as StoreEntry;
}

/** Parse the file's text; throws StoreError naming the file and the problem. */
export function parseStore(text: string, file: string): StoreData {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new StoreError(file, `not valid JSON: ${(e as Error).message}`);
  }
  if (!isObject(data)) throw new StoreError(file, 'the top level must be an object');
  if (data.version !== STORE_VERSION) {
    throw new StoreError(file, `unsupported "version" ${JSON.stringify(data.version)} (expected ${STORE_VERSION})`);
  }
  const items = data.items ?? {};
  if (!isObject(items)) throw new StoreError(file, '"items" must be an object keyed by checklist item id');
  const out: Record<string, StoreEntry> = {};
  for (const [id, value] of Object.entries(items)) out[id] = parseEntry(file, id, value);
  return { version: STORE_VERSION, items: out };
}

function orderedEntry(entry: StoreEntry): Record<string, unknown> {
  const source = entry as unknown as Record<string, unknown>;
  const keys = Object.keys(source).sort((a, b) => {
    const ia = ENTRY_KEY_ORDER.indexOf(a);
    const ib = ENTRY_KEY_ORDER.indexOf(b);
    if (ia !== -1 || ib !== -1) return (ia === -1 ? 99 : ia) - (ib === -1 ? 99 : ib);
    return a < b ? -1 : a > b ? 1 : 0;
  });
  const out: Record<string, unknown> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

/** Stable text: sorted item ids, fixed key order, 2-space indentation, trailing newline. */
export function serializeStore(store: StoreData): string {
  const items: Record<string, unknown> = {};
  for (const id of Object.keys(store.items).sort()) items[id] = orderedEntry(store.items[id]!);
  return `${JSON.stringify({ version: STORE_VERSION, items }, null, 2)}\n`;
}

/** Ids in the store that the checklist does not know (kept in the file, reported to the user). */
export function unknownItemIds(store: StoreData, isKnown: (id: string) => boolean): string[] {
  return Object.keys(store.items).filter((id) => !isKnown(id)).sort();
}
