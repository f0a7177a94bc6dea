/**
 * What every nginx rule needs around the context model: which directives are
 * written in the linted file (only those get findings and fixes here; each
 * included file reports its own when it is linted), de-duplicated reports
 * (a snippet included twice is seen twice), and common walks.
 */
import type { Fix, RelatedLocation, RuleContext, Severity, Span } from '../../../server/engine/types';
import type { NginxDirective, NginxFile } from '../../../server/formats/nginx/ast';
import { allContexts, onlyReturns, unresolvedIncludeAbove, type ContextKind, type NginxContext } from '../../../server/formats/nginx/context';
import { fileOfDirective, nginxModel, type NginxModel } from '../../../server/formats/nginx/context-model';

export interface Placed {
  directive: NginxDirective;
  context: NginxContext;
}

/** Walks every rule needs, made once per model: a big config has thousands of contexts and ~20 rules walk them. */
interface ModelIndex {
  contexts: NginxContext[];
  servers: NginxContext[];
  byKind: Map<ContextKind, NginxContext[]>;
  directives: Placed[];
  byName: Map<string, Placed[]>;
  /** Contexts opened by a block written in the linted file, by the offset of the block's name. */
  blockAt: Map<number, NginxContext>;
}

const indexes = new WeakMap<NginxModel, ModelIndex>();

function indexOf(model: NginxModel): ModelIndex {
  let index = indexes.get(model);
  if (index) return index;
  const contexts = allContexts(model.main);
  const directives: Placed[] = [];
  const byName = new Map<string, Placed[]>();
  for (const context of contexts) {
    for (const directive of context.directives) {
      const placed = { directive, context };
      directives.push(placed);
      const list = byName.get(directive.name);
      if (list) list.push(placed);
      else byName.set(directive.name, [placed]);
    }
  }
  const byKind = new Map<ContextKind, NginxContext[]>();
  for (const context of contexts) {
    const list = byKind.get(context.kind);
    if (list) list.push(context);
    else byKind.set(context.kind, [context]);
  }
  const servers = (byKind.get('server') ?? []).filter((c) => c.parent?.kind === 'http');
  const blockAt = new Map<number, NginxContext>();
  for (const context of contexts) {
    if (context.block && fileOfDirective(model, context.block) === model.path) blockAt.set(context.block.nameSpan.start, context);
  }
  index = { contexts, servers, byKind, directives, byName, blockAt };
  indexes.set(model, index);
  return index;
}

export interface ScopeReport {
  span: Span;
  messageId: string;
  data?: Record<string, string | number>;
  fixes?: Fix[];
  severity?: Severity;
  related?: RelatedLocation[];
}

export interface ScopeOptions {
  /**
   * The directives that decide the rule's findings on block names (what the
   * block sets or lacks). An unreadable include whose content is known hides
   * those findings only when it may set one of them. Undefined: any include
   * that cannot be read hides them.
   */
  judges?: readonly string[];
}

/** What makes a block answer without content (see servesContent): rules that judge only content-serving blocks also judge these. */
export const CONTENT_DECIDERS = ['return', 'location'] as const;

export class Scope {
  readonly model: NginxModel;
  /** Data of the reports made so far, by message and span. */
  private readonly seen = new Map<string, (ScopeReport['data'] | undefined)[]>();
  private readonly judges: readonly string[] | undefined;

  constructor(readonly ctx: RuleContext<NginxFile>, options: ScopeOptions = {}) {
    this.model = nginxModel(ctx);
    this.judges = options.judges;
  }

  /** Whether the directive is written in the file being linted. */
  mine(directive: NginxDirective | undefined): directive is NginxDirective {
    return directive !== undefined && fileOfDirective(this.model, directive) === this.model.path;
  }

  option<T>(name: string): T {
    return this.ctx.options[name] as T;
  }

  report(r: ScopeReport): void {
    if (this.judgedBlindly(r.span)) return;
    // The data only tells reports apart at one place, so it is serialized only there.
    const place = `${r.messageId}:${r.span.start}:${r.span.end}`;
    const earlier = this.seen.get(place);
    if (earlier) {
      const data = JSON.stringify(r.data ?? {});
      if (earlier.some((d) => JSON.stringify(d ?? {}) === data)) return;
      earlier.push(r.data);
    } else {
      this.seen.set(place, [r.data]);
    }
    this.ctx.report(r);
  }

  /**
   * A report on a block's name judges what the block (and what it inherits)
   * does or does not set. When an include there or further up cannot be read
   * and may set what the rule judges, that is unknown: nginx/unresolved-include
   * reports the include instead.
   */
  private judgedBlindly(span: Span): boolean {
    const context = indexOf(this.model).blockAt.get(span.start);
    return context !== undefined && context.block!.nameSpan.end === span.end && unresolvedIncludeAbove(context, this.judges) !== undefined;
  }

  /** Every context of the model, parents before children. */
  contexts(): readonly NginxContext[] {
    return indexOf(this.model).contexts;
  }

  /** Every context of one kind, parents before children. */
  contextsOf(kind: ContextKind): readonly NginxContext[] {
    return indexOf(this.model).byKind.get(kind) ?? [];
  }

  /** http servers (not `server` entries of upstream/stream). */
  servers(): readonly NginxContext[] {
    return indexOf(this.model).servers;
  }

  /** Every directive of the model with its context, in model order. */
  directives(name?: string): readonly Placed[] {
    const index = indexOf(this.model);
    return name === undefined ? index.directives : (index.byName.get(name) ?? []);
  }
}

/** Every location of a server redirects or refuses, apart from ACME challenges (the usual port-80 server). */
export function everyLocationRedirects(server: NginxContext): boolean {
  const locations = server.children.filter((c) => c.kind === 'location' && !c.block?.args.some((a) => a.value.includes('acme-challenge')));
  return locations.length > 0 && locations.every(onlyReturns);
}

/** Answers per context: every header rule asks for every server and location. */
const servesContentCache = new WeakMap<NginxContext, boolean>();

/** Servers and locations that answer with content (not only a redirect or an error). */
export function servesContent(context: NginxContext): boolean {
  let answer = servesContentCache.get(context);
  if (answer === undefined) {
    answer = computeServesContent(context);
    servesContentCache.set(context, answer);
  }
  return answer;
}

function computeServesContent(context: NginxContext): boolean {
  if (context.kind === 'server' && everyLocationRedirects(context)) return false;
  for (let c: NginxContext | undefined = context; c && (c.kind === 'server' || c.kind === 'location' || c.kind === 'if'); c = c.parent) {
    if (onlyReturns(c)) return false;
  }
  return true;
}

/** The name span of a context's block, when the block is written in the linted file. */
export function blockName(scope: Scope, context: NginxContext): Span | undefined {
  return context.block && scope.mine(context.block) ? context.block.nameSpan : undefined;
}

/** The last `ssl_*` directive a server writes itself in the linted file: TLS settings added by a fix go after it. */
export function lastOwnTlsDirective(scope: Scope, server: NginxContext): NginxDirective | undefined {
  return [...server.directives].reverse().find((d) => d.name.startsWith('ssl_') && !d.block && scope.mine(d) && d.parent === server.block);
}
