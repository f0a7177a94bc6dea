/**
 * The nginx context model: the configuration as nginx sees it after reading
 * `include`s, as a tree of contexts (main → http → server → location → if),
 * with lookups that follow nginx's inheritance rules.
 */
import type { NginxArg, NginxDirective, NginxFile } from './ast';
import type { KnownInclude } from './known-includes';

export type ContextKind =
  | 'main'
  | 'events'
  | 'http'
  | 'server'
  | 'location'
  | 'if'
  | 'limit_except'
  | 'upstream'
  | 'stream'
  | 'mail';

/** Block directives whose bodies hold directives (others, like `map` or `types`, hold data). */
export const CONTEXT_BLOCKS: Readonly<Record<string, ContextKind>> = {
  events: 'events',
  http: 'http',
  server: 'server',
  location: 'location',
  if: 'if',
  limit_except: 'limit_except',
  upstream: 'upstream',
  stream: 'stream',
  mail: 'mail',
};

export interface NginxContext {
  kind: ContextKind;
  /** The block directive that opens the context; undefined for main and for levels not written in the workspace. */
  block?: NginxDirective;
  parent?: NginxContext;
  /** Own directives, `include`s replaced by the directives of the included files. */
  directives: NginxDirective[];
  children: NginxContext[];
  /** A level nginx has but the workspace does not show (the http around a conf.d file). */
  synthetic: boolean;
  /** `include`s written here whose files cannot be read: what they set is unknown, or limited to a known list. */
  unresolvedIncludes?: UnreadInclude[];
}

export interface UnreadInclude {
  directive: NginxDirective;
  /** The file's content is known: it may set only these directives. */
  known?: KnownInclude;
}

/**
 * An unreadable include in the context or a context it inherits from that may
 * set one of `names` (any directive when undefined): settings of those names
 * there may come from it. An include of unknown content may set anything.
 */
export function unresolvedIncludeAbove(context: NginxContext, names?: readonly string[]): NginxDirective | undefined {
  for (let c: NginxContext | undefined = context; c; c = c.parent) {
    const found = c.unresolvedIncludes?.find((u) => maySet(u, names));
    if (found) return found.directive;
  }
  return undefined;
}

function maySet(include: UnreadInclude, names: readonly string[] | undefined): boolean {
  const sets = include.known?.sets;
  return !sets || !names || names.some((n) => sets.has(n));
}

export function newContext(kind: ContextKind, parent: NginxContext | undefined, block?: NginxDirective): NginxContext {
  const context: NginxContext = { kind, parent, directives: [], children: [], synthetic: block === undefined && kind !== 'main' };
  if (block) context.block = block;
  if (parent) parent.children.push(context);
  return context;
}

/** Every context below (and including) `root`, parents before children. */
export function allContexts(root: NginxContext): NginxContext[] {
  const out: NginxContext[] = [];
  const visit = (c: NginxContext): void => {
    out.push(c);
    c.children.forEach(visit);
  };
  visit(root);
  return out;
}

export function contextsOfKind(root: NginxContext, kind: ContextKind): NginxContext[] {
  return allContexts(root).filter((c) => c.kind === kind);
}

/**
 * A context's directives by name. The http level of a big config holds
 * thousands of server blocks and every server looks names up there, so a scan
 * per lookup would be quadratic. Rebuilt when directives were appended.
 */
const directivesByName = new WeakMap<NginxContext, { count: number; index: Map<string, NginxDirective[]> }>();

function nameIndex(context: NginxContext): Map<string, NginxDirective[]> {
  let cached = directivesByName.get(context);
  if (!cached || cached.count !== context.directives.length) {
    const index = new Map<string, NginxDirective[]>();
    for (const d of context.directives) {
      const list = index.get(d.name);
      if (list) list.push(d);
      else index.set(d.name, [d]);
    }
    cached = { count: context.directives.length, index };
    directivesByName.set(context, cached);
  }
  return cached.index;
}

const NONE: readonly NginxDirective[] = [];

