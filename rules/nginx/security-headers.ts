import { defineRule } from '../../server/engine/define-rule';
import type { NginxFile } from '../../server/formats/nginx/ast';
import type { HeaderEntry } from '../../server/formats/nginx/context';
import { replaceArgValue } from '../../server/formats/nginx/context-edits';
import { ITEMS } from './support/checklist';
import { addHeaderLine, findHeader, headerTargets, insertHeadersFix, isDynamic, lacks, type HeaderTarget } from './support/headers';
import { CONTENT_DECIDERS, Scope } from './support/scope';

interface HeaderSpec {
  name: string;
  option: string;
  value: string;
  /** Lower-cased acceptable values; undefined accepts any. */
  accept?: (value: string) => boolean;
}

const CSP = "default-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

const HEADERS: HeaderSpec[] = [
  { name: 'X-Frame-Options', option: 'xFrameOptions', value: 'SAMEORIGIN', accept: (v) => v === 'deny' || v === 'sameorigin' },
  { name: 'X-Content-Type-Options', option: 'xContentTypeOptions', value: 'nosniff', accept: (v) => v === 'nosniff' },
  { name: 'Referrer-Policy', option: 'referrerPolicy', value: 'strict-origin-when-cross-origin', accept: (v) => !/unsafe-url|no-referrer-when-downgrade/.test(v) },
  { name: 'Permissions-Policy', option: 'permissionsPolicy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
];

export default defineRule<NginxFile>({
  format: 'nginx',
  meta: {
    id: 'nginx/security-headers',
    description:
      'Servers and locations that serve content should send X-Frame-Options, X-Content-Type-Options: nosniff, Content-Security-Policy, Referrer-Policy, Permissions-Policy and X-XSS-Protection as the checklist prescribes.',
    checklist: [ITEMS.securityHeaders, ITEMS.xFrameOptions, ITEMS.xContentTypeOptions, ITEMS.xXssProtection, ITEMS.csp, ITEMS.referrerPolicy, ITEMS.permissionsPolicy],
    severity: 'warning',
    fixable: true,
    messages: {
      missing: 'Responses here lack security headers: {{headers}}.',
      missingCsp: 'Responses here lack a Content-Security-Policy.',
      badValue: '{{header}} is "{{value}}"; use {{expected}}.',
    },
    options: {
      xFrameOptions: { default: true, description: 'Require X-Frame-Options (DENY or SAMEORIGIN).' },
      xContentTypeOptions: { default: true, description: 'Require X-Content-Type-Options: nosniff.' },
      contentSecurityPolicy: { default: true, description: 'Require a Content-Security-Policy (or its Report-Only form).' },
      referrerPolicy: { default: true, description: 'Require a Referrer-Policy (not unsafe-url or no-referrer-when-downgrade).' },
      permissionsPolicy: { default: true, description: 'Require a Permissions-Policy.' },
      xXssProtection: {
        default: '1; mode=block',
        description: 'Required X-XSS-Protection value: "1; mode=block" as the checklist says, "0" as current browsers advise (the XSS auditor is gone), or "off" to not require it.',
      },
    },
  },
  check(ctx) {
    const scope = new Scope(ctx, { judges: ['add_header', 'add_header_inherit', ...CONTENT_DECIDERS] });
    const xss = String(scope.option('xXssProtection') ?? '1; mode=block');
    const specs = HEADERS.filter((h) => scope.option(h.option) !== false);
    if (xss !== 'off') specs.push({ name: 'X-XSS-Protection', option: 'xXssProtection', value: xss, accept: (v) => v.replace(/\s+/g, '') === xss.replace(/\s+/g, '').toLowerCase() });
    const wantCsp = scope.option('contentSecurityPolicy') !== false;
    for (const target of headerTargets(scope, () => true)) {
      const missing = specs.filter((s) => lacks(target, s.name));
      for (const spec of specs) {
        const entry = findHeader(target, spec.name);
        if (entry) checkValue(scope, spec, entry);
      }
      if (!scope.mine(target.context.block)) continue;
      if (missing.length) reportMissing(scope, target, missing);
      const reportOnly = findHeader(target, 'Content-Security-Policy-Report-Only');
      if (wantCsp && !reportOnly && lacks(target, 'Content-Security-Policy')) {
        const fixes = insertHeadersFix(scope, target, [addHeaderLine('Content-Security-Policy', CSP)], 'Add a restrictive Content-Security-Policy', false, 'scripts, styles, frames and forms from other origins are blocked');
        scope.report({ span: target.context.block.nameSpan, messageId: 'missingCsp', fixes });
      }
    }
  },
});

function reportMissing(scope: Scope, target: HeaderTarget, missing: HeaderSpec[]): void {
  const names = missing.map((s) => s.name);
  const lines = missing.map((s) => addHeaderLine(s.name, s.value));
  const fixes = insertHeadersFix(scope, target, lines, `Add ${names.join(', ')}`, true, 'browsers enforce the new headers');
  scope.report({ span: target.context.block.nameSpan, messageId: 'missing', data: { headers: names.join(', ') }, fixes });
}

function checkValue(scope: Scope, spec: HeaderSpec, entry: HeaderEntry): void {
  if (!spec.accept || !scope.mine(entry.directive) || isDynamic(entry) || !entry.value) return;
  const value = entry.value.value.trim().toLowerCase();
  if (spec.accept(value)) return;
  const arg = entry.value;
  scope.report({
    span: arg.span,
    messageId: 'badValue',
    data: { header: spec.name, value: arg.value, expected: `"${spec.value}"` },
    fixes: [{ title: `Send ${spec.name}: ${spec.value}`, isPreferred: true, edits: [arg.quote ? replaceArgValue(arg, spec.value) : { ...arg.span, newText: `"${spec.value}"` }] }],
  });
}
