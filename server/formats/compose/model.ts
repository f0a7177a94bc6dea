/**
 * The compose model: a thin view over the `yaml` library's parsed nodes that
 * keeps every node's source offsets, resolves aliases lazily (never expanding
 * alias chains, so alias bombs stay cheap) and follows `<<` merge keys.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, Scalar, visit, type Alias, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Span } from '../../engine/types';
import type { Layout } from './incremental';

export type YDocument = Document.Parsed;

export function spanOf(node: Node | null | undefined): Span {
  const range = node?.range;
  if (!range) return { start: 0, end: 0 };
  return { start: range[0], end: range[1] };
}

/**
 * Whether `target` is written inside a flow collection (`{…}` or `[…]`),
 * where `,`, `[`, `]`, `{` and `}` end a plain scalar. Follows the nodes as
 * written (not through aliases), so the answer is about the place of the text.
 */
export function writtenInFlow(doc: YDocument, target: Node): boolean {
  const search = (node: unknown, flow: boolean, depth: number): boolean | undefined => {
    if (node === target) return flow;
    if (depth > 64 || !(isMap(node) || isSeq(node))) return undefined;
    const inner = flow || Boolean(node.flow);
    for (const item of node.items as unknown[]) {
      const found = isPair(item) ? (search(item.key, inner, depth + 1) ?? search(item.value, inner, depth + 1)) : search(item, inner, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return search(doc.contents, false, 0) ?? false;
}

/**
 * Every alias of a document mapped to its anchored node, built in one pass.
 * (`Alias.resolve(doc)` walks the whole document on every call, which made
 * large files with many aliases slow.) Same lookup as the yaml library: the
 * last node with that anchor before the alias in document order.
 */
const aliasTargets = new WeakMap<YDocument, Map<Alias, Node | undefined>>();

function aliasTargetsOf(doc: YDocument): Map<Alias, Node | undefined> {
  let targets = aliasTargets.get(doc);
  if (targets) return targets;
  targets = new Map();
  const anchors = new Map<string, Node>();
  const found = targets;
  visit(doc, {
    Node: (_key, node) => {
      if (isAlias(node)) found.set(node, anchors.get(node.source));
      else if ((isScalar(node) || isMap(node) || isSeq(node)) && node.anchor) anchors.set(node.anchor, node as Node);
    },
  });
  aliasTargets.set(doc, targets);
  return targets;
}

/** Follow an alias to its anchored node (one level at a time; anchors cannot be cyclic in YAML). */
export function resolve(doc: YDocument, node: unknown): Node | null {
  let current = node as Node | null | undefined;
  if (current && isAlias(current)) {
    const targets = aliasTargetsOf(doc);
    for (let depth = 0; depth < 64 && current && isAlias(current); depth++) {
      current = targets.has(current) ? targets.get(current) : (current.resolve(doc) as Node | undefined);
    }
  }
  return current ?? null;
}

/** A scalar's value as a string (numbers and booleans too); undefined for collections and null. */
export function scalarText(node: Node | null | undefined): string | undefined {
  if (!node || !isScalar(node)) return undefined;
  const v = node.value;
  if (v === null || v === undefined) return undefined;
  return typeof v === 'string' ? v : String(v);
}

/**
 * A boolean field as Compose reads it: YAML booleans, and the YAML 1.1
 * spellings docker-compose accepts (`yes`, `on`, `"true"`, any case).
 * Undefined for anything else (a variable, a typo).
 */
export function composeBoolean(node: Node | null | undefined): boolean | undefined {
  if (!node || !isScalar(node)) return undefined;
  if (typeof node.value === 'boolean') return node.value;
  const text = scalarText(node)?.trim().toLowerCase();
  if (text === 'true' || text === 'yes' || text === 'on') return true;
  if (text === 'false' || text === 'no' || text === 'off') return false;
  return undefined;
}

export interface ComposeEntry {
  key: string;
  /** Key node as written. */
  keyNode: Scalar;
  /** Value with aliases resolved. */
  value: Node | null;
  /** Value as written (an Alias node when it is one). */
  written: Node | null;
  pair: Pair;
  /**
   * Set when the entry comes through a `<<` merge key: the alias (or the
   * merged mapping) in the mapping that pulled it in.
   */
  via?: Node;
}

/** Effective entries of each mapping node; nodes belong to one parsed document, so this never goes stale. */
const effectiveEntries = new WeakMap<YAMLMap, Map<string, ComposeEntry>>();

/** A mapping seen through merge keys: own keys first, then merged sources in order. */
export class MapView {
  constructor(
    readonly doc: YDocument,
    readonly node: YAMLMap | undefined,
  ) {}

  private *walk(map: YAMLMap, via: Node | undefined, seen: Set<Node>): Generator<ComposeEntry> {
    if (seen.has(map) || seen.size > 64) return;
    seen.add(map);
    const merges: { source: Node; via: Node }[] = [];
    for (const item of map.items) {
      if (!isPair(item) || !isScalar(item.key)) continue;
      const keyNode = item.key as Scalar;
      const isMerge = typeof keyNode.value === 'symbol' || (keyNode.value === '<<' && keyNode.type === Scalar.PLAIN);
      const key = isMerge ? '<<' : scalarText(keyNode);
      if (key === undefined) continue;
      const written = (item.value ?? null) as Node | null;
      if (isMerge) {
        const target = resolve(this.doc, written);
        if (isSeq(target)) {
          for (const el of target.items) {
            const src = resolve(this.doc, el);
            if (src) merges.push({ source: src, via: via ?? (el as Node) });
          }
        } else if (target) merges.push({ source: target, via: via ?? (written as Node) });
        continue;
      }
      const entry: ComposeEntry = { key, keyNode: item.key as Scalar, value: resolve(this.doc, written), written, pair: item as Pair };
      if (via) entry.via = via;
      yield entry;
    }
    for (const m of merges) if (isMap(m.source)) yield* this.walk(m.source, m.via, seen);
  }

  /** Effective entries by key, computed once per mapping (rules ask for the same keys many times). */
  private effective(): Map<string, ComposeEntry> {
    if (!this.node) return new Map();
    let out = effectiveEntries.get(this.node);
    if (!out) {
      out = new Map<string, ComposeEntry>();
      for (const e of this.walk(this.node, undefined, new Set())) if (!out.has(e.key)) out.set(e.key, e);
      effectiveEntries.set(this.node, out);
    }
    return out;
  }

  /** Effective entries: a key set directly wins over one merged in. */
  entries(): ComposeEntry[] {
    return [...this.effective().values()];
  }

  get(key: string): ComposeEntry | undefined {
    return this.effective().get(key);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** A nested mapping value as a view (aliases and merges followed). */
  map(key: string): MapView | undefined {
    const v = this.get(key)?.value;
    return isMap(v) ? new MapView(this.doc, v) : undefined;
  }
}

export interface Service {
  name: string;
  /** The service's name key: where "missing setting" findings point. */
  keyNode: Scalar;
  /** The service's mapping (resolved through an alias); undefined for `web:` with no body. */
  node: YAMLMap | undefined;
  view: MapView;
}

export interface ComposeFile {
  doc: YDocument;
  root: MapView;
  services: Service[];
  /** Chunk boundaries when the document was parsed one service at a time (see incremental.ts). */
  layout?: Layout;
}

export function buildModel(doc: YDocument, layout?: Layout): ComposeFile | undefined {
  const contents = doc.contents;
  if (!isMap(contents)) return undefined;
  const root = new MapView(doc, contents);
  const servicesEntry = root.get('services');
  if (!servicesEntry) return undefined;
  const services: Service[] = [];
  const servicesMap = servicesEntry.value;
  if (isMap(servicesMap)) {
    for (const entry of new MapView(doc, servicesMap).entries()) {
      const node = isMap(entry.value) ? entry.value : undefined;
      services.push({ name: entry.key, keyNode: entry.keyNode, node, view: new MapView(doc, node) });
    }
  }
  return layout ? { doc, root, services, layout } : { doc, root, services };
}

/** Items of a sequence value, aliases resolved. */
export function seqItems(doc: YDocument, node: Node | null | undefined): Node[] {
  const v = resolve(doc, node);
  if (!isSeq(v)) return [];
  return v.items.map((i) => resolve(doc, i)).filter((i): i is Node => i !== null);
}

export { isAlias, isMap, isPair, isScalar, isSeq };
export { Scalar };
export type { Node, Pair, YAMLMap };
