import { defineRule } from '../../server/engine/define-rule';
import type { NginxFile } from '../../server/formats/nginx/ast';
import { PROXY_PASS_DIRECTIVES } from '../../server/formats/nginx/context';
import { ITEMS } from './support/checklist';
import { Scope } from './support/scope';
import { captureSource, isRequestVariable, taintedVariables, variablesIn } from './support/variables';

/** The part of a proxy_pass target that names the host: after the scheme, up to the first `/`. */
function hostPart(target: string): string {
  const withoutScheme = target.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const slash = withoutScheme.indexOf('/');
  return slash === -1 ? withoutScheme : withoutScheme.slice(0, slash);
}

export default defineRule<NginxFile>({
  format: 'nginx',
  meta: {
    id: 'nginx/proxy-pass-ssrf',
    description: 'The upstream host of proxy_pass (and fastcgi_pass, uwsgi_pass, grpc_pass…) must not come from request data: clients could make nginx connect to any internal host (SSRF).',
    checklist: [ITEMS.serverSideValidation],
    severity: 'error',
    fixable: false,
    messages: {
      ssrf: '{{directive}} takes its host from request data ({{source}}): clients can point nginx at internal services (SSRF). Use a fixed upstream or a map with an allow-list.',
    },
  },
  check(ctx) {
    const scope = new Scope(ctx);
    for (const name of PROXY_PASS_DIRECTIVES) {
      for (const { directive, context } of scope.directives(name)) {
        const arg = directive.args[0];
        if (!scope.mine(directive) || !arg) continue;
        const uses = variablesIn(hostPart(arg.value));
        if (uses.length === 0) continue;
        const tainted = taintedVariables(context, isRequestVariable);
        const capture = captureSource(directive, context);
        const bad = uses.find((u) => isRequestVariable(u.name) || tainted.has(u.name) || (capture !== undefined && /^\d+$|^[A-Za-z_]/.test(u.name) && isCapture(u.name, capture.pattern) && (capture.subject === 'uri' || isRequestVariable(capture.subject))));
        if (!bad) continue;
        scope.report({ span: arg.span, messageId: 'ssrf', data: { directive: name, source: `$${bad.name}` } });
      }
    }
  },
});

/** `$1`… or a named capture of the pattern. */
function isCapture(name: string, pattern: string): boolean {
  if (/^\d+$/.test(name)) return Number(name) > 0;
  return new RegExp(`\\(\\?P?<${name}>|\\(\\?'${name}'`).test(pattern);
}
