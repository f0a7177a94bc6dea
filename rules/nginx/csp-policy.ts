import { defineRule } from '../../server/engine/define-rule';
import type { Fix, Span } from '../../server/engine/types';
import type { NginxDirective, NginxFile } from '../../server/formats/nginx/ast';
import { headerEntry, type HeaderEntry } from '../../server/formats/nginx/context';
import { ITEMS } from './support/checklist';
import { isNonceOrHash, parsePolicies, valueSpans, type CspDirective, type CspPolicy, type CspToken } from './support/csp';
import { headerTargets, type HeaderTarget } from './support/headers';
import { Scope } from './support/scope';

const ENFORCED = 'content-security-policy';
const REPORT_ONLY = 'content-security-policy-report-only';

/** What a policy lets through. Policies sent together are all enforced, so something is open only if every one of them opens it. */
type Opening = 'scriptInline' | 'scriptEval' | 'scriptAnywhere' | 'objectAnywhere' | 'otherAnywhere';

interface Weakness {
  /** What the weakness opens; it is reported while the other policies sent with it leave one of these open too. */
  opens: Opening[];
  start: number;
  end: number;
  messageId: string;
  data: Record<string, string>;
  /** Where `; object-src 'none'` goes (a value index), for the offered fix. */
  addObjectSrcAt?: number;
}

interface Judged {
  entry: HeaderEntry;
  opens: Set<Opening>;
  weaknesses: Weakness[];
}

const PLUGINS = 'plugins (<object>, <embed>)';
const ELSEWHERE = 'every resource without its own directive';

export default defineRule<NginxFile>({
  format: 'nginx',
  meta: {
    id: 'nginx/csp-policy',
    description:
      "A Content-Security-Policy should restrict scripts and plugins: no 'unsafe-inline' (without nonces or hashes) or 'unsafe-eval' for scripts, no *, http:, https: or data: in default-src, script-src or object-src, and a default-src.",
    checklist: [ITEMS.csp],
    severity: 'warning',
    fixable: true,
    messages: {
      unsafeInline: "'unsafe-inline' in {{directive}} lets injected inline scripts and event handlers run; allow inline code by nonce or hash instead.",
      unsafeEval: "'unsafe-eval' in {{directive}} lets scripts run strings as code (eval, new Function), so injected text becomes script.",
      wideSource: '{{source}} in {{directive}} lets {{what}} load from {{from}}.',
      objectSrcOpen: "default-src allows {{source}} and there is no object-src, so plugins (<object>, <embed>) load from {{from}}; add object-src 'none'.",
      noDefaultSrc: 'This Content-Security-Policy has no default-src and no {{missing}}: {{what}} are not restricted.',
      reportOnly: 'Content-Security-Policy-Report-Only only reports violations and blocks nothing; once its reports are clean, send the policy as Content-Security-Policy.',
    },
  },
  check(ctx) {
    const scope = new Scope(ctx);
    const seen = new Set<NginxDirective>();
    for (const target of headerTargets(scope, () => true)) {
      const enforced = target.headers.filter((h) => h.name === ENFORCED && sent(h));
      for (const entry of enforced) seen.add(entry.directive);
      if (enforced.length) judgeTogether(scope, enforced);
      else reportOnly(scope, target);
    }
    // A snippet no workspace nginx.conf includes: its policy is judged as written.
    if (scope.model.role !== 'partial') return;
    for (const { directive, context } of scope.directives('add_header')) {
      const entry = headerEntry(directive);
      if (context.block || seen.has(directive) || !scope.mine(directive) || entry?.name !== ENFORCED || !sent(entry)) continue;
      judgeTogether(scope, [entry]);
    }
  },
});

/** nginx sends no header for an empty value. */
function sent(entry: HeaderEntry): boolean {
  return entry.value !== undefined && entry.value.value !== '';
}

/** A Report-Only policy with no enforced one beside it: said once, as information. */
function reportOnly(scope: Scope, target: HeaderTarget): void {
  const entry = target.headers.find((h) => h.name === REPORT_ONLY && sent(h));
  if (!entry || !scope.mine(entry.directive)) return;
  scope.report({ span: entry.directive.args[0]!.span, messageId: 'reportOnly', severity: 'information' });
}

