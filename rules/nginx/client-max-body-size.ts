import { defineRule } from '../../server/engine/define-rule';
import type { NginxFile } from '../../server/formats/nginx/ast';
import { replaceArgValue } from '../../server/formats/nginx/context-edits';
import { parseSize } from '../../server/formats/nginx/context-values';
import { ITEMS } from './support/checklist';
import { Scope } from './support/scope';

export default defineRule<NginxFile>({
  format: 'nginx',
  meta: {
    id: 'nginx/client-max-body-size',
    description: 'client_max_body_size should bound request bodies: 0 disables the check and very large limits let clients exhaust disk and upstreams.',
    checklist: [ITEMS.requestSize, ITEMS.inputRequestSize, ITEMS.uploads],
    severity: 'warning',
    fixable: true,
    messages: {
      unlimited: 'client_max_body_size 0 accepts request bodies of any size.',
      tooLarge: 'client_max_body_size {{value}} is above the limit of {{max}}.',
    },
    options: {
      max: { default: '100m', description: 'Largest acceptable client_max_body_size (nginx size syntax). Raise it for upload services.' },
    },
  },
  check(ctx) {
    const scope = new Scope(ctx);
    const max = String(scope.option('max') ?? '100m');
    const maxBytes = parseSize(max) ?? 100 * 1024 * 1024;
    for (const { directive } of scope.directives('client_max_body_size')) {
      const arg = directive.args[0];
      if (!scope.mine(directive) || !arg) continue;
      const size = parseSize(arg.value);
      if (size === undefined || (size !== 0 && size <= maxBytes)) continue;
      scope.report({
        span: arg.span,
        messageId: size === 0 ? 'unlimited' : 'tooLarge',
        data: { value: arg.value, max },
        fixes: [{ title: `Limit request bodies to ${max} (changes runtime behaviour: larger bodies are refused with 413)`, changesBehavior: true, edits: [replaceArgValue(arg, max)] }],
      });
    }
  },
});
