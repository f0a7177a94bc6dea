/**
 * The token rules of PostgreSQL's configuration file lexer (guc-file.l),
 * applied to one line: flex picks the longest match, and on a tie the rule
 * listed first (ID, QUALIFIED_ID, STRING, UNQUOTED_STRING, INTEGER, REAL).
 */
import type { Span } from '../../engine/types';

export type ConfTokenKind = 'id' | 'qualified' | 'string' | 'unquoted' | 'integer' | 'real' | 'equals' | 'comment' | 'error';

export interface ConfToken {
  kind: ConfTokenKind;
  /** The token as written (quotes included). */
  raw: string;
  span: Span;
  /** Set on a string that runs to the end of the line without its closing quote. */
  unterminated?: boolean;
}

// LETTER is [A-Za-z_\200-\377]: any non-ASCII character counts as a letter.
const isLetter = (c: string): boolean => /[A-Za-z_]/.test(c) || c.charCodeAt(0) >= 0x80;
const isLetterOrDigit = (c: string): boolean => isLetter(c) || /[0-9]/.test(c);
const isDigit = (c: string): boolean => c >= '0' && c <= '9';

function idLength(s: string, i: number): number {
  if (i >= s.length || !isLetter(s[i]!)) return 0;
  let j = i + 1;
  while (j < s.length && isLetterOrDigit(s[j]!)) j++;
  return j - i;
}

function unquotedLength(s: string, i: number): number {
  if (i >= s.length || !isLetter(s[i]!)) return 0;
  let j = i + 1;
  while (j < s.length && (isLetterOrDigit(s[j]!) || '-._:/'.includes(s[j]!))) j++;
  return j - i;
}

function integerLength(s: string, i: number): number {
  let j = i;
  if (s[j] === '-' || s[j] === '+') j++;
  let digits = 0;
  if (s[j] === '0' && (s[j + 1] === 'x' || s[j + 1] === 'X') && /[0-9a-fA-F]/.test(s[j + 2] ?? '')) {
    j += 2;
    while (j < s.length && /[0-9a-fA-F]/.test(s[j]!)) j++;
    digits = 1;
  } else {
    while (j < s.length && isDigit(s[j]!)) {
      j++;
      digits++;
    }
  }
  if (digits === 0) return 0;
  while (j < s.length && /[A-Za-z]/.test(s[j]!)) j++;
  return j - i;
}

function realLength(s: string, i: number): number {
  let j = i;
  if (s[j] === '-' || s[j] === '+') j++;
  while (j < s.length && isDigit(s[j]!)) j++;
  if (s[j] !== '.') return 0;
  j++;
  while (j < s.length && isDigit(s[j]!)) j++;
  const exp = /^[Ee][-+]?[0-9]+/.exec(s.slice(j));
  if (exp) j += exp[0].length;
  return j - i;
}

function stringLength(s: string, i: number): { length: number; terminated: boolean } {
  let j = i + 1;
  while (j < s.length) {
    const c = s[j]!;
    if (c === '\\' && j + 1 < s.length) j += 2;
    else if (c === "'" && s[j + 1] === "'") j += 2;
    else if (c === "'") return { length: j + 1 - i, terminated: true };
    else j++;
  }
  return { length: s.length - i, terminated: false };
}

/** Tokens of one line (`line` has no terminator; `offset` is where it starts in the file). */
export function lexConfLine(line: string, offset: number): ConfToken[] {
  const tokens: ConfToken[] = [];
  let i = 0;
  const push = (kind: ConfTokenKind, length: number, extra?: Partial<ConfToken>): void => {
    tokens.push({ kind, raw: line.slice(i, i + length), span: { start: offset + i, end: offset + i + length }, ...extra });
    i += length;
  };
  while (i < line.length) {
    const c = line[i]!;
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '#') {
      push('comment', line.length - i);
      continue;
    }
    if (c === '=') {
      push('equals', 1);
      continue;
    }
    if (c === "'") {
      const { length, terminated } = stringLength(line, i);
      push(terminated ? 'string' : 'error', length, terminated ? undefined : { unterminated: true });
      continue;
    }
    const candidates: [ConfTokenKind, number][] = [];
    const id = idLength(line, i);
    if (id > 0) {
      candidates.push(['id', id]);
      if (line[i + id] === '.') {
        const second = idLength(line, i + id + 1);
        if (second > 0) candidates.push(['qualified', id + 1 + second]);
      }
      candidates.push(['unquoted', unquotedLength(line, i)]);
    }
    candidates.push(['integer', integerLength(line, i)], ['real', realLength(line, i)]);
    let best: [ConfTokenKind, number] = ['error', 1];
    for (const cand of candidates) if (cand[1] > 0 && cand[1] > (best[0] === 'error' ? 0 : best[1])) best = cand;
    push(best[0], best[1]);
  }
  return tokens;
}

/** A quoted value's text the way the server reads it (DeescapeQuotedString). */
export function unquoteConfString(raw: string): string {
  const body = raw.slice(1, raw.endsWith("'") && raw.length > 1 ? -1 : undefined);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\' && i + 1 < body.length) {
      const n = body[++i]!;
      const simple: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      if (n in simple) out += simple[n];
      else if (n >= '0' && n <= '7') {
        let digits = n;
        while (digits.length < 3 && i + 1 < body.length && body[i + 1]! >= '0' && body[i + 1]! <= '7') digits += body[++i];
        out += String.fromCharCode(parseInt(digits, 8) & 0xff);
      } else out += n;
    } else if (c === "'" && body[i + 1] === "'") {
      out += "'";
      i++;
    } else out += c;
  }
  return out;
}

/** Write a value so the server reads back exactly `value`: bare when it lexes as one plain token, else quoted. */
export function formatConfValue(value: string, forceQuotes = false): string {
  if (!forceQuotes && value !== '') {
    const tokens = lexConfLine(value, 0);
    const only = tokens.length === 1 ? tokens[0]! : undefined;
    if (only && only.raw === value && (only.kind === 'id' || only.kind === 'integer' || only.kind === 'real')) return value;
  }
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}
