import { defineRule } from '../../server/engine/define-rule';
import type { Fix, TextEdit } from '../../server/engine/types';
import type { NginxDirective, NginxFile } from '../../server/formats/nginx/ast';
import { isTlsServer, lookup, type Found, type NginxContext } from '../../server/formats/nginx/context';
import { directiveText, insertIntoBlock, replaceArgValue } from '../../server/formats/nginx/context-edits';
import { ITEMS } from './support/checklist';
import { lastOwnTlsDirective, Scope } from './support/scope';

const STAPLING = directiveText('ssl_stapling', ['on']);
const VERIFY = directiveText('ssl_stapling_verify', ['on']);
const VERIFY_TITLE = 'Set ssl_stapling_verify on (changes runtime behaviour: OCSP responses that do not verify against the trusted chain are not stapled)';

export default defineRule<NginxFile>({
  format: 'nginx',
  meta: {
    id: 'nginx/ssl-stapling',
    description:
      'OCSP stapling, where used, should verify the responses (ssl_stapling_verify) and have a resolver to reach the responder. Certificates without OCSP (Let\'s Encrypt since 2025) need nothing, so a missing ssl_stapling is only reported when asked for.',
    checklist: [ITEMS.ocsp],
    severity: 'hint',
    fixable: true,
    messages: {
      noVerify: 'ssl_stapling is on without ssl_stapling_verify on: stapled responses are not checked against the trusted chain.',
      noResolver: 'ssl_stapling is on but no resolver is set: nginx cannot reach the OCSP responder (unless ssl_stapling_file is used).',
      missing: 'This TLS server does not staple OCSP responses (ssl_stapling on).',
      off: 'OCSP stapling is turned off.',
    },
    options: {
      requireStapling: {
        default: false,
        description: 'Also report TLS servers without ssl_stapling on. Leave off for certificates without an OCSP URL (Let\'s Encrypt ended OCSP in 2025).',
      },
    },
  },
  check(ctx) {
    const scope = new Scope(ctx, { judges: ['ssl_stapling'] });
    const require = scope.option<boolean>('requireStapling') === true;
    for (const server of scope.servers()) {
      if (!isTlsServer(server)) continue;
      const stapling = lookup(server, 'ssl_stapling');
      const on = stapling?.directive.args[0]?.value === 'on';
      if (!on) {
        if (!require) continue;
        if (stapling && scope.mine(stapling.directive)) {
          const arg = stapling.directive.args[0];
          scope.report({ span: arg?.span ?? stapling.directive.nameSpan, messageId: 'off', fixes: turnOnFix(scope, server, stapling) });
        } else if (!stapling && scope.mine(server.block)) {
          scope.report({ span: server.block.nameSpan, messageId: 'missing', fixes: addStaplingFix(scope, server, server.block) });
        }
        continue;
      }
      if (!scope.mine(stapling!.directive)) continue;
      const span = stapling!.directive.nameSpan;
      if (lookup(server, 'ssl_stapling_verify')?.directive.args[0]?.value !== 'on') {
        const edits = verifyEdits(scope, server, stapling!.context, () => insertAfter(scope, stapling!.directive, VERIFY));
        scope.report({ span, messageId: 'noVerify', fixes: edits?.length ? [{ title: VERIFY_TITLE, isPreferred: true, changesBehavior: true, edits }] : [] });
      }
      if (!reachesResponder(server)) scope.report({ span, messageId: 'noResolver' });
    }
  },
});

/** A resolver, a stapling file or an explicit responder: what the noResolver check asks for. */
function reachesResponder(server: NginxContext): boolean {
  return Boolean(lookup(server, 'resolver') || lookup(server, 'ssl_stapling_file') || lookup(server, 'ssl_stapling_responder'));
}

/**
 * Edits that make ssl_stapling_verify on take effect in `server`: turn an
 * explicit off (written here) on, or insert it at `target` (the server or a
 * level above) when nothing between the server and `target` sets it.
 * Undefined when neither works.
 */
