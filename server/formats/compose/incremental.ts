/**
 * Incremental compose parsing: the text is cut into top-level blocks and,
 * inside `services:`, one chunk per service; each chunk is parsed on its own
 * and cached by its exact text, so a keystroke re-parses one chunk. A chunk
 * starts at its key's first character (the indentation before it belongs to
 * the previous chunk), which makes every node range, shifted by the chunk's
 * offset, equal to the range the whole-document parse gives.
 *
 * Only plain layouts are split. Whenever the text could make chunks parse
 * differently from the whole (anchors, aliases, merge keys, block scalars,
 * tabs, several documents, directives, flow or odd top-level layout,
 * duplicate keys, a chunk with a parse error) `parseChunked` returns
 * undefined and the caller parses the whole document as before.
 */
import { Document, isCollection, isMap, isPair, isScalar, Pair, parseDocument, Scalar, visit, YAMLMap, YAMLSeq, type Node } from 'yaml';
import type { YDocument } from './model';

export const YAML_OPTIONS = {
  keepSourceTokens: false,
  prettyErrors: false,
  uniqueKeys: true,
  merge: true,
  strict: false,
} as const;

/** A key line: a plain key, a colon, then a space, a comment or the line end. */
const KEY_LINE = /^( *)[A-Za-z0-9_][\w.-]*[ ]*:(?:[ ].*)?$/;
const SERVICES_LINE = /^services[ ]*:[ ]*(?:#.*)?$/;
/** Anchors, aliases and merge keys: chunks could not see each other's anchors. */
const ANCHOR_OR_ALIAS = /(?:^|[\s,[\]{}:"'?-])[&*]|<</m;
/** A block scalar header (`|`, `>-`, `|2+`…) at the end of a line, before any comment. */
const BLOCK_SCALAR = /[|>][-+0-9]*[ ]*(?:#.*)?$/m;
/** Document markers and directives. */
const STREAM_SYNTAX = /^(?:---|\.\.\.|%)/m;

interface Chunk {
  start: number;
  end: number;
}

export interface Layout {
  /** Top-level blocks; `services` is one of them (its chunk covers only its key line). */
  blocks: Chunk[];
  servicesBlock: number;
  services: Chunk[];
}

function isBlankOrComment(line: string): boolean {
  const t = line.trimStart();
  return t === '' || t.startsWith('#');
}

/** Chunk boundaries, or undefined when the layout is not plain enough to split safely. */
export function layoutOf(text: string): Layout | undefined {
  if (text.includes('\t') || ANCHOR_OR_ALIAS.test(text) || BLOCK_SCALAR.test(text) || STREAM_SYNTAX.test(text)) return undefined;
  const blocks: Chunk[] = [];
  const services: Chunk[] = [];
  let servicesBlock = -1;
  let serviceIndent = -1;
  let inServices = false;
  /**
   * A comment indented like a service key (or a little deeper) after the last
   * service's last line: the whole-text parse ends the services mapping
   * before it, the last chunk (whose key starts at column 0) does not.
   */
  let trailingComment = false;
  let lineStart = 0;
  while (lineStart < text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(lineStart, text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd);
    const next = nl < 0 ? text.length : nl + 1;
    if (line.includes('\r')) return undefined;
    if (inServices && serviceIndent >= 0 && line.trimStart().startsWith('#')) {
      // Whether the services block ends in a comment at or past the service keys' indentation (see below).
      trailingComment ||= line.length - line.trimStart().length >= serviceIndent;
    }
    if (!isBlankOrComment(line)) {
      const endsInComment = trailingComment;
      trailingComment = false;
      const key = KEY_LINE.exec(line);
      const indent = line.length - line.trimStart().length;
      if (indent === 0) {
        if (!key) return undefined;
        // The services block's own chunk already ends at its first service.
        const last = blocks[blocks.length - 1];
        if (inServices && endsInComment) return undefined;
        if (inServices) closeServices(services, lineStart);
        else if (last) last.end = lineStart;
        blocks.push({ start: lineStart, end: text.length });
        inServices = SERVICES_LINE.test(line);
        if (inServices) {
          if (servicesBlock >= 0) return undefined;
          servicesBlock = blocks.length - 1;
        } else if (/^services[ ]*:/.test(line)) return undefined;
      } else if (inServices) {
        if (serviceIndent < 0) serviceIndent = indent;
        if (indent < serviceIndent) return undefined;
        if (indent === serviceIndent) {
          if (!key) return undefined;
          const start = lineStart + indent;
          if (services.length === 0) blocks[servicesBlock]!.end = start;
          else services[services.length - 1]!.end = start;
          services.push({ start, end: text.length });
        }
      } else if (blocks.length === 0) return undefined;
    }
    lineStart = next;
  }
  if (servicesBlock < 0 || services.length === 0 || blocks.length === 0 || (inServices && trailingComment)) return undefined;
  return { blocks, servicesBlock, services };
}

/** The services chunks end where the next top-level block starts. */
function closeServices(services: Chunk[], at: number): void {
  const last = services[services.length - 1];
  if (last) last.end = at;
}

/** One parsed chunk: a mapping with exactly one pair, its ranges placing it at `offset`. */
interface CachedChunk {
  pair: Pair<Scalar, Node | null>;
  map: YAMLMap;
  offset: number;
  size: number;
  /**
   * Trees built from this chunk and not released yet. While there are any,
   * the chunk's nodes never change; once there are none, a move shifts them
   * in place instead of copying them.
   */
  users: number;
}

/** Chunk parses of recent documents, least recently used first, bounded by total text size. */
export class ChunkCache {
  private readonly entries = new Map<string, CachedChunk>();
  private size = 0;

  /** Parsed nodes take about 32 bytes per character of text: the default keeps about 32 MB, ten 5,000-line files. */
  constructor(readonly maxChars = 1_000_000) {}

  get totalChars(): number {
    return this.size;
  }

  take(key: string): CachedChunk | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  put(key: string, chunk: CachedChunk): void {
    const old = this.entries.get(key);
    if (old) {
      this.size -= old.size;
      this.entries.delete(key);
    }
    this.entries.set(key, chunk);
    this.size += chunk.size;
    for (const [k, v] of this.entries) {
      if (this.size <= this.maxChars) break;
      this.entries.delete(k);
      this.size -= v.size;
    }
  }
}

/**
 * A deep copy with every range moved by `delta`. Faster than the library's
 * `clone()` (which copies property descriptors) on the common node classes;
 * anything else goes through `clone()`.
 */
function cloneShifted<T>(value: T, delta: number): T {
  if (value === null || typeof value !== 'object') return value;
  const proto = Object.getPrototypeOf(value) as object;
  let copy: Node | Pair;
  if (proto === Scalar.prototype) copy = Object.assign(new Scalar(null), value);
  else if (proto === YAMLMap.prototype || proto === YAMLSeq.prototype) {
    const collection = value as unknown as YAMLMap | YAMLSeq;
    const fresh = proto === YAMLMap.prototype ? new YAMLMap(collection.schema) : new YAMLSeq(collection.schema);
    Object.assign(fresh, collection);
    fresh.items = (collection.items as unknown[]).map((item) => cloneShifted(item, delta)) as typeof fresh.items;
    copy = fresh;
  } else if (proto === Pair.prototype) {
    const pair = value as unknown as Pair;
    copy = Object.assign(new Pair(null), pair);
    copy.key = cloneShifted(pair.key, delta);
    copy.value = cloneShifted(pair.value, delta);
    return copy as T;
  } else {
    const other = (value as unknown as Node).clone();
    shiftRanges(other as Node, delta);
    return other as T;
  }
  const r = (value as unknown as Node).range;
  if (r) copy.range = [r[0] + delta, r[1] + delta, r[2] + delta];
  return copy as T;
}

function shiftRanges(root: Node, delta: number): void {
  visit(root, {
    Node: (_key, node) => {
      const r = node.range;
      if (r) node.range = [r[0] + delta, r[1] + delta, r[2] + delta];
    },
  });
}

/** Move every range of a chunk nobody uses any more (see CachedChunk.users). */
function shiftInPlace(node: unknown, delta: number): void {
  if (node === null || typeof node !== 'object') return;
  if (isPair(node)) {
    shiftInPlace(node.key, delta);
    shiftInPlace(node.value, delta);
    return;
  }
  const n = node as Node;
  const r = n.range;
  if (r) n.range = [r[0] + delta, r[1] + delta, r[2] + delta];
  if (isCollection(n)) for (const item of n.items as unknown[]) shiftInPlace(item, delta);
}

/**
 * The chunk's single pair with ranges at `offset`. Nodes of a chunk that a
 * tree still uses are never changed: a chunk that moved is cloned, then
 * shifted, so trees handed out earlier keep their ranges. A chunk no tree
 * uses any more is shifted in place.
 */
function parseChunk(cache: ChunkCache, scope: string, text: string, offset: number): CachedChunk | undefined {
  const key = `${scope}\u0000${text}`;
  const hit = cache.take(key);
  if (hit) {
    if (hit.offset === offset) return hit;
    if (hit.users === 0) {
      shiftInPlace(hit.map, offset - hit.offset);
      hit.offset = offset;
      return hit;
    }
    const map = cloneShifted(hit.map, offset - hit.offset);
    const moved: CachedChunk = { pair: map.items[0] as Pair<Scalar, Node | null>, map, offset, size: hit.size, users: 0 };
    cache.put(key, moved);
    return moved;
  }
  const doc = parseDocument(text, YAML_OPTIONS);
  if (doc.errors.length > 0) return undefined;
  const map = doc.contents;
  if (!isMap(map) || map.flow || map.items.length !== 1) return undefined;
  const pair = map.items[0] as Pair<unknown, unknown>;
  if (!isScalar(pair.key) || pair.key.type !== 'PLAIN') return undefined;
  if (offset !== 0) shiftRanges(map, offset);
  const chunk: CachedChunk = { pair: pair as Pair<Scalar, Node | null>, map, offset, size: text.length + scope.length, users: 0 };
  cache.put(key, chunk);
  return chunk;
}

/** How the yaml library compares keys for uniqueness (scalar values, strictly equal). */
function keyIdentity(key: Scalar): string {
  const v = key.value;
  return `${typeof v}:${String(v)}`;
}

function rangeOf(first: CachedChunk, last: { range: [number, number, number] }): [number, number, number] {
  return [first.pair.key.range![0], last.range[1], last.range[2]];
}

/** Build a document equal (in every node range and value) to the whole-text parse, or undefined. */
export function parseChunked(text: string, cache: ChunkCache, scope: string): YDocument | undefined {
  return parseChunkedWithLayout(text, cache, scope)?.doc;
}

/** `parseChunked`, also returning the chunk boundaries the document was built from. */
export function parseChunkedWithLayout(text: string, cache: ChunkCache, scope: string): { doc: YDocument; layout: Layout } | undefined {
  const layout = layoutOf(text);
  if (!layout) return undefined;
  const serviceChunks: CachedChunk[] = [];
  const seenServices = new Set<string>();
  for (const c of layout.services) {
    const chunk = parseChunk(cache, scope, text.slice(c.start, c.end), c.start);
    if (!chunk) return undefined;
    const id = keyIdentity(chunk.pair.key);
    if (seenServices.has(id)) return undefined;
    seenServices.add(id);
    serviceChunks.push(chunk);
  }
  const servicesMap = new YAMLMap();
  servicesMap.items = serviceChunks.map((c) => c.pair);
  servicesMap.range = rangeOf(serviceChunks[0]!, serviceChunks[serviceChunks.length - 1]!.map as { range: [number, number, number] });

  const pairs: Pair[] = [];
  const seenKeys = new Set<string>();
  let firstChunk: CachedChunk | undefined;
  let lastRange: [number, number, number] | undefined;
  const blockChunks: CachedChunk[] = [];
  for (const [i, b] of layout.blocks.entries()) {
    const chunk = parseChunk(cache, scope, text.slice(b.start, b.end), b.start);
    if (!chunk) return undefined;
    blockChunks.push(chunk);
    const id = keyIdentity(chunk.pair.key);
    if (seenKeys.has(id)) return undefined;
    seenKeys.add(id);
    firstChunk ??= chunk;
    if (i === layout.servicesBlock) {
      // The services key's own chunk ends before the first service, so its value is null: attach the assembled map.
      const empty = chunk.pair.value;
      if (empty && !(isScalar(empty) && empty.value === null && empty.source === '')) return undefined;
      pairs.push(servicesPair(chunk.pair, servicesMap));
      lastRange = servicesMap.range;
    } else {
      pairs.push(chunk.pair);
      lastRange = chunk.map.range as [number, number, number];
    }
  }
  const root = new YAMLMap();
  root.items = pairs;
  root.range = rangeOf(firstChunk!, { range: lastRange! });
  const doc = new Document(undefined, YAML_OPTIONS) as unknown as YDocument;
  doc.contents = root as unknown as YDocument['contents'];
  doc.range = [...root.range];
  const used = [...serviceChunks, ...blockChunks];
  for (const chunk of used) chunk.users++;
  chunksOfTree.set(doc, used);
  return { doc, layout };
}

/** The chunks each chunked tree was built from, until it is released. */
const chunksOfTree = new WeakMap<YDocument, CachedChunk[]>();

/**
 * The caller is done with a tree from `parseChunked`: its nodes may now be
 * moved in place by a later parse. Using the tree afterwards gives wrong
 * ranges. Releasing twice, or a tree not built from chunks, does nothing.
 */
export function releaseChunked(doc: YDocument): void {
  const chunks = chunksOfTree.get(doc);
  if (!chunks) return;
  chunksOfTree.delete(doc);
  for (const chunk of chunks) chunk.users--;
}

/** A new pair (the cached one keeps its null value) with the services key and the assembled map. */
function servicesPair(keyPair: Pair<Scalar, Node | null>, value: YAMLMap): Pair {
  const pair = keyPair.clone() as Pair;
  pair.key = keyPair.key;
  pair.value = value;
  return pair;
}
