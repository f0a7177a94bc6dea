import { defineRule } from '../../server/engine/define-rule';
import type { NginxDirective, NginxFile } from '../../server/formats/nginx/ast';
import { isHttpsRedirect, isNonContentReturn, ownDirectives, type NginxContext } from '../../server/formats/nginx/context';
import { ITEMS } from './support/checklist';
import { everyLocationRedirects, Scope } from './support/scope';

/** Addresses only this machine can reach: a plain-HTTP listener there is not exposed. */
const LOCAL = /^(unix:|127\.|localhost(:|$)|\[::1\])/;

function plainListens(server: NginxContext): NginxDirective[] | 'none' {
  const listens = ownDirectives(server, 'listen');
  if (listens.length === 0) return 'none';
  return listens.filter((l) => {
    const flags = l.args.slice(1).map((a) => a.value);
    return !flags.includes('ssl') && !flags.includes('quic') && !LOCAL.test(l.args[0]?.value ?? '');
  });
}

/** `if ($scheme = http) { return 301 https://… }` or a redirect at server level. */
function redirects(context: NginxContext): boolean {
  if (context.directives.some((d) => isHttpsRedirect(d) || isNonContentReturn(d))) return true;
  return context.children.some((c) => c.kind === 'if' && /\$(scheme|https)\b/.test(c.block?.args.map((a) => a.value).join(' ') ?? '') && c.directives.some(isHttpsRedirect));
}

export default defineRule<NginxFile>({
  format: 'nginx',
  meta: {
    id: 'nginx/redirect-http-to-https',
    description: 'A server that listens on plain HTTP should only redirect to HTTPS (return 301 https://…), not serve content unencrypted.',
    checklist: [ITEMS.tls12, ITEMS.hstsConfigured],
    severity: 'warning',
    fixable: false,
    messages: {
      servesPlain: 'This server serves content over plain HTTP; redirect to HTTPS instead (return 301 https://$host$request_uri;).',
    },
  },
  check(ctx) {
    const scope = new Scope(ctx, { judges: ['listen', 'return', 'rewrite', 'if', 'location'] });
    for (const server of scope.servers()) {
      if (!scope.mine(server.block)) continue;
      const plain = plainListens(server);
      if (plain !== 'none' && plain.length === 0) continue;
      if (redirects(server) || everyLocationRedirects(server)) continue;
      const first = plain === 'none' ? undefined : plain[0];
      const at = !first || !scope.mine(first) ? server.block.nameSpan : { start: first.nameSpan.start, end: first.args.at(-1)?.span.end ?? first.nameSpan.end };
      scope.report({ span: at, messageId: 'servesPlain' });
    }
  },
});
