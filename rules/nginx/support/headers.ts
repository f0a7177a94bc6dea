/**
 * The response-header view the header rules share: which blocks to judge
 * (every server that serves content, plus each location or `if` below it with
 * its own add_header, since those replace the inherited set), and a fix that
 * inserts headers into a block without dropping the ones it inherited.
 */
import type { Fix, TextEdit } from '../../../server/engine/types';
import type { NginxDirective } from '../../../server/formats/nginx/ast';
import { allContexts, effectiveHeaders, inheritMode, ownDirectives, type HeaderEntry, type NginxContext } from '../../../server/formats/nginx/context';
import { copyOf, insertIntoBlock } from '../../../server/formats/nginx/context-edits';
import type { NginxModel } from '../../../server/formats/nginx/context-model';
import { Scope, servesContent } from './scope';

export interface HeaderTarget {
  /** The block judged and where missing headers are reported and inserted. */
  context: NginxContext & { block: NginxDirective };
  headers: readonly HeaderEntry[];
  /** Inherited add_header lines a new add_header here would drop, so the fix re-declares them. */
  inherited: NginxDirective[];
  /** Lower-cased names the parent level sends that this block's own add_header drops. */
  dropped: Set<string>;
  /** For a location or `if`: the server's target, whose missing headers are reported there once. */
  server?: HeaderTarget;
}

/** Targets of every content-serving server, per model: the header rules share them. */
const targetsByModel = new WeakMap<NginxModel, { server: NginxContext; targets: HeaderTarget[] }[]>();

export function headerTargets(scope: Scope, includeServer: (server: NginxContext) => boolean): HeaderTarget[] {
  let perServer = targetsByModel.get(scope.model);
  if (!perServer) {
    perServer = scope.servers().filter((s) => s.block && servesContent(s)).map((server) => ({ server, targets: serverTargets(server) }));
    targetsByModel.set(scope.model, perServer);
  }
  return perServer.filter((s) => includeServer(s.server)).flatMap((s) => s.targets);
}

function serverTargets(server: NginxContext): HeaderTarget[] {
  const out: HeaderTarget[] = [];
  let serverTarget: HeaderTarget | undefined;
  for (const context of allContexts(server)) {
    if (!context.block) continue;
    const own = ownDirectives(context, 'add_header');
    if ((context !== server && own.length === 0) || !servesContent(context)) continue;
    const { headers } = effectiveHeaders(context);
    const parentNames = new Set(context.parent && context.parent.kind !== 'main' ? effectiveHeaders(context.parent).headers.map((h) => h.name) : []);
    const names = new Set(headers.map((h) => h.name));
    const inherited = own.length === 0 && inheritMode(context) !== 'merge' ? headers.map((h) => h.directive) : [];
    const target: HeaderTarget = {
      context: context as NginxContext & { block: NginxDirective },
      headers,
      inherited,
      dropped: new Set([...parentNames].filter((n) => !names.has(n))),
    };
    if (context === server) serverTarget = target;
    else if (serverTarget) target.server = serverTarget;
    out.push(target);
  }
  return out;
}

/** A header this block lacks that is not already reported elsewhere (dropped here, or missing on the whole server). */
export function lacks(target: HeaderTarget, name: string): boolean {
  const lower = name.toLowerCase();
  if (findHeader(target, name) || target.dropped.has(lower)) return false;
  return !target.server || findHeader(target.server, name) !== undefined;
}

/** The last entry for a header (the one browsers honour when it is sent twice). */
export function findHeader(target: HeaderTarget, name: string): HeaderEntry | undefined {
  const lower = name.toLowerCase();
  for (let i = target.headers.length - 1; i >= 0; i--) if (target.headers[i]!.name === lower) return target.headers[i];
  return undefined;
}

/** Insert add_header lines into the target block, after its own add_headers, re-declaring inherited ones. */
export function insertHeaders(scope: Scope, target: HeaderTarget, lines: string[]): TextEdit | undefined {
  const block = target.context.block;
  if (!scope.mine(block)) return undefined;
  const own = ownDirectives(target.context, 'add_header').filter((d) => scope.mine(d) && d.parent === block);
  const texts = [...new Set([...target.inherited.map(copyOf), ...lines])];
  return insertIntoBlock(scope.ctx.source, block, texts, own.at(-1));
}

/** `behaviour`, when given, says how the fix changes runtime behaviour (and marks it so). */
export function insertHeadersFix(scope: Scope, target: HeaderTarget, lines: string[], title: string, preferred: boolean, behaviour?: string): Fix[] {
  const edit = insertHeaders(scope, target, lines);
  if (!edit) return [];
  const redeclare = target.inherited.length ? `, re-declaring the ${target.inherited.length} inherited header(s) it would otherwise drop` : '';
  const suffix = behaviour ? ` (changes runtime behaviour: ${behaviour})` : '';
  return [{ title: title + redeclare + suffix, isPreferred: preferred, ...(behaviour ? { changesBehavior: true } : {}), edits: [edit] }];
}

export function addHeaderLine(name: string, value: string): string {
  return `add_header ${name} "${value}" always;`;
}

/** A header value nginx computes at run time (a variable): its content cannot be judged here. */
export function isDynamic(entry: HeaderEntry): boolean {
  return entry.value === undefined || entry.value.value.includes('$');
}
