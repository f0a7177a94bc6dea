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
import { Scope, servesContent } from './scope';

export interface HeaderTarget {
  /** The block judged and where missing headers are reported and inserted. */
  context: NginxContext & { block: NginxDirective };
  headers: HeaderEntry[];
  /** Inherited add_header lines a new add_header here would drop, so the fix re-declares them. */
  inherited: NginxDirective[];
  /** Lower-cased names the parent level sends that this block's own add_header drops. */
  dropped: Set<string>;
  /** For a location or `if`: the server's target, whose missing headers are reported there once. */
  server?: HeaderTarget;
}

export function headerTargets(scope: Scope, includeServer: (server: NginxContext) => boolean): HeaderTarget[] {
  const out: HeaderTarget[] = [];
  for (const server of scope.servers()) {
    if (!server.block || !includeServer(server) || !servesContent(server)) continue;
    let serverTarget: HeaderTarget | undefined;
    for (const context of allContexts(server)) {
      if (!context.block || !servesContent(context)) continue;
      const own = ownDirectives(context, 'add_header');
      if (context !== server && own.length === 0) continue;
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
  }
  return out;
}

/** A header this block lacks that is not already reported elsewhere (dropped here, or missing on the whole server). */
export function lacks(target: HeaderTarget, name: string): boolean {
  const lower = name.toLowerCase();
  if (findHeader(target, name) || target.dropped.has(lower)) return false;
  return !target.server || findHeader(target.server, name) !== undefined;
}

export function findHeader(target: HeaderTarget, name: string): HeaderEntry | undefined {
  return [...target.headers].reverse().find((h) => h.name === name.toLowerCase());
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
