import { defineRule } from '../../server/engine/define-rule';
import type { Fix, Span } from '../../server/engine/types';
import type { NginxDirective, NginxFile } from '../../server/formats/nginx/ast';
import { effectiveHeaders, headerEntry, type HeaderEntry } from '../../server/formats/nginx/context';
import { ITEMS } from './support/checklist';
import { allowsAllInline, parsePolicies, valueSpans, type CspDirective, type CspPolicy, type CspToken } from './support/csp';
import { headerTargets, type HeaderTarget } from './support/headers';
import { Scope } from './support/scope';

const ENFORCED = 'content-security-policy';
const REPORT_ONLY = 'content-security-policy-report-only';

/**
 * What a policy lets through. Policies sent together are all enforced, so something is open only if every one of them opens it.
 * Scripts are three things to CSP3: <script> elements (their sources and inline code), inline event handlers, and eval.
 */
type Opening = 'scriptInline' | 'handlerInline' | 'scriptEval' | 'scriptAnywhere' | 'objectAnywhere' | 'otherAnywhere';

/** Whether every other policy sent with this one leaves that open too. */
type OpenElsewhere = (o: Opening) => boolean;

interface Message {
  messageId: string;
  data: Record<string, string>;
}

interface Weakness {
  /** What the weakness opens; it is reported while the other policies sent with it leave one of these open too. */
  opens: Opening[];
  start: number;
  end: number;
  /** The message, naming only what the other policies leave open. */
  describe: (open: OpenElsewhere) => Message;
  /** Where `; object-src 'none'` goes (a value index), for the offered fix. */
  addObjectSrcAt?: number;
}

interface Judged {
  entry: HeaderEntry;
  opens: Set<Opening>;
  weaknesses: Weakness[];
}

/** The directive each kind of script checks, the first one present (CSP3 §6.8.3); object-src falls back to default-src. */
const ELEMENTS = ['script-src-elem', 'script-src', 'default-src'];
const ATTRIBUTES = ['script-src-attr', 'script-src', 'default-src'];
const EVAL = ['script-src', 'default-src'];
const OBJECTS = ['object-src', 'default-src'];

const PLUGINS = 'plugins (<object>, <embed>)';
const ELSEWHERE = 'every resource without its own directive';

export default defineRule<NginxFile>({
  format: 'nginx',
  meta: {
    id: 'nginx/csp-policy',
    description:
      "A Content-Security-Policy should restrict scripts and plugins: no 'unsafe-inline' (without nonces or hashes) or 'unsafe-eval' for scripts, no *, http:, https: or data: in default-src, script-src, script-src-elem or object-src, and a default-src.",
    checklist: [ITEMS.csp],
    severity: 'warning',
    fixable: true,
    messages: {
      unsafeInline: "'unsafe-inline' in {{directive}} lets injected {{what}} run; allow inline code by nonce or hash instead.",
      unsafeInlineHandlers: "'unsafe-inline' in {{directive}} lets injected event handlers (onclick and other on* attributes) run; attach handlers from a script with addEventListener instead.",
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
    // Servers that inherit one add_header list share its array: each list is judged once.
    const judged = new WeakSet<readonly HeaderEntry[]>();
    for (const target of headerTargets(scope, () => true)) {
      if (judged.has(target.headers)) continue;
      judged.add(target.headers);
      const enforced = enforcedIn(target.headers);
      for (const entry of enforced) seen.add(entry.directive);
      if (enforced.length) judgeTogether(scope, enforced);
      else reportOnly(scope, target);
    }
    // A snippet no workspace nginx.conf includes: the policies its top level sends are judged as written, together.
    if (scope.model.role !== 'partial') return;
    for (const { directive, context } of scope.directives('add_header')) {
      const entry = headerEntry(directive);
      if (context.block || seen.has(directive) || !scope.mine(directive) || entry?.name !== ENFORCED || !sent(entry)) continue;
      const { headers } = effectiveHeaders(context);
      if (judged.has(headers)) continue;
      judged.add(headers);
      judgeTogether(scope, enforcedIn(headers));
    }
  },
});

function enforcedIn(headers: readonly HeaderEntry[]): HeaderEntry[] {
  return headers.filter((h) => h.name === ENFORCED && sent(h));
}

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
    const open: OpenElsewhere = (o) => judged.every((other) => other === j || other.opens.has(o));
    for (const w of j.weaknesses) {
      if (w.opens.some(open)) reportWeakness(scope, j.entry, w, w.describe(open));
    }
  }
}

