import { defineRule } from '../../server/engine/define-rule';
import type { Fix } from '../../server/engine/types';
import type { NginxFile } from '../../server/formats/nginx/ast';
import { isTlsServer, type HeaderEntry } from '../../server/formats/nginx/context';
import { replaceArgValue } from '../../server/formats/nginx/context-edits';
import { ITEMS } from './support/checklist';
import { addHeaderLine, findHeader, headerTargets, insertHeadersFix, isDynamic, lacks } from './support/headers';
import { CONTENT_DECIDERS, Scope } from './support/scope';

/** What an HSTS fix commits browsers to; it is hard to take back. */
const HSTS_BEHAVIOUR = 'browsers will refuse plain HTTP to this host (and its subdomains, with includeSubDomains) for the whole max-age';

const HEADER = 'Strict-Transport-Security';
const RECOMMENDED_MAX_AGE = 63072000;

export default defineRule<NginxFile>({
  format: 'nginx',
  meta: {
    id: 'nginx/hsts',
    description: 'TLS servers should send Strict-Transport-Security with a max-age of at least a year, includeSubDomains (and preload when asked), on every response (always).',
    checklist: [ITEMS.hstsConfigured, ITEMS.hsts],
    severity: 'warning',
    fixable: true,
    messages: {
      missing: 'This TLS server does not send Strict-Transport-Security: browsers may still use plain HTTP for it.',
      shortMaxAge: 'HSTS max-age is {{maxAge}} seconds; use at least {{minMaxAge}} (one year).',
      noIncludeSubDomains: 'HSTS lacks includeSubDomains: subdomains can still be reached over plain HTTP.',
      noPreload: 'HSTS lacks preload, so the site cannot be on the browsers\' preload list.',
      notAlways: 'add_header Strict-Transport-Security without "always" is not sent on error responses (4xx/5xx).',
    },
    options: {
      minMaxAge: { default: 31536000, description: 'Smallest acceptable max-age in seconds.' },
      requireIncludeSubDomains: { default: true, description: 'Require includeSubDomains.' },
      requirePreload: { default: false, description: 'Require preload (only meaningful once the domain is submitted to hstspreload.org, which is hard to undo).' },
    },
  },
  check(ctx) {
    const scope = new Scope(ctx, { judges: ['add_header', 'add_header_inherit', ...CONTENT_DECIDERS] });
    const minMaxAge = Number(scope.option('minMaxAge') ?? 31536000);
    const wantSubdomains = scope.option<boolean>('requireIncludeSubDomains') !== false;
    const wantPreload = scope.option<boolean>('requirePreload') === true;
    const recommended = `max-age=${Math.max(RECOMMENDED_MAX_AGE, minMaxAge)}${wantSubdomains ? '; includeSubDomains' : ''}${wantPreload ? '; preload' : ''}`;
    for (const target of headerTargets(scope, isTlsServer)) {
      const entry = findHeader(target, HEADER);
      if (!entry) {
        if (!lacks(target, HEADER) || !scope.mine(target.context.block)) continue;
        const fixes = insertHeadersFix(scope, target, [addHeaderLine(HEADER, recommended)], `Add ${HEADER} "${recommended}"`, true, HSTS_BEHAVIOUR);
        scope.report({ span: target.context.block.nameSpan, messageId: 'missing', fixes });
        continue;
      }
      if (!scope.mine(entry.directive)) continue;
      checkValue(scope, entry, minMaxAge, wantSubdomains, wantPreload);
      if (!entry.always && entry.value) {
        const at = entry.value.span.end;
        scope.report({
          span: entry.directive.nameSpan,
          messageId: 'notAlways',
          fixes: [{ title: 'Add "always"', isPreferred: true, edits: [{ start: at, end: at, newText: ' always' }] }],
        });
      }
    }
  },
});

function checkValue(scope: Scope, entry: HeaderEntry, minMaxAge: number, wantSubdomains: boolean, wantPreload: boolean): void {
  const value = entry.value;
  if (!value || isDynamic(entry)) return;
  const text = value.value;
  const maxAgeMatch = /max-age\s*=\s*"?(\d+)"?/i.exec(text);
  const maxAge = maxAgeMatch ? Number(maxAgeMatch[1]) : 0;
  const hasSub = /(^|;)\s*includeSubDomains\s*(;|$)/i.test(text);
  const hasPreload = /(^|;)\s*preload\s*(;|$)/i.test(text);
  const problems: { messageId: string; data?: Record<string, string | number> }[] = [];
  if (maxAge < minMaxAge) problems.push({ messageId: 'shortMaxAge', data: { maxAge, minMaxAge } });
  if (wantSubdomains && !hasSub) problems.push({ messageId: 'noIncludeSubDomains' });
  if (wantPreload && !hasPreload) problems.push({ messageId: 'noPreload' });
  if (problems.length === 0) return;
  // One corrected value for all findings, so their fixes are the same edit.
  const parts = [`max-age=${Math.max(maxAge, minMaxAge, maxAge < minMaxAge ? RECOMMENDED_MAX_AGE : 0)}`];
  if (hasSub || wantSubdomains) parts.push('includeSubDomains');
  if (hasPreload || wantPreload) parts.push('preload');
  const fixed = parts.join('; ');
  const fix: Fix = { title: `Send "${fixed}" (changes runtime behaviour: ${HSTS_BEHAVIOUR})`, isPreferred: true, changesBehavior: true, edits: [value.quote ? replaceArgValue(value, fixed) : { ...value.span, newText: `"${fixed}"` }] };
  for (const p of problems) scope.report({ span: value.span, messageId: p.messageId, ...(p.data ? { data: p.data } : {}), fixes: [fix] });
}
