import { defineRule } from '../../server/engine/define-rule';
import type { NginxFile } from '../../server/formats/nginx/ast';
import { allContexts, isTlsServer, lookup, type NginxContext } from '../../server/formats/nginx/context';
import { directiveText, insertIntoBlock, replaceArgValue } from '../../server/formats/nginx/context-edits';
import { compareVersions } from '../../server/formats/nginx/context-values';
import { ITEMS } from './support/checklist';
import { Scope } from './support/scope';

/** nginx 1.23.2 rotates the ticket keys it generates when the session cache is in shared memory. */
const ROTATES_SINCE = '1.23.2';
const TITLE = 'Set ssl_session_tickets off (changes runtime behaviour: resumption uses the session cache only)';

/** Why the ticket key of this context is not rotated, or undefined when it is. */
function staleKeyReason(context: NginxContext, version: string): string | undefined {
  // Keys read from files are the operator's to rotate (nginx's documented way to share and rotate them).
  if (lookup(context, 'ssl_session_ticket_key')) return undefined;
  if (compareVersions(version, ROTATES_SINCE) < 0) return `nginx before 1.23.2 (nginxVersion: ${version}) never rotates the ticket key it generates at start-up`;
  const cache = lookup(context, 'ssl_session_cache');
  if (cache?.directive.args.some((a) => a.value.startsWith('shared:'))) return undefined;
  return 'nginx rotates the ticket key only when ssl_session_cache is shared, and it is not here';
}

/**
 * Whether a setting in `context` reaches a TLS server that does not set its
 * own: a server itself, or the TLS servers below an http block. Where the
 * file is read on its own (the configuration around it is unknown), other
 * servers may inherit it: yes.
 */
function reachesTlsServer(context: NginxContext, servers: readonly NginxContext[], partial: boolean): boolean {
  if (context.kind === 'server') return isTlsServer(context);
  // Servers in files that cannot be read may inherit it too.
  if (partial || allContexts(context).some((c) => c.unresolvedIncludes?.length)) return true;
  return servers.some((server) => isTlsServer(server) && lookup(server, 'ssl_session_tickets')?.context === context);
}

export default defineRule<NginxFile>({
  format: 'nginx',
  meta: {
    id: 'nginx/ssl-session-tickets',
    description:
      'Session tickets under a key that is never rotated weaken forward secrecy: the key decrypts every resumed session until restart. Set ssl_session_tickets off unless nginx rotates the key (1.23.2+ with a shared ssl_session_cache) or ssl_session_ticket_key files are rotated.',
    checklist: [ITEMS.forwardSecrecy],
    severity: 'warning',
    fixable: true,
    messages: {
      ticketsOn: 'ssl_session_tickets on: {{reason}}, which undoes forward secrecy for resumed sessions; use off (the session cache still allows resumption).',
      defaultOn: 'This TLS server does not set ssl_session_tickets, so tickets are on: {{reason}}, which undoes forward secrecy for resumed sessions; set ssl_session_tickets off.',
    },
    options: {
      nginxVersion: {
        default: '1.22',
        description: "nginx version the configuration runs on (defaults to Debian bookworm's 1.22); from 1.23.2 nginx rotates ticket keys when ssl_session_cache is shared.",
      },
    },
  },
  check(ctx) {
    const scope = new Scope(ctx, { judges: ['ssl_session_tickets', 'ssl_session_cache', 'ssl_session_ticket_key'] });
    const version = String(scope.option<string>('nginxVersion') ?? '1.22');
    for (const { directive, context } of scope.directives('ssl_session_tickets')) {
      const value = directive.args[0];
      if (!scope.mine(directive) || value?.value !== 'on') continue;
      // Only TLS servers issue tickets: an http-level setting that only plain servers inherit does nothing.
      if (!reachesTlsServer(context, scope.servers(), scope.model.role === 'partial')) continue;
      const reason = staleKeyReason(context, version);
      if (!reason) continue;
      scope.report({
        span: value.span,
        messageId: 'ticketsOn',
        data: { reason },
        fixes: [{ title: TITLE, isPreferred: true, changesBehavior: true, edits: [replaceArgValue(value, 'off')] }],
      });
    }
    for (const server of scope.servers()) {
      if (!scope.mine(server.block) || !isTlsServer(server) || lookup(server, 'ssl_session_tickets')) continue;
      const reason = staleKeyReason(server, version);
      if (!reason) continue;
      const anchor = [...server.directives].reverse().find((d) => d.name.startsWith('ssl_') && scope.mine(d) && d.parent === server.block);
      const edit = insertIntoBlock(ctx.source, server.block, [directiveText('ssl_session_tickets', ['off'])], anchor);
      scope.report({
        span: server.block.nameSpan,
        messageId: 'defaultOn',
        data: { reason },
        // nginx's default, not a choice written in the file: worth knowing, not a warning.
        severity: 'information',
        fixes: edit ? [{ title: TITLE, isPreferred: true, changesBehavior: true, edits: [edit] }] : [],
      });
    }
  },
});
