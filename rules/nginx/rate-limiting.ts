import { defineRule } from '../../server/engine/define-rule';
import type { NginxFile } from '../../server/formats/nginx/ast';
import { effectiveArray, isProxied } from '../../server/formats/nginx/context';
import { ITEMS } from './support/checklist';
import { Scope } from './support/scope';

export default defineRule<NginxFile>({
  format: 'nginx',
  meta: {
    id: 'nginx/rate-limiting',
    description: 'Locations that pass requests to an application (proxy_pass, fastcgi_pass, uwsgi_pass, grpc_pass, scgi_pass) should be rate or connection limited (limit_req / limit_conn).',
    checklist: [ITEMS.apiRateLimiting, ITEMS.burst, ITEMS.slowLoris],
    severity: 'information',
    fixable: false,
    messages: {
      unlimited: 'Requests to this location reach the application without limit_req or limit_conn.',
    },
  },
  check(ctx) {
    const scope = new Scope(ctx, { judges: ['limit_req', 'limit_conn'] });
    for (const location of scope.contextsOf('location')) {
      if (!scope.mine(location.block) || !isProxied(location)) continue;
      if (effectiveArray(location, 'limit_req').directives.length || effectiveArray(location, 'limit_conn').directives.length) continue;
      scope.report({ span: location.block.nameSpan, messageId: 'unlimited' });
    }
  },
});
