/**
 * Content-Security-Policy values read the way browsers parse them (CSP3 §2.2):
 * a header holds comma-separated policies, a policy semicolon-separated
 * directives, a directive a name and whitespace-separated source expressions.
 * Names and keywords are case-insensitive, a repeated directive is ignored.
 * Positions are indices into the argument's value; `valueSpans` maps them
 * onto the file, through quotes and escapes.
 */
import type { Span } from '../../../server/engine/types';
import type { NginxArg } from '../../../server/formats/nginx/ast';
import { valueOffsets } from '../../../server/formats/nginx/tokenize';

export interface CspToken {
  text: string;
  lower: string;
  start: number;
  end: number;
}

export interface CspDirective {
  /** Lower-cased. */
  name: string;
  nameToken: CspToken;
  sources: CspToken[];
  /** Value index just after the directive's last token. */
  end: number;
}

export interface CspPolicy {
  directives: Map<string, CspDirective>;
  /** Every token, names included, repeated directives too. */
  tokens: CspToken[];
  start: number;
  end: number;
}

/** Source expressions and names: runs of anything but ASCII whitespace. */
const WORD = /[^\t\n\f\r ]+/g;

export function parsePolicies(value: string): CspPolicy[] {
  const policies: CspPolicy[] = [];
  let at = 0;
  for (const text of value.split(',')) {
    const policy = parsePolicy(text, at);
    if (policy) policies.push(policy);
    at += text.length + 1;
  }
  return policies;
}

function parsePolicy(text: string, base: number): CspPolicy | undefined {
  const directives = new Map<string, CspDirective>();
  const tokens: CspToken[] = [];
  let at = base;
  for (const part of text.split(';')) {
    const words = tokensOf(part, at);
    at += part.length + 1;
    tokens.push(...words);
    const [nameToken, ...sources] = words;
    if (nameToken && !directives.has(nameToken.lower)) directives.set(nameToken.lower, { name: nameToken.lower, nameToken, sources, end: words.at(-1)!.end });
  }
  if (tokens.length === 0) return undefined;
  return { directives, tokens, start: tokens[0]!.start, end: tokens.at(-1)!.end };
}

function tokensOf(text: string, base: number): CspToken[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], lower: m[0].toLowerCase(), start: base + m.index, end: base + m.index + m[0].length }));
}

/** `'nonce-…'` (its value may be an nginx variable such as $request_id) or `'sha256-…'`. */
function isNonceOrHash(token: CspToken): boolean {
  return /^'nonce-[^']+'$/.test(token.lower) || /^'sha(256|384|512)-[^']+'$/.test(token.lower);
}

/**
 * CSP3 §6.7.3.2 "Does a source list allow all inline behavior?" for scripts
 * and script attributes: 'unsafe-inline' counts only while no nonce, hash or
 * 'strict-dynamic' stands beside it (those make browsers ignore it).
 */
export function allowsAllInline(sources: CspToken[]): boolean {
  if (sources.some((t) => isNonceOrHash(t) || t.lower === "'strict-dynamic'")) return false;
  return sources.some((t) => t.lower === "'unsafe-inline'");
}

/** The file span of a range of an argument's value; undefined where `valueOffsets` cannot place it. */
export function valueSpans(arg: NginxArg): ((start: number, end: number) => Span) | undefined {
  const offsets = valueOffsets(arg);
  return offsets && ((start, end) => ({ start: offsets[start]!, end: offsets[end]! }));
}
