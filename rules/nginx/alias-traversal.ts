import { defineRule } from '../../server/engine/define-rule';
import type { NginxFile } from '../../server/formats/nginx/ast';
import { locationMatch, ownDirective } from '../../server/formats/nginx/context';
import { ITEMS } from './support/checklist';
import { Scope } from './support/scope';

export default defineRule<NginxFile>({
  format: 'nginx',
  meta: {
    id: 'nginx/alias-traversal',
    description: 'A prefix location without a trailing slash whose alias ends with one (location /static { alias /srv/static/; }) lets /static../secret read outside the alias folder.',
    checklist: [ITEMS.pathTraversal],
    severity: 'error',
    fixable: true,
    messages: {
      traversal: 'location "{{path}}" has no trailing slash but its alias "{{alias}}" does: "{{path}}../" escapes the alias folder.',
    },
  },
  check(ctx) {
    const scope = new Scope(ctx);
    for (const location of scope.contextsOf('location')) {
      const block = location.block;
      if (!scope.mine(block)) continue;
      const { modifier, path, text } = locationMatch(block);
      const alias = ownDirective(location, 'alias')?.args[0];
      if (!path || (modifier !== '' && modifier !== '^~') || text.endsWith('/') || !alias?.value.endsWith('/')) continue;
      const end = path.quote ? path.span.end - 1 : path.span.end;
      scope.report({
        span: path.span,
        messageId: 'traversal',
        data: { path: text, alias: alias.value },
        fixes: [{ title: `Match "${text}/" instead (changes runtime behaviour: "${text}" without the slash no longer matches)`, isPreferred: true, changesBehavior: true, edits: [{ start: end, end, newText: '/' }] }],
      });
    }
  },
});