/** The context's own directives of one name, in order (shared: do not modify). */
/** Below this many directives a scan is cheaper than building and keeping an index. */
const SCAN_LIMIT = 24;

export function ownDirectives(context: NginxContext, name: string): readonly NginxDirective[] {
  if (context.directives.length <= SCAN_LIMIT) {
    let found: NginxDirective[] | undefined;
    for (const d of context.directives) if (d.name === name) (found ??= []).push(d);
    return found ?? NONE;
  }
  return nameIndex(context).get(name) ?? NONE;
}

export function ownDirective(context: NginxContext, name: string): NginxDirective | undefined {
  if (context.directives.length <= SCAN_LIMIT) return context.directives.find((d) => d.name === name);
  return nameIndex(context).get(name)?.[0];
}

export function ancestor(context: NginxContext, kind: ContextKind): NginxContext | undefined {
  for (let c: NginxContext | undefined = context; c; c = c.parent) if (c.kind === kind) return c;
  return undefined;
}

export interface Found {
  directive: NginxDirective;
  context: NginxContext;
}

/**
 * A scalar directive's effective setting: the nearest level (this one or an
 * ancestor) that sets it. Undefined means nginx's built-in default applies.
 */
export function lookup(context: NginxContext, name: string): Found | undefined {
  for (let c: NginxContext | undefined = context; c; c = c.parent) {
    const directive = ownDirective(c, name);
    if (directive) return { directive, context: c };
  }
  return undefined;
}

/** The effective first argument of a scalar directive, or `fallback` (nginx's default). */
export function effectiveValue(context: NginxContext, name: string, fallback: string): string {
  return lookup(context, name)?.directive.args[0]?.value ?? fallback;
}

export interface ArrayEffect {
  directives: readonly NginxDirective[];
  /** The levels whose own directives make up the effective list (nearest first). */
  sources: readonly NginxContext[];
}

/**
 * An array-type directive (`add_header`, `proxy_set_header`, `limit_req`…):
 * a level with any of its own replaces everything inherited, a level without
 * any inherits its parent's list. `add_header_inherit merge` (nginx ≥ 1.29.3)
 * appends the parent's headers to the level's own; `off` drops them.
 */
export function effectiveArray(context: NginxContext, name: string): ArrayEffect {
  let byName = arrayEffects.get(context);
  if (!byName || byName.count !== context.directives.length) {
    byName = { count: context.directives.length, effects: new Map() };
    arrayEffects.set(context, byName);
  }
  let effect = byName.effects.get(name);
  if (!effect) {
    effect = computeArrayEffect(context, name);
    byName.effects.set(name, effect);
  }
  return effect;
}

/**
 * Effects per context and name: every location asks for its parents' lists.
 * Like the name index, dropped when the context's directives grew (only while
 * the model is being read, before any rule asks).
 */
const arrayEffects = new WeakMap<NginxContext, { count: number; effects: Map<string, ArrayEffect> }>();

function computeArrayEffect(context: NginxContext, name: string): ArrayEffect {
  const own = ownDirectives(context, name);
  const parent = context.parent && context.parent.kind !== 'main' ? effectiveArray(context.parent, name) : { directives: [], sources: [] };
  const mode = name === 'add_header' || name === 'add_trailer' ? inheritMode(context, name) : 'on';
  if (mode === 'off') return { directives: own, sources: own.length ? [context] : [] };
  if (own.length === 0) return parent;
  if (mode === 'merge') return { directives: [...parent.directives, ...own], sources: [context, ...parent.sources] };
  return { directives: own, sources: [context] };
}

/** `add_header_inherit` (itself inherited the standard way). */
export function inheritMode(context: NginxContext, name: 'add_header' | 'add_trailer' = 'add_header'): 'on' | 'off' | 'merge' {
  const value = lookup(context, `${name}_inherit`)?.directive.args[0]?.value;
  return value === 'off' || value === 'merge' ? value : 'on';
}

/** A response header as `add_header` sets it. */
export interface HeaderEntry {
  directive: NginxDirective;
  /** Lower-cased header name. */
  name: string;
  value: NginxArg | undefined;
  always: boolean;
}

