import { defineRule } from '../../server/engine/define-rule';
import type { NginxFile } from '../../server/formats/nginx/ast';
import { replaceArgValue } from '../../server/formats/nginx/context-edits';
import { ITEMS } from './support/checklist';
import { Scope } from './support/scope';

export default defineRule<NginxFile>({
  format: 'nginx',
  meta: {
    id: 'nginx/autoindex',
    description: 'autoindex on lists directory contents to anyone, exposing backups, dot files and files never meant to be linked.',
    checklist: [ITEMS.directoryListing],
    severity: 'warning',
    fixable: true,
    messages: {
      enabled: 'autoindex on publishes directory listings; turn it off.',
    },
  },
  check(ctx) {
    const scope = new Scope(ctx);
    for (const { directive } of scope.directives('autoindex')) {
      const value = directive.args[0];
      if (!scope.mine(directive) || value?.value !== 'on') continue;
      scope.report({
        span: value.span,
        messageId: 'enabled',
        fixes: [{ title: 'Set autoindex off (changes runtime behaviour: directory listings are no longer served)', isPreferred: true, changesBehavior: true, edits: [replaceArgValue(value, 'off')] }],
      });
    }
  },
});
