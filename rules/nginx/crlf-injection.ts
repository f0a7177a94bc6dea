import { defineRule } from '../../server/engine/define-rule';
import type { NginxArg, NginxFile } from '../../server/formats/nginx/ast';
import { ITEMS } from './support/checklist';
import { Scope } from './support/scope';
import { canCaptureNewline, captureGroups, captureSource, isDecodedUriVariable, variablesIn } from './support/variables';

export default defineRule<NginxFile>({
  format: 'nginx',
  meta: {
    id: 'nginx/crlf-injection',
    description:
      '$uri, $document_uri and regex captures that can hold a line break are URL-decoded: used in return, rewrite or add_header, a %0d%0a in the request injects headers (HTTP response splitting).',
    checklist: [ITEMS.serverSideValidation],
    severity: 'error',
    fixable: false,
    messages: {
      decoded: '{{variable}} is URL-decoded, so %0d%0a in the request becomes a line break in this {{directive}} (header injection); use $request_uri.',
      capture: 'Capture {{variable}} can hold a decoded line break ({{group}}), which injects headers through this {{directive}}; use a class that excludes line breaks or $request_uri.',
    },
  },
  check(ctx) {
    const scope = new Scope(ctx);
    for (const { directive, context } of scope.directives()) {
      if (!scope.mine(directive)) continue;
      let args: NginxArg[];
      if (directive.name === 'return') args = directive.args.filter((a) => !/^\d{3}$/.test(a.value));
      else if (directive.name === 'rewrite') args = directive.args.slice(1, 2);
      else if (directive.name === 'add_header') args = directive.args.slice(1, 2);
      else continue;
      const capture = captureSource(directive, context);
      const groups = capture && (capture.subject === 'uri' || isDecodedUriVariable(capture.subject)) ? captureGroups(capture.pattern) : [];
      for (const arg of args) {
        for (const use of variablesIn(arg.value)) {
          if (isDecodedUriVariable(use.name)) {
            scope.report({ span: arg.span, messageId: 'decoded', data: { variable: `$${use.name}`, directive: directive.name } });
            break;
          }
          const group = groups.find((g) => (/^\d+$/.test(use.name) ? g.index === Number(use.name) : g.name === use.name));
          if (group && canCaptureNewline(group.body, capture!.pattern)) {
            scope.report({ span: arg.span, messageId: 'capture', data: { variable: `$${use.name}`, group: `(${group.body})`, directive: directive.name } });
            break;
          }
        }
      }
    }
  },
});
