import { defineRule } from '../../server/engine/define-rule';
import type { NginxFile } from '../../server/formats/nginx/ast';
import { ancestor, lookup, type NginxContext } from '../../server/formats/nginx/context';
import { ITEMS } from './support/checklist';
import { CONTENT_DECIDERS, Scope, servesContent } from './support/scope';

export default defineRule<NginxFile>({
  format: 'nginx',
  meta: {
    id: 'nginx/error-page',
    description: 'Servers should set custom error pages (error_page) so nginx\'s default pages, which name the server software, are not shown.',
    checklist: [ITEMS.errorPages, ITEMS.serverSignature],
    severity: 'information',
    fixable: false,
    messages: {
      missing: 'No error_page applies to this server: clients get nginx\'s default error pages (error_page 404 /404.html; error_page 500 502 503 504 /50x.html;).',
    },
  },
  check(ctx) {
    // error_page may also be set in any block inside the server.
    const scope = new Scope(ctx, { judges: ['error_page', 'if', ...CONTENT_DECIDERS] });
    for (const server of scope.servers()) {
      if (!scope.mine(server.block) || !servesContent(server)) continue;
      // error_page may come from an http level the workspace does not show.
      const http = ancestor(server, 'http');
      if (http?.synthetic && !scope.model.standaloneHttp) continue;
      if (lookup(server, 'error_page') || setsAnywhere(server, 'error_page')) continue;
      scope.report({ span: server.block.nameSpan, messageId: 'missing' });
    }
  },
});

/** Whether the context or any block inside it has its own `name` directive. */
function setsAnywhere(context: NginxContext, name: string): boolean {
  return context.directives.some((d) => d.name === name) || context.children.some((c) => setsAnywhere(c, name));
}
