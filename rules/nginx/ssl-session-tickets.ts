import { defineRule } from '../../server/engine/define-rule';
import type { NginxFile } from '../../server/formats/nginx/ast';
import { allContexts, isTlsServer, lookup, type NginxContext } from '../../server/formats/nginx/context';
import type { NginxDirective } from '../../server/formats/nginx/ast';
import type { TextEdit } from '../../server/engine/types';
import { directiveText, insertIntoBlock, replaceArgValue } from '../../server/formats/nginx/context-edits';
import { compareVersions } from '../../server/formats/nginx/context-values';
import { ITEMS } from './support/checklist';
import { lastOwnTlsDirective, Scope } from './support/scope';

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

const JUDGED = ['ssl_session_tickets', 'ssl_session_cache', 'ssl_session_ticket_key'];

/** An include below `context` (or the file read on its own) may hold TLS servers nobody can see. */
function hiddenServersBelow(context: NginxContext, partial: boolean): boolean {
  // Known includes (Certbot's options, the snakeoil snippet) hold settings, never servers.
  return partial || allContexts(context).some((c) => c.unresolvedIncludes?.some((u) => !u.known));
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
    const scope = new Scope(ctx, { judges: JUDGED });
    const version = String(scope.option<string>('nginxVersion'));
    const fix = (edit: TextEdit) => [{ title: TITLE, isPreferred: true, changesBehavior: true, edits: [edit] }];
    const reported = new Set<NginxDirective>();
    // Judged at each TLS server, with what that server sees: its own cache and keys, or inherited ones.
    for (const server of scope.servers()) {
      if (!isTlsServer(server)) continue;
      const reason = staleKeyReason(server, version);
      if (!reason) continue;
      const found = lookup(server, 'ssl_session_tickets');
      if (found) {
        const value = found.directive.args[0];
        if (value?.value !== 'on' || !scope.mine(found.directive) || reported.has(found.directive)) continue;
        reported.add(found.directive);
        scope.report({ span: value.span, messageId: 'ticketsOn', data: { reason }, fixes: fix(replaceArgValue(value, 'off')) });
      } else if (scope.mine(server.block)) {
        const edit = insertIntoBlock(ctx.source, server.block, [directiveText('ssl_session_tickets', ['off'])], lastOwnTlsDirective(scope, server));
        // nginx's default, not a choice written in the file: worth knowing, not a warning.
        scope.report({ span: server.block.nameSpan, messageId: 'defaultOn', data: { reason }, severity: 'information', fixes: edit ? fix(edit) : [] });
      }
    }
    // `on` above servers that cannot be seen (a snippet read on its own, servers in unreadable includes): judged where written.
    for (const { directive, context } of scope.directives('ssl_session_tickets')) {
      const value = directive.args[0];
      if (reported.has(directive) || !scope.mine(directive) || value?.value !== 'on' || context.kind === 'server') continue;
      if (!hiddenServersBelow(context, scope.model.role === 'partial')) continue;
      const reason = staleKeyReason(context, version);
      if (reason) scope.report({ span: value.span, messageId: 'ticketsOn', data: { reason }, fixes: fix(replaceArgValue(value, 'off')) });
    }
  },
});
