import { defineRule } from '../../server/engine/define-rule';
import type { NginxArg, NginxFile } from '../../server/formats/nginx/ast';
import type { TextEdit } from '../../server/engine/types';
import { ITEMS } from './support/checklist';
import { Scope } from './support/scope';

const HTTP_HOST = /\$(\{http_host\}|http_host(?!\w))/g;

export default defineRule<NginxFile>({
  format: 'nginx',
  meta: {
    id: 'nginx/host-header-spoofing',
    description: '$http_host is the raw Host header: redirects built from it send users wherever the client says. $host is checked by nginx and falls back to server_name.',
    checklist: [ITEMS.serverSideValidation],
    severity: 'warning',
    fixable: true,
    messages: {
      spoofable: 'This redirect is built from $http_host, the unvalidated Host header; use $host.',
    },
  },
  check(ctx) {
    const scope = new Scope(ctx);
    for (const { directive } of scope.directives()) {
      if (!scope.mine(directive)) continue;
      let arg: NginxArg | undefined;
      if (directive.name === 'return') arg = directive.args.find((a) => !/^\d{3}$/.test(a.value) && /^(https?:\/\/|\$scheme:\/\/)/i.test(a.value));
      else if (directive.name === 'rewrite') arg = directive.args[1];
      else if (directive.name === 'proxy_redirect') arg = directive.args[1];
      else if (directive.name === 'add_header' && /^(location|refresh)$/i.test(directive.args[0]?.value ?? '')) arg = directive.args[1];
      if (!arg || !HTTP_HOST.test(arg.raw)) continue;
      HTTP_HOST.lastIndex = 0;
      const edits: TextEdit[] = [];
      for (let m = HTTP_HOST.exec(arg.raw); m; m = HTTP_HOST.exec(arg.raw)) {
        edits.push({ start: arg.span.start + m.index, end: arg.span.start + m.index + m[0].length, newText: m[1]!.startsWith('{') ? '${host}' : '$host' });
      }
      scope.report({
        span: arg.span,
        messageId: 'spoofable',
        fixes: [{ title: 'Use $host (changes runtime behaviour: the port from the Host header is no longer kept)', isPreferred: true, changesBehavior: true, edits }],
      });
    }
  },
});
