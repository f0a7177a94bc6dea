import { defineRule } from '../../server/engine/define-rule';
import type { Fix } from '../../server/engine/types';
import type { NginxFile } from '../../server/formats/nginx/ast';
import { lookup } from '../../server/formats/nginx/context';
import { directiveText, insertAtFileStart, insertIntoBlock, replaceArgValue } from '../../server/formats/nginx/context-edits';
import { ITEMS } from './support/checklist';
import { Scope } from './support/scope';

const TITLE = 'Set server_tokens off';

export default defineRule<NginxFile>({
  format: 'nginx',
  meta: {
    id: 'nginx/server-tokens',
    description: 'server_tokens must be off: by default nginx names its version in the Server header and on error pages.',
    checklist: [ITEMS.serverTokens, ITEMS.serverSignature],
    severity: 'warning',
    fixable: true,
    messages: {
      missing: 'server_tokens is not set, so nginx sends its version in the Server header and error pages; add server_tokens off.',
      enabled: 'server_tokens {{value}} discloses the nginx version; use off.',
    },
  },
  check(ctx) {
    const scope = new Scope(ctx, { judges: ['server_tokens'] });
    for (const { directive } of scope.directives('server_tokens')) {
      const value = directive.args[0];
      if (!scope.mine(directive) || !value || value.value === 'off' || value.value.includes('$')) continue;
      scope.report({ span: value.span, messageId: 'enabled', data: { value: value.value }, fixes: [{ title: TITLE, isPreferred: true, edits: [replaceArgValue(value, 'off')] }] });
    }
    for (const http of scope.contextsOf('http')) {
      if (lookup(http, 'server_tokens')) continue;
      if (http.block && scope.mine(http.block)) {
        const edit = insertIntoBlock(ctx.source, http.block, [directiveText('server_tokens', ['off'])]);
        scope.report({ span: http.block.nameSpan, messageId: 'missing', fixes: fixOf(edit) });
      } else if (scope.model.standaloneHttp && ctx.tree.directives[0]) {
        // A stand-alone nginx.conf of server blocks: its top level is the http level.
        const edit = insertAtFileStart(ctx.source, ctx.tree, [directiveText('server_tokens', ['off'])]);
        scope.report({ span: ctx.tree.directives[0].nameSpan, messageId: 'missing', fixes: fixOf(edit) });
      }
    }
  },
});

function fixOf(edit: ReturnType<typeof insertIntoBlock>): Fix[] {
  return edit ? [{ title: TITLE, isPreferred: true, edits: [edit] }] : [];
}
