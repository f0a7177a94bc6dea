import { defineRule } from '../../server/engine/define-rule';
import type { NginxFile } from '../../server/formats/nginx/ast';
import { replaceArgValue } from '../../server/formats/nginx/context-edits';
import { ITEMS } from './support/checklist';
import { Scope } from './support/scope';

export default defineRule<NginxFile>({
  format: 'nginx',
  meta: {
    id: 'nginx/ssl-session-tickets',
    description: 'ssl_session_tickets on weakens forward secrecy: nginx never rotates the ticket key, so it decrypts every resumed session until restart.',
    checklist: [ITEMS.forwardSecrecy],
    severity: 'warning',
    fixable: true,
    messages: {
      ticketsOn: 'ssl_session_tickets on: the ticket key is never rotated, which undoes forward secrecy for resumed sessions; use off (the session cache still allows resumption).',
    },
  },
  check(ctx) {
    const scope = new Scope(ctx);
    for (const { directive } of scope.directives('ssl_session_tickets')) {
      const value = directive.args[0];
      if (!scope.mine(directive) || value?.value !== 'on') continue;
      scope.report({
        span: value.span,
        messageId: 'ticketsOn',
        fixes: [
          {
            title: 'Set ssl_session_tickets off (changes runtime behaviour: resumption uses the session cache only)',
            isPreferred: true,
            changesBehavior: true,
            edits: [replaceArgValue(value, 'off')],
          },
        ],
      });
    }
  },
});