/** Keyed by the add_header line: merged lists (add_header_inherit merge) make new entries for the same line. */
const parsed = new WeakMap<NginxDirective, CspPolicy[] | null>();

/** The policies of a header value; null when a variable stands anywhere but in a nonce. */
function policiesOf(entry: HeaderEntry): CspPolicy[] | null {
  let policies = parsed.get(entry.directive);
  if (policies === undefined) {
    const list = parsePolicies(entry.value!.value);
    const unknown = list.some((p) => p.tokens.some((t) => t.text.includes('$') && !/^'nonce-/i.test(t.text)));
    policies = unknown ? null : list;
    parsed.set(entry.directive, policies);
  }
  return policies;
}

function weigh(policy: CspPolicy): { opens: Set<Opening>; weaknesses: Weakness[] } {
  const opens = new Set<Opening>();
  const weaknesses: Weakness[] = [];
  const defaultSrc = policy.directives.get('default-src');
  const sandboxed = scriptsSandboxed(policy);
  // A sandbox without allow-scripts runs no script and no plugin, whatever the sources say.
  if (!sandboxed) {
    weighScripts(policy, opens, weaknesses);
    weighObjects(policy, opens, weaknesses);
    if (!defaultSrc) weaknesses.push(...noDefault(policy));
  }
  if (!defaultSrc || defaultSrc.sources.some((t) => isWide(t) && t.lower !== 'data:')) opens.add('otherAnywhere');
  if (defaultSrc) weaknesses.push(...wideDefault(policy, defaultSrc, sandboxed));
  return { opens, weaknesses };
}

/** `sandbox` without `allow-scripts` (tokens are case-insensitive, as in the iframe attribute). */
function scriptsSandboxed(policy: CspPolicy): boolean {
  const sandbox = policy.directives.get('sandbox');
  return sandbox !== undefined && !sandbox.sources.some((t) => t.lower === 'allow-scripts');
}

/** The directive that governs a chain: the first one the policy has. */
function governing(policy: CspPolicy, chain: string[]): CspDirective | undefined {
  for (const name of chain) {
    const directive = policy.directives.get(name);
    if (directive) return directive;
  }
  return undefined;
}

function hasStrictDynamic(directive: CspDirective): boolean {
  return directive.sources.some((t) => t.lower === "'strict-dynamic'");
}

function weighScripts(policy: CspPolicy, opens: Set<Opening>, weaknesses: Weakness[]): void {
  const elements = governing(policy, ELEMENTS);
  const attributes = governing(policy, ATTRIBUTES);
  const evaluation = governing(policy, EVAL);
  if (!elements) opens.add('scriptInline').add('scriptAnywhere');
  if (!attributes) opens.add('handlerInline');
  if (!evaluation) opens.add('scriptEval');
  for (const directive of new Set([elements, attributes])) {
    if (directive && allowsAllInline(directive.sources)) weaknesses.push(...unsafeInline(directive, directive === elements, directive === attributes, opens));
  }
  if (evaluation) weaknesses.push(...unsafeEval(evaluation, opens));
  // With 'strict-dynamic', host and scheme sources are ignored; default-src's are judged with the other resources it covers.
  if (elements && !hasStrictDynamic(elements)) {
    for (const t of elements.sources.filter(isWide)) {
      opens.add('scriptAnywhere');
      if (elements.name !== 'default-src') weaknesses.push(wide(t, elements.name, 'scripts', 'scriptAnywhere'));
    }
  }
}

/** 'unsafe-inline' where it governs <script> elements, event handlers or both (CSP3 ignores it beside a nonce, hash or 'strict-dynamic'). */
function unsafeInline(directive: CspDirective, forElements: boolean, forAttributes: boolean, opens: Set<Opening>): Weakness[] {
  const inline: Opening[] = [...(forElements ? ['scriptInline' as const] : []), ...(forAttributes ? ['handlerInline' as const] : [])];
  for (const o of inline) opens.add(o);
  const name = label(directive, [...(forElements ? [ELEMENTS] : []), ...(forAttributes ? [ATTRIBUTES] : [])]);
  const describe = (open: OpenElsewhere): Message => {
    const handlers = forAttributes && open('handlerInline');
    if (!(forElements && open('scriptInline'))) return { messageId: 'unsafeInlineHandlers', data: { directive: name } };
    return { messageId: 'unsafeInline', data: { directive: name, what: handlers ? 'inline scripts and event handlers' : 'inline scripts' } };
  };
  return directive.sources.filter((t) => t.lower === "'unsafe-inline'").map((t) => ({ opens: inline, start: t.start, end: t.end, describe }));
}

/** eval is checked against script-src, else default-src: script-src-elem and script-src-attr play no part. */
function unsafeEval(directive: CspDirective, opens: Set<Opening>): Weakness[] {
  const data = { directive: label(directive, [EVAL]) };
  const tokens = directive.sources.filter((t) => t.lower === "'unsafe-eval'");
  if (tokens.length) opens.add('scriptEval');
  return tokens.map((t) => ({ opens: ['scriptEval'], start: t.start, end: t.end, describe: () => ({ messageId: 'unsafeEval', data }) }));
}

/** A directive's name, and the ones before it missing from every chain it stands in for: "default-src (there is no script-src)". */
function label(directive: CspDirective, chains: string[][]): string {
  const skipped = chains.map((chain) => chain.slice(0, chain.indexOf(directive.name)));
  const missing = skipped[0]!.filter((name) => skipped.every((s) => s.includes(name)));
  return missing.length ? `${directive.name} (there is no ${missing.join(' or ')})` : directive.name;
}

function weighObjects(policy: CspPolicy, opens: Set<Opening>, weaknesses: Weakness[]): void {
  const objects = governing(policy, OBJECTS);
  if (!objects || objects.sources.some(isWide)) opens.add('objectAnywhere');
  const objectSrc = policy.directives.get('object-src');
  if (objectSrc) for (const t of objectSrc.sources.filter(isWide)) weaknesses.push(wide(t, 'object-src', PLUGINS, 'objectAnywhere'));
  const defaultSrc = policy.directives.get('default-src');
  const first = defaultSrc?.sources.find(isWide);
  if (defaultSrc && first && !objectSrc) {
    const { nameToken } = defaultSrc;
    const data = { source: first.text, from: reach(first) };
    weaknesses.push({ opens: ['objectAnywhere'], start: nameToken.start, end: nameToken.end, describe: () => ({ messageId: 'objectSrcOpen', data }), addObjectSrcAt: defaultSrc.end });
  }
}

/**
 * Wide sources of default-src: they cover every resource without its own directive, scripts and plugins too
 * when nothing else governs them. The message leaves out what a sandbox or another policy keeps closed.
 */
function wideDefault(policy: CspPolicy, defaultSrc: CspDirective, sandboxed: boolean): Weakness[] {
  const covers: Covers = {
    scripts: governing(policy, ELEMENTS) === defaultSrc && !hasStrictDynamic(defaultSrc),
    plugins: !policy.directives.has('object-src'),
    sandboxed,
  };
  const scripts = runsScripts(covers);
  const weaknesses: Weakness[] = [];
  for (const t of defaultSrc.sources.filter(isWide)) {
    // data: only matters where it can carry code: scripts (plugins are reported as a missing object-src).
    const other = t.lower !== 'data:';
    const opens: Opening[] = [...(other ? ['otherAnywhere' as const] : []), ...(scripts ? ['scriptAnywhere' as const] : [])];
    if (opens.length === 0) continue;
    const describe = (open: OpenElsewhere): Message => ({
      messageId: 'wideSource',
      data: { source: t.text, directive: 'default-src', what: defaultReach(covers, other, open), from: reach(t) },
    });
    weaknesses.push({ opens, start: t.start, end: t.end, describe });
  }
  return weaknesses;
}

/** What a policy's default-src stands in for: scripts and plugins when they have no directive of their own. */
interface Covers {
  scripts: boolean;
  plugins: boolean;
  /** A sandbox without allow-scripts blocks both anyway. */
  sandboxed: boolean;
}

/** Scripts load by default-src's sources: it governs them and no sandbox blocks them. */
function runsScripts(covers: Covers): boolean {
  return covers.scripts && !covers.sandboxed;
}

/** "scripts", "every resource without its own directive", and what of it stays closed: "… except plugins, which another policy restricts,". */
function defaultReach(covers: Covers, other: boolean, open: OpenElsewhere): string {
  const scripts = runsScripts(covers) && open('scriptAnywhere');
  if (!(other && open('otherAnywhere'))) return 'scripts';
  const closed = covers.sandboxed
    ? { names: [covers.scripts && 'scripts', covers.plugins && 'plugins'], by: 'the sandbox directive blocks' }
    : { names: [covers.scripts && !scripts && 'scripts', covers.plugins && !open('objectAnywhere') && 'plugins'], by: 'another policy restricts' };
  const names = closed.names.filter((n): n is string => typeof n === 'string');
  const except = names.length ? ` except ${names.join(' and ')}, which ${closed.by},` : '';
  return `${scripts ? 'scripts and ' : ''}${ELSEWHERE}${except}`;
}

/**
 * A policy without default-src leaves whatever has no directive of its own open. The strict,
 * nonce-based policy needs none: script-src and object-src cover all it must.
 */
function noDefault(policy: CspPolicy): Weakness[] {
  const has = (chain: string[]): boolean => governing(policy, chain) !== undefined;
  const gaps: { opens: Opening; what: string; directive: string }[] = [];
  if (!has(ELEMENTS) && !has(ATTRIBUTES)) gaps.push({ opens: 'scriptAnywhere', what: 'scripts (inline ones too)', directive: 'script-src' });
  else {
    if (!has(ELEMENTS)) gaps.push({ opens: 'scriptAnywhere', what: 'script elements (inline ones too)', directive: 'script-src' });
    if (!has(ATTRIBUTES)) gaps.push({ opens: 'handlerInline', what: 'inline event handlers', directive: 'script-src' });
    if (!has(EVAL)) gaps.push({ opens: 'scriptEval', what: 'string-to-code calls (eval, new Function)', directive: 'script-src' });
  }
  if (!has(OBJECTS)) gaps.push({ opens: 'objectAnywhere', what: PLUGINS, directive: 'object-src' });
  if (gaps.length === 0) return [];
  const describe = (open: OpenElsewhere): Message => {
    const left = gaps.filter((g) => open(g.opens));
    const missing = [...new Set(left.map((g) => g.directive))];
    return { messageId: 'noDefaultSrc', data: { missing: missing.join(' or '), what: list(left.map((g) => g.what)) } };
  };
  return [{ opens: gaps.map((g) => g.opens), start: policy.start, end: policy.end, describe }];
}

/** "a", "a and b", "a, b and c". */
function list(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}

function wide(t: CspToken, directive: string, what: string, opens: Opening): Weakness {
  const data = { source: t.text, directive, what, from: reach(t) };
  return { opens: [opens], start: t.start, end: t.end, describe: () => ({ messageId: 'wideSource', data }) };
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

function reportWeakness(scope: Scope, entry: HeaderEntry, w: Weakness, message: Message): void {
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
  scope.report({ span, ...message, ...(fixes.length ? { fixes } : {}) });
}
