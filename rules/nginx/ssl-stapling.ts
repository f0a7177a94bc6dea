import { defineRule } from '../../server/engine/define-rule';
import type { NginxFile } from '../../server/formats/nginx/ast';
import { isTlsServer, lookup } from '../../server/formats/nginx/context';
import { ITEMS } from './support/checklist';
import { Scope } from './support/scope';

export default defineRule<NginxFile>({
  format: 'nginx',
  meta: {
    id: 'nginx/ssl-stapling',
    description:
      'OCSP stapling, where used, should verify the responses (ssl_stapling_verify) and have a resolver to reach the responder. Certificates without OCSP (Let\'s Encrypt since 2025) need nothing, so a missing ssl_stapling is only reported when asked for.',
    checklist: [ITEMS.ocsp],
    severity: 'hint',
    fixable: false,
    messages: {
      noVerify: 'ssl_stapling is on without ssl_stapling_verify on: stapled responses are not checked against the trusted chain.',
      noResolver: 'ssl_stapling is on but no resolver is set: nginx cannot reach the OCSP responder (unless ssl_stapling_file is used).',
      missing: 'This TLS server does not staple OCSP responses (ssl_stapling on).',
      off: 'OCSP stapling is turned off.',
    },
    options: {
      requireStapling: {
        default: false,
        description: 'Also report TLS servers without ssl_stapling on. Leave off for certificates without an OCSP URL (Let\'s Encrypt ended OCSP in 2025).',
      },
    },
  },
  check(ctx) {
    const scope = new Scope(ctx);
    const require = scope.option<boolean>('requireStapling') === true;
    for (const server of scope.servers()) {
      if (!isTlsServer(server)) continue;
      const stapling = lookup(server, 'ssl_stapling');
      const on = stapling?.directive.args[0]?.value === 'on';
      if (!on) {
        if (!require) continue;
        if (stapling && scope.mine(stapling.directive)) scope.report({ span: stapling.directive.args[0]?.span ?? stapling.directive.nameSpan, messageId: 'off' });
        else if (!stapling && scope.mine(server.block)) scope.report({ span: server.block.nameSpan, messageId: 'missing' });
        continue;
      }
      if (!scope.mine(stapling!.directive)) continue;
      const span = stapling!.directive.nameSpan;
      if (lookup(server, 'ssl_stapling_verify')?.directive.args[0]?.value !== 'on') scope.report({ span, messageId: 'noVerify' });
      if (!lookup(server, 'resolver') && !lookup(server, 'ssl_stapling_file') && !lookup(server, 'ssl_stapling_responder')) {
        scope.report({ span, messageId: 'noResolver' });
      }
    }
  },
});
