import { defineRule } from '../../server/engine/define-rule';
import type { NginxFile } from '../../server/formats/nginx/ast';
import { isProxied, type NginxContext } from '../../server/formats/nginx/context';
import { ITEMS } from './support/checklist';
import { Scope } from './support/scope';

function restrictsMethods(context: NginxContext | undefined): boolean {
  for (let c = context; c && c.kind !== 'http'; c = c.parent) {
    if (c.children.some((k) => k.kind === 'limit_except' || (k.kind === 'if' && k.block?.args.some((a) => a.value.includes('$request_method'))))) return true;
  }
  return false;
}

export default defineRule<NginxFile>({
  format: 'nginx',
  meta: {
    id: 'nginx/method-restrictions',
    description: 'Proxied locations can restrict the HTTP methods they accept (limit_except or if ($request_method …)). Off unless the "enabled" option is set, since most applications check methods themselves.',
    checklist: [ITEMS.methods],
    severity: 'information',
    fixable: false,
    messages: {
      unrestricted: 'This location accepts every HTTP method; restrict them with limit_except (e.g. limit_except GET POST { deny all; }).',
    },
    options: {
      enabled: { default: false, description: 'Turn the check on.' },
    },
  },
  check(ctx) {
    const scope = new Scope(ctx, { judges: ['limit_except', 'if'] });
    if (scope.option<boolean>('enabled') !== true) return;
    for (const location of scope.contextsOf('location')) {
      if (!scope.mine(location.block) || !isProxied(location) || restrictsMethods(location)) continue;
      scope.report({ span: location.block.nameSpan, messageId: 'unrestricted' });
    }
  },
});
