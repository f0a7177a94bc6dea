import { defineRule } from '../../server/engine/define-rule';
import type { NginxArg, NginxFile } from '../../server/formats/nginx/ast';
import { replaceArgValue } from '../../server/formats/nginx/context-edits';
import { parseSize } from '../../server/formats/nginx/context-values';
import { ITEMS } from './support/checklist';
import { Scope } from './support/scope';

const BEHAVIOUR = 'changes runtime behaviour: requests that need larger buffers get an error or are buffered to disk';

export default defineRule<NginxFile>({
  format: 'nginx',
  meta: {
    id: 'nginx/buffer-sizes',
    description:
      'Client buffers (client_header_buffer_size, large_client_header_buffers, client_body_buffer_size) should stay small: large buffers multiply per connection and make memory exhaustion cheap.',
    checklist: [ITEMS.buffers, ITEMS.requestSize],
    severity: 'warning',
    fixable: true,
    messages: {
      tooLarge: '{{name}} {{value}} is above {{bound}}.',
    },
    options: {
      clientHeaderBufferSize: { default: '4k', description: 'Largest acceptable client_header_buffer_size (default 1k).' },
      largeClientHeaderBuffersSize: { default: '16k', description: 'Largest acceptable buffer size of large_client_header_buffers (default 8k).' },
      largeClientHeaderBuffersNumber: { default: 8, description: 'Largest acceptable buffer count of large_client_header_buffers (default 4).' },
      clientBodyBufferSize: { default: '128k', description: 'Largest acceptable client_body_buffer_size (default 8k/16k).' },
    },
  },
  check(ctx) {
    const scope = new Scope(ctx);
    const sizeBound = (option: string, fallback: string): string => String(scope.option(option) ?? fallback);
    const checkSize = (name: string, arg: NginxArg | undefined, bound: string): void => {
      const size = arg ? parseSize(arg.value) : undefined;
      const limit = parseSize(bound);
      if (!arg || size === undefined || limit === undefined || size <= limit) return;
      scope.report({
        span: arg.span,
        messageId: 'tooLarge',
        data: { name, value: arg.value, bound },
        fixes: [{ title: `Set ${name} to ${bound} (${BEHAVIOUR})`, changesBehavior: true, edits: [replaceArgValue(arg, bound)] }],
      });
    };
    for (const { directive } of scope.directives()) {
      if (!scope.mine(directive)) continue;
      if (directive.name === 'client_header_buffer_size') checkSize(directive.name, directive.args[0], sizeBound('clientHeaderBufferSize', '4k'));
      if (directive.name === 'client_body_buffer_size') checkSize(directive.name, directive.args[0], sizeBound('clientBodyBufferSize', '128k'));
      if (directive.name === 'large_client_header_buffers') {
        const [count, size] = directive.args;
        const maxCount = Number(scope.option('largeClientHeaderBuffersNumber') ?? 8);
        if (count && /^\d+$/.test(count.value) && Number(count.value) > maxCount) {
          scope.report({
            span: count.span,
            messageId: 'tooLarge',
            data: { name: 'large_client_header_buffers number', value: count.value, bound: maxCount },
            fixes: [{ title: `Use ${maxCount} buffers (${BEHAVIOUR})`, changesBehavior: true, edits: [replaceArgValue(count, String(maxCount))] }],
          });
        }
        checkSize('large_client_header_buffers size', size, sizeBound('largeClientHeaderBuffersSize', '16k'));
      }
    }
  },
});