export function headerEntry(directive: NginxDirective): HeaderEntry | undefined {
  const [name, value, flag] = directive.args;
  if (!name) return undefined;
  return { directive, name: name.value.toLowerCase(), value, always: flag?.value === 'always' };
}

/** Header entries per effective add_header list (lists are shared by every level that inherits them). */
const headersOfEffect = new WeakMap<ArrayEffect, HeaderEntry[]>();

export function effectiveHeaders(context: NginxContext): { headers: readonly HeaderEntry[]; sources: readonly NginxContext[] } {
  const effect = effectiveArray(context, 'add_header');
  let headers = headersOfEffect.get(effect);
  if (!headers) {
    headers = effect.directives.map(headerEntry).filter((h): h is HeaderEntry => h !== undefined);
    headersOfEffect.set(effect, headers);
  }
  return { headers, sources: effect.sources };
}

/** Whether a server terminates TLS: a `listen … ssl` or the legacy `ssl on`. */
export function isTlsServer(server: NginxContext): boolean {
  if (ownDirectives(server, 'listen').some((l) => l.args.slice(1).some((a) => a.value === 'ssl'))) return true;
  return lookup(server, 'ssl')?.directive.args[0]?.value === 'on';
}

const REDIRECT_CODES = new Set(['301', '302', '303', '307', '308']);

/** `return 301 https://…`, `return https://…` or `rewrite … https://… permanent|redirect`. */
export function isHttpsRedirect(directive: NginxDirective): boolean {
  const args = directive.args.map((a) => a.value);
  if (directive.name === 'return') {
    if (args.length === 1) return /^https:\/\//i.test(args[0]!);
    return REDIRECT_CODES.has(args[0]!) && /^https:\/\//i.test(args[1] ?? '');
  }
  if (directive.name === 'rewrite') {
    return /^https:\/\//i.test(args[1] ?? '') && (args[2] === 'permanent' || args[2] === 'redirect' || args.length === 2);
  }
  return false;
}

/** A `return` that sends a redirect or an error, not content. */
export function isNonContentReturn(directive: NginxDirective): boolean {
  if (directive.name !== 'return') return false;
  const first = directive.args[0]?.value ?? '';
  if (directive.args.length === 1 && /^(https?:\/\/|\$scheme:\/\/)/i.test(first)) return true;
  return /^(3\d\d|4\d\d|5\d\d)$/.test(first);
}

/** A block whose own directives answer every request with a redirect or an error (`return 301 …`, `return 444`). */
export function onlyReturns(context: NginxContext): boolean {
  const cached = returnsOnly.get(context);
  if (cached && cached.count === context.directives.length) return cached.answer;
  const answer = context.directives.some(isNonContentReturn);
  returnsOnly.set(context, { count: context.directives.length, answer });
  return answer;
}

/** Answers per context: a server with thousands of locations is asked once for each of them. */
const returnsOnly = new WeakMap<NginxContext, { count: number; answer: boolean }>();

export const PROXY_PASS_DIRECTIVES = ['proxy_pass', 'fastcgi_pass', 'uwsgi_pass', 'grpc_pass', 'scgi_pass', 'memcached_pass'];

/** A location that hands requests to an application (dynamic content). */
export function isProxied(context: NginxContext): boolean {
  return context.directives.some((d) => PROXY_PASS_DIRECTIVES.includes(d.name));
}

/** The location's match modifier, its path argument and the path text without the modifier. */
export function locationMatch(location: NginxDirective): { modifier: string; path: NginxArg | undefined; text: string } {
  const [first, second] = location.args;
  if (first && second && ['=', '~', '~*', '^~'].includes(first.value)) return { modifier: first.value, path: second, text: second.value };
  const m = first ? /^(=|~\*?|\^~|@)/.exec(first.value) : null;
  if (first && m) return { modifier: m[1]!, path: first, text: first.value.slice(m[1]!.length) };
  return { modifier: '', path: first, text: first?.value ?? '' };
}

export type { NginxFile };
