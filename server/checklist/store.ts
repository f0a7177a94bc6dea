/**
 * Reading and writing `.hardenlint/checklist.json` at a workspace root.
 *
 * Every change is a read-modify-write of the file as it is on disk right now:
 * only the one changed entry is merged in, so an edit that arrived from disk
 * meanwhile (another editor, `git pull`) is kept. A malformed file is never
 * overwritten: the change fails with a StoreError naming the file and the problem.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { findItem } from '../../rules/checklist';
import {
  STORE_RELATIVE_PATH,
  StoreError,
  emptyStore,
  parseStore,
  serializeStore,
  unknownItemIds,
  type StoreData,
  type StoreEntry,
} from './store-format';

export * from './store-format';

export interface LoadedStore {
  file: string;
  /** False when the file does not exist yet (an empty store). */
  exists: boolean;
  store: StoreData;
  /** Ids the checklist does not know; kept in the file. */
  unknownIds: string[];
}

export function storePath(root: string): string {
  return join(root, STORE_RELATIVE_PATH);
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new StoreError(file, `cannot read: ${(e as Error).message}`);
  }
}

function load(file: string, text: string | undefined): LoadedStore {
  const store = text === undefined ? emptyStore() : parseStore(text, file);
  return { file, exists: text !== undefined, store, unknownIds: unknownItemIds(store, (id) => findItem(id) !== undefined) };
}

/** Read the store of a workspace root. Throws StoreError when the file is malformed. */
export function readStore(root: string): LoadedStore {
  const file = storePath(root);
  return load(file, readText(file));
}

/** Write through a temporary file and a rename, so readers never see half a file. */
export function writeAtomically(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(temp, text, 'utf8');
    renameSync(temp, file);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

export interface ChangeOptions {
  /** Called between reading and writing; tests use it to simulate a concurrent edit. */
  beforeWrite?: () => void;
}

/**
 * Set (or, with `undefined`, remove) one item's entry against the current disk
 * content. If the file changes between the read and the write, the merge is
 * redone on the new content.
 */
export function applyStoreChange(root: string, itemId: string, entry: StoreEntry | undefined, options: ChangeOptions = {}): LoadedStore {
  const file = storePath(root);
  for (let attempt = 0; attempt < 5; attempt++) {
    const before = readText(file);
    const current = load(file, before);
    const items = { ...current.store.items };
    if (entry) items[itemId] = entry;
    else delete items[itemId];
    const next: StoreData = { version: current.store.version, items };
    const text = serializeStore(next);
    options.beforeWrite?.();
    if (readText(file) !== before) continue; // changed on disk meanwhile: merge again
    if (text !== before) writeAtomically(file, text);
    return load(file, text);
  }
  throw new StoreError(file, 'the file keeps changing on disk; try again');
}

/** A `verified` entry for now, by the given person. */
export function verifiedEntry(by: string, evidence?: string, at = new Date()): StoreEntry {
  const trimmed = evidence?.trim();
  return { status: 'verified', by, at: at.toISOString(), ...(trimmed ? { evidence: trimmed } : {}) };
}

/** An `accepted-risk` entry; the justification is required. */
export function acceptedRiskEntry(by: string, justification: string, at = new Date()): StoreEntry {
  const trimmed = justification.trim();
  if (!trimmed) throw new Error('an accepted risk needs a justification');
  return { status: 'accepted-risk', by, at: at.toISOString(), justification: trimmed };
}
