/**
 * Redis's argument splitter (`sdssplitargs` in sds.c) with source offsets.
 * Tokens are separated by blanks; a token may contain double-quoted parts
 * with C-like escapes or single-quoted parts where only \' is an escape. A
 * closing quote must be followed by a blank or the end of the line.
 */
import type { Span } from '../../engine/types';

export interface SplitToken {
  /** The argument as Redis sees it, escapes decoded. */
  value: string;
  /** The token as written, quotes included. */
  span: Span;
  /** Whether any part of the token was quoted. */
  quoted: boolean;
}

export interface SplitResult {
  tokens: SplitToken[];
  /** Set when Redis would reject the line ("Unbalanced quotes"). */
  error?: { span: Span; message: string };
}

/** C isspace(): what sdssplitargs skips between tokens and requires after a closing quote. */
export function isRedisSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';
}

function isHex(c: string | undefined): boolean {
  return c !== undefined && /^[0-9a-fA-F]$/.test(c);
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', a: '\x07' };

/** Split `text[start, end)` as Redis would; offsets in the result are absolute. */
export function splitArgs(text: string, start = 0, end = text.length): SplitResult {
  const tokens: SplitToken[] = [];
  // Redis works on C strings: nothing after a NUL byte is seen.
  const nul = text.indexOf('\0', start);
  if (nul !== -1 && nul < end) end = nul;
  let p = start;
  const at = (i: number): string | undefined => (i < end ? text[i] : undefined);
  for (;;) {
    while (p < end && isRedisSpace(text[p])) p++;
    if (p >= end) return { tokens };
    const tokenStart = p;
    let value = '';
    let quoted = false;
    let quote: '"' | "'" | undefined;
    let quoteStart = p;
    for (;;) {
      const c = at(p);
      if (quote === '"') {
        if (c === undefined) return { tokens, error: { span: { start: quoteStart, end }, message: 'Unbalanced quotes: the double quote is never closed' } };
        if (c === '\\' && at(p + 1) === 'x' && isHex(at(p + 2)) && isHex(at(p + 3))) {
          value += String.fromCharCode(parseInt(text.slice(p + 2, p + 4), 16));
          p += 4;
        } else if (c === '\\' && at(p + 1) !== undefined) {
          const e = at(p + 1)!;
          value += ESCAPES[e] ?? e;
          p += 2;
        } else if (c === '"') {
          p++;
          if (p < end && !isRedisSpace(text[p])) {
            return { tokens, error: { span: { start: p - 1, end: p + 1 }, message: 'Unbalanced quotes: a closing quote must be followed by a space or the end of the line' } };
          }
          break;
        } else {
          value += c;
          p++;
        }
      } else if (quote === "'") {
        if (c === undefined) return { tokens, error: { span: { start: quoteStart, end }, message: 'Unbalanced quotes: the single quote is never closed' } };
        if (c === '\\' && at(p + 1) === "'") {
          value += "'";
          p += 2;
        } else if (c === "'") {
          p++;
          if (p < end && !isRedisSpace(text[p])) {
            return { tokens, error: { span: { start: p - 1, end: p + 1 }, message: 'Unbalanced quotes: a closing quote must be followed by a space or the end of the line' } };
          }
          break;
        } else {
          value += c;
          p++;
        }
      } else {
        // Unquoted: only these end a token (not \v or \f, unlike the blank skipping).
        if (c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r') break;
        if (c === '"' || c === "'") {
          quote = c;
          quoted = true;
          quoteStart = p;
        } else value += c;
        p++;
      }
    }
    tokens.push({ value, span: { start: tokenStart, end: p }, quoted });
  }
}

/** Write a value so splitArgs reads it back unchanged (quoted only when needed). */
export function quoteRedisArg(value: string, alwaysQuote = false): string {
  if (!alwaysQuote && value !== '' && /^[^\s"'\\\x00-\x1f\x7f]+$/.test(value)) return value;
  let out = '"';
  for (const ch of value) {
    const code = ch.charCodeAt(0);
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += '\\x' + code.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + '"';
}