function verifyEdits(scope: Scope, server: NginxContext, target: NginxContext, insert: () => TextEdit | undefined): TextEdit[] | undefined {
  const verify = lookup(server, 'ssl_stapling_verify');
  const arg = verify?.directive.args[0];
  if (verify && arg?.value === 'on') return [];
  if (verify && scope.mine(verify.directive) && verify.directive.args.length === 1 && arg?.value === 'off') return [replaceArgValue(arg, 'on')];
  if (verify && setAtOrBelow(verify, server, target)) return undefined;
  const edit = insert();
  return edit ? [edit] : undefined;
}

/** Whether `found` is set at `target` or at a level between it and `server`. */
function setAtOrBelow(found: Found, server: NginxContext, target: NginxContext): boolean {
  for (let c: NginxContext | undefined = server; c; c = c.parent) {
    if (c === found.context) return true;
    if (c === target) return false;
  }
  return false;
}

/** ssl_stapling (and ssl_stapling_verify) on for a TLS server that does not set ssl_stapling, next to its other ssl_ directives. */
function addStaplingFix(scope: Scope, server: NginxContext, block: NginxDirective): Fix[] {
  const anchor = lastOwnTlsDirective(scope, server);
  let insertsVerify = false;
  const verify = verifyEdits(scope, server, server, () => {
    insertsVerify = true;
    return insertIntoBlock(scope.ctx.source, block, [STAPLING, VERIFY], anchor);
  });
  if (!verify) return [];
  if (insertsVerify) return staplingFix(verify, true, [server]);
  const stapling = insertIntoBlock(scope.ctx.source, block, [STAPLING], anchor);
  return stapling ? staplingFix([stapling, ...verify], verify.length > 0, [server]) : [];
}

/** An explicit ssl_stapling off written in this file turned on, with ssl_stapling_verify on where it is missing. */
function turnOnFix(scope: Scope, server: NginxContext, stapling: Found): Fix[] {
  const arg = stapling.directive.args[0];
  if (!arg || arg.value !== 'off' || stapling.directive.args.length !== 1) return [];
  const verify = verifyEdits(scope, server, stapling.context, () => insertAfter(scope, stapling.directive, VERIFY));
  if (!verify) return [];
  // At the http level the change reaches every TLS server that inherits it.
  const servers = stapling.context === server ? [server] : scope.servers().filter((s) => isTlsServer(s) && lookup(s, 'ssl_stapling')?.directive === stapling.directive);
  return staplingFix([replaceArgValue(arg, 'on'), ...verify], verify.length > 0, servers);
}

/**
 * Stapling needs the responder's address resolved: with a resolver (or a
 * stapling file or responder) for every server it reaches, the fix is
 * preferred; otherwise it is only offered, since the resolver to use depends
 * on the host.
 */
function staplingFix(edits: TextEdit[], setsVerify: boolean, servers: NginxContext[]): Fix[] {
  const ready = servers.every(reachesResponder);
  const what = setsVerify ? 'ssl_stapling on and ssl_stapling_verify on' : 'ssl_stapling on';
  const effect = ready
    ? "nginx fetches OCSP responses from the certificate's responder and staples them"
    : "nginx fetches OCSP responses from the certificate's responder, which needs a resolver directive to be added";
  return [{ title: `Set ${what} (changes runtime behaviour: ${effect})`, isPreferred: ready, changesBehavior: true, edits }];
}

/** A new directive right below `directive`, in its block or at the top level of a snippet file. */
function insertAfter(scope: Scope, directive: NginxDirective, text: string): TextEdit | undefined {
  if (directive.parent) return insertIntoBlock(scope.ctx.source, directive.parent, [text], directive);
  const source = scope.ctx.source;
  const line = source.lineOf(directive.span.end);
  const rest = source.text.slice(directive.span.end, source.lineEnd(line));
  if (!/^[ \t]*(#.*)?$/.test(rest)) return { start: directive.span.end, end: directive.span.end, newText: ` ${text}` };
  const at = source.lineEndWithTerminator(line);
  const indented = source.indentationOf(source.lineOf(directive.span.start)) + text;
  return source.terminatorOf(line) ? { start: at, end: at, newText: indented + source.eol } : { start: at, end: at, newText: source.eol + indented };
}
