import { defineRule } from '../../server/engine/define-rule';
import type { NginxFile } from '../../server/formats/nginx/ast';
import { isTlsServer, lookup } from '../../server/formats/nginx/context';
import { directiveText, insertIntoBlock, replaceArgs } from '../../server/formats/nginx/context-edits';
import { compareVersions } from '../../server/formats/nginx/context-values';
import { ITEMS } from './support/checklist';
import { lastOwnTlsDirective, Scope } from './support/scope';

const WEAK = new Set(['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1']);
const SAFE_LIST = 'TLSv1.2 TLSv1.3';
/** nginx 1.23.4 changed the default from "TLSv1 TLSv1.1 TLSv1.2" to "TLSv1.2 TLSv1.3". */
const SAFE_DEFAULT_SINCE = '1.23.4';
const TITLE = 'Allow only TLSv1.2 and TLSv1.3 (changes runtime behaviour: clients limited to older protocols can no longer connect)';

export default defineRule<NginxFile>({
  format: 'nginx',
  meta: {
    id: 'nginx/ssl-protocols',
    description: 'TLS servers must allow only TLSv1.2 and TLSv1.3: SSLv2, SSLv3, TLSv1 and TLSv1.1 are broken or deprecated (RFC 8996).',
    checklist: [ITEMS.tls12],
    severity: 'error',
    fixable: true,
    messages: {
      weak: 'ssl_protocols enables {{protocol}}, which is deprecated and insecure; allow only TLSv1.2 and TLSv1.3.',
      defaultWeak: 'This TLS server does not set ssl_protocols, so nginx {{version}} allows TLSv1 and TLSv1.1; set ssl_protocols TLSv1.2 TLSv1.3.',
      oneArgument: 'ssl_protocols {{value}} is one quoted argument, which nginx refuses ("invalid value"); write the protocols unquoted, each its own argument.',
    },
    options: {
      nginxVersion: {
        default: '1.22',
        description: 'nginx version the configuration runs on (defaults to Debian bookworm\'s 1.22); from 1.23.4 the default protocols are already TLSv1.2 TLSv1.3.',
      },
    },
  },
  check(ctx) {
    const scope = new Scope(ctx, { judges: ['ssl_protocols'] });
    for (const { directive } of scope.directives('ssl_protocols')) {
      if (!scope.mine(directive) || directive.args.length === 0) continue;
      // One fix for the whole directive, whichever argument is reported: fixes of one list never overlap.
      const words = directive.args.flatMap((a) => a.value.trim().split(/\s+/));
      const fix = words.some((w) => WEAK.has(w))
        ? { title: TITLE, isPreferred: true, changesBehavior: true, edits: replaceArgs(ctx.source, directive.args, SAFE_LIST) }
        : { title: 'Write the protocols unquoted', isPreferred: true, edits: replaceArgs(ctx.source, directive.args, words.join(' ')) };
      for (const arg of directive.args) {
        if (arg.quote && arg.value.trim().split(/\s+/).length > 1) {
          // `"TLSv1.2 TLSv1.3"`: nginx does not split a quoted argument, so the configuration does not load.
          scope.report({ span: arg.span, messageId: 'oneArgument', data: { value: arg.raw }, fixes: [fix] });
        } else if (WEAK.has(arg.value)) {
          scope.report({ span: arg.span, messageId: 'weak', data: { protocol: arg.value }, fixes: [fix] });
        }
      }
    }
    const version = String(scope.option<string>('nginxVersion'));
    if (compareVersions(version, SAFE_DEFAULT_SINCE) >= 0) return;
    for (const server of scope.servers()) {
      if (!scope.mine(server.block) || !isTlsServer(server) || lookup(server, 'ssl_protocols')) continue;
      const edit = insertIntoBlock(ctx.source, server.block, [directiveText('ssl_protocols', [SAFE_LIST])], lastOwnTlsDirective(scope, server));
      scope.report({
        span: server.block.nameSpan,
        messageId: 'defaultWeak',
        data: { version },
        fixes: edit ? [{ title: TITLE, isPreferred: true, changesBehavior: true, edits: [edit] }] : [],
      });
    }
  },
});