/** Every policy a response carries, each weakness reported where it is written. */
function judgeTogether(scope: Scope, entries: HeaderEntry[]): void {
  const judged: Judged[] = [];
  for (const entry of entries) {
    const policies = policiesOf(entry);
    // A variable could make that policy anything, stricter than the others included.
    if (!policies) return;
    for (const policy of policies) judged.push({ entry, ...weigh(policy) });
  }
  for (const j of judged) {
    if (!scope.mine(j.entry.directive)) continue;
    for (const w of j.weaknesses) {
      if (w.opens.some((o) => judged.every((other) => other === j || other.opens.has(o)))) reportWeakness(scope, j.entry, w);
    }
  }
}

const parsed = new WeakMap<HeaderEntry, CspPolicy[] | null>();

/** The policies of a header value; null when a variable stands anywhere but in a nonce. */
function policiesOf(entry: HeaderEntry): CspPolicy[] | null {
  let policies = parsed.get(entry);
  if (policies === undefined) {
    const list = parsePolicies(entry.value!.value);
    const unknown = list.some((p) => p.tokens.some((t) => t.text.includes('$') && !/^'nonce-/i.test(t.text)));
    policies = unknown ? null : list;
    parsed.set(entry, policies);
  }
  return policies;
}

function weigh(policy: CspPolicy): { opens: Set<Opening>; weaknesses: Weakness[] } {
  const opens = new Set<Opening>();
  const weaknesses: Weakness[] = [];
  const own = (name: string): CspDirective | undefined => policy.directives.get(name);
  const defaultSrc = own('default-src');
  const scriptSrc = own('script-src');
  const objectSrc = own('object-src');
  const scripts = scriptSrc ?? defaultSrc;
  const objects = objectSrc ?? defaultSrc;

  if (scripts) weighScripts(scripts, scriptSrc === undefined, opens, weaknesses);
  else opens.add('scriptInline').add('scriptEval').add('scriptAnywhere');
  if (!objects || objects.sources.some(isWide)) opens.add('objectAnywhere');
  if (!defaultSrc || defaultSrc.sources.some((t) => isWide(t) && t.lower !== 'data:')) opens.add('otherAnywhere');

  if (objectSrc) for (const t of objectSrc.sources.filter(isWide)) weaknesses.push(wide(t, 'object-src', PLUGINS, ['objectAnywhere']));
  if (defaultSrc) weighDefault(defaultSrc, scriptSrc, objectSrc, weaknesses);
  else if (!scriptSrc || !objectSrc) weaknesses.push(noDefault(policy, scriptSrc, objectSrc));
  return { opens, weaknesses };
}

function weighScripts(scripts: CspDirective, fromDefault: boolean, opens: Set<Opening>, weaknesses: Weakness[]): void {
  const directive = fromDefault ? 'default-src (there is no script-src)' : 'script-src';
  const strictDynamic = scripts.sources.some((t) => t.lower === "'strict-dynamic'");
  // CSP3 browsers ignore 'unsafe-inline' beside a nonce, a hash or 'strict-dynamic' (it is there for older ones).
  const inlineIgnored = strictDynamic || scripts.sources.some(isNonceOrHash);
  for (const t of scripts.sources) {
    if (t.lower === "'unsafe-inline'" && !inlineIgnored) {
      opens.add('scriptInline');
      weaknesses.push({ opens: ['scriptInline'], start: t.start, end: t.end, messageId: 'unsafeInline', data: { directive } });
    } else if (t.lower === "'unsafe-eval'") {
      opens.add('scriptEval');
      weaknesses.push({ opens: ['scriptEval'], start: t.start, end: t.end, messageId: 'unsafeEval', data: { directive } });
    } else if (isWide(t) && !strictDynamic) {
      // With 'strict-dynamic', host and scheme sources are ignored as well.
      opens.add('scriptAnywhere');
      if (!fromDefault) weaknesses.push(wide(t, 'script-src', 'scripts', ['scriptAnywhere']));
    }
  }
}

/** default-src covers everything without its own directive, scripts and plugins too when they have none. */
function weighDefault(defaultSrc: CspDirective, scriptSrc: CspDirective | undefined, objectSrc: CspDirective | undefined, weaknesses: Weakness[]): void {
  const strictDynamic = defaultSrc.sources.some((t) => t.lower === "'strict-dynamic'");
  const covered = !scriptSrc && !strictDynamic;
  const wideSources = defaultSrc.sources.filter(isWide);
  for (const t of wideSources) {
    // data: only matters where it can carry code: scripts (plugins are reported as a missing object-src).
    const opens: Opening[] = [...(t.lower === 'data:' ? [] : ['otherAnywhere' as const]), ...(covered ? ['scriptAnywhere' as const] : [])];
    if (opens.length === 0) continue;
    const what = covered ? (opens.length === 2 ? `scripts and ${ELSEWHERE}` : 'scripts') : ELSEWHERE;
    weaknesses.push(wide(t, 'default-src', what, opens));
  }
  const first = wideSources[0];
  if (first && !objectSrc) {
    const { nameToken } = defaultSrc;
    weaknesses.push({
      opens: ['objectAnywhere'],
      start: nameToken.start,
      end: nameToken.end,
      messageId: 'objectSrcOpen',
      data: { source: first.text, from: reach(first) },
      addObjectSrcAt: defaultSrc.end,
    });
  }
}

function noDefault(policy: CspPolicy, scriptSrc: CspDirective | undefined, objectSrc: CspDirective | undefined): Weakness {
  const missing = [...(scriptSrc ? [] : ['script-src']), ...(objectSrc ? [] : ['object-src'])];
  const what = [...(scriptSrc ? [] : ['scripts (inline ones too)']), ...(objectSrc ? [] : [PLUGINS])];
  const opens: Opening[] = [...(scriptSrc ? [] : ['scriptAnywhere' as const]), ...(objectSrc ? [] : ['objectAnywhere' as const])];
  return { opens, start: policy.start, end: policy.end, messageId: 'noDefaultSrc', data: { missing: missing.join(' or '), what: what.join(' and ') } };
}

function wide(t: CspToken, directive: string, what: string, opens: Opening[]): Weakness {
  return { opens, start: t.start, end: t.end, messageId: 'wideSource', data: { source: t.text, directive, what, from: reach(t) } };
}

/** `*`, `https://*`, `*:443` and the schemes that admit any origin or inline content. */
const WIDE = /^(?:(?:https?:\/\/)?\*(?::(?:\d+|\*))?\/?|https?:|data:)$/;

function isWide(t: CspToken): boolean {
  return WIDE.test(t.lower);
}

function reach(t: CspToken): string {
  if (t.lower === 'data:') return 'data: URLs, which an attacker writes inline';
  if (t.lower.startsWith('https')) return 'any HTTPS origin';
  if (t.lower.startsWith('http')) return 'any origin, over plain HTTP too';
  return 'any origin';
}

function reportWeakness(scope: Scope, entry: HeaderEntry, w: Weakness): void {
  const arg = entry.value!;
  const spans = valueSpans(arg);
  const span: Span = spans ? spans(w.start, w.end) : arg.span;
  const fixes: Fix[] = [];
  if (w.addObjectSrcAt !== undefined && spans && arg.quote) {
    const at = spans(w.addObjectSrcAt, w.addObjectSrcAt).start;
    const none = arg.quote === "'" ? "\\'none\\'" : "'none'";
    fixes.push({
      title: "Add object-src 'none' (changes runtime behaviour: <object> and <embed> no longer load anything)",
      isPreferred: false,
      changesBehavior: true,
      edits: [{ start: at, end: at, newText: `; object-src ${none}` }],
    });
  }
  scope.report({ span, messageId: w.messageId, data: w.data, ...(fixes.length ? { fixes } : {}) });
}
