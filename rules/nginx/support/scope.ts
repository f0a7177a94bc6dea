/**
 * What every nginx rule needs around the context model: which directives are
 * written in the linted file (only those get findings and fixes here; each
 * included file reports its own when it is linted), de-duplicated reports
 * (a snippet included twice is seen twice), and common walks.
 */
import type { Fix, RelatedLocation, RuleContext, Severity, Span } from '../../../server/engine/types';
import type { NginxDirective, NginxFile } from '../../../server/formats/nginx/ast';
import { allContexts, contextsOfKind, onlyReturns, type NginxContext } from '../../../server/formats/nginx/context';
import { fileOfDirective, nginxModel, type NginxModel } from '../../../server/formats/nginx/context-model';

export interface ScopeReport {
  span: Span;
  messageId: string;
  data?: Record<string, string | number>;
  fixes?: Fix[];
  severity?: Severity;
  related?: RelatedLocation[];
}

export class Scope {
  readonly model: NginxModel;
  private readonly seen = new Set<string>();

  constructor(readonly ctx: RuleContext<NginxFile>) {
    this.model = nginxModel(ctx);
  }

  /** Whether the directive is written in the file being linted. */
  mine(directive: NginxDirective | undefined): directive is NginxDirective {
    return directive !== undefined && fileOfDirective(this.model, directive) === this.model.path;
  }

  option<T>(name: string): T {
    return this.ctx.options[name] as T;
  }

  report(r: ScopeReport): void {
    const key = `${r.messageId}:${r.span.start}:${r.span.end}:${JSON.stringify(r.data ?? {})}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.ctx.report(r);
  }

  contexts(): NginxContext[] {
    return allContexts(this.model.main);
  }

  /** http servers (not `server` entries of upstream/stream). */
  servers(): NginxContext[] {
    return contextsOfKind(this.model.main, 'server').filter((s) => s.parent?.kind === 'http');
  }

  /** Every directive of the model with its context. */
  *directives(name?: string): Generator<{ directive: NginxDirective; context: NginxContext }> {
    for (const context of this.contexts()) {
      for (const directive of context.directives) if (name === undefined || directive.name === name) yield { directive, context };
    }
  }
}

/** Every location of a server redirects or refuses, apart from ACME challenges (the usual port-80 server). */
export function everyLocationRedirects(server: NginxContext): boolean {
  const locations = server.children.filter((c) => c.kind === 'location' && !/acme-challenge/.test(c.block?.args.map((a) => a.value).join(' ') ?? ''));
  return locations.length > 0 && locations.every(onlyReturns);
}

/** Servers and locations that answer with content (not only a redirect or an error). */
export function servesContent(context: NginxContext): boolean {
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
