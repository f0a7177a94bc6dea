/**
 * A tokenizer that splits text the way nginx's `ngx_conf_read_token`
 * (src/core/ngx_conf_file.c) does, keeping offsets:
 *
 * - whitespace is space, tab, CR and LF only;
 * - a word ends at whitespace, `;` or `{` — not at `}` or `#`, which are
 *   ordinary characters inside a word (`a}` and `a#b` are single words);
 * - `#` starts a comment only where a token would start; it runs to LF;
 * - a quote opens a string only at the start of a token; a closing quote must
 *   be followed by whitespace, `;`, `{` or `)` (a `)` then starts a new word);
 * - a backslash makes the next character ordinary, in words and strings;
 * - `{` right after `$` stays in the word (`${name}`).
 *
 * Deviations, each reported as a problem so accept/reject still matches
 * nginx: a regex quantifier such as `x{1,3}` glued to a word is kept in the
 * word (nginx would open a block there), and a leading byte order mark is
 * skipped rather than read into the first word.
 */
import type { ParseProblem, Span } from '../../engine/types';
import type { NginxArg, NginxComment } from './ast';

export type Token =
  | { kind: 'word'; arg: NginxArg }
  | { kind: 'semicolon' | 'open' | 'close'; offset: number }
  | { kind: 'comment'; comment: NginxComment }
  | { kind: 'eof'; offset: number };

const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;

function isSpace(c: number): boolean {
  return c === SPACE || c === TAB || c === LF || c === CR;
}

/** Characters nginx unescapes after a backslash; any other pair stays as written. */
const ESCAPES: Record<string, string> = { '"': '"', "'": "'", '\\': '\\', t: '\t', r: '\r', n: '\n' };

/** nginx's unescaping of a token's content (`\"`, `\'`, `\\`, `\t`, `\r`, `\n`). */
export function unescapeNginx(raw: string): string {
  if (!raw.includes('\\')) return raw;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '\\' && i + 1 < raw.length) {
      const mapped = ESCAPES[raw[i + 1]!];
      if (mapped !== undefined) {
        out += mapped;
        i++;
        continue;
      }
    }
    out += c;
  }
  return out;
}

/**
 * The file offset of each character of an argument's value, then of its end:
 * quotes are skipped and an escaped character starts at its backslash, as
 * `unescapeNginx` reads it. Undefined when the offsets do not line up with the
 * value (an unclosed string ending in an escaped quote).
 */
export function valueOffsets(arg: NginxArg): number[] | undefined {
  const closed = arg.quote !== null && arg.raw.length > 1 && arg.raw.endsWith(arg.quote);
  const raw = arg.quote ? arg.raw.slice(1, closed ? -1 : undefined) : arg.raw;
  const base = arg.span.start + (arg.quote ? 1 : 0);
  const offsets: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    offsets.push(base + i);
    if (raw[i] === '\\' && i + 1 < raw.length && ESCAPES[raw[i + 1]!] !== undefined) i++;
  }
  offsets.push(base + raw.length);
  return offsets.length === arg.value.length + 1 ? offsets : undefined;
}

/** A regex quantifier right after `{`: `2}`, `1,3}`, `2,}`. */
const QUANTIFIER = /[0-9]+(,[0-9]*)?\}/y;

export class Tokenizer {
  readonly problems: ParseProblem[] = [];
  private pos = 0;
  /** Set after a closing quote: the next character must separate tokens. */
  private needSpace = false;

  constructor(readonly text: string) {
    if (text.charCodeAt(0) === 0xfeff) {
      this.pos = 1;
      this.problem({ start: 0, end: 1 }, 'byte order mark at the start of the file: nginx reads it as part of the first directive name');
    }
  }

  get offset(): number {
    return this.pos;
  }

  problem(span: Span, message: string): void {
    this.problems.push({ span, message, severity: 'error' });
  }

  next(): Token {
    const text = this.text;
    if (this.needSpace) {
      this.needSpace = false;
      const c = text.charCodeAt(this.pos);
      // `;`, `{`, `)`, whitespace and the end are fine; `}` is reported by the parser as a missing `;`.
      if (this.pos < text.length && !isSpace(c) && c !== 59 /* ; */ && c !== 123 /* { */ && c !== 41 /* ) */ && c !== 125 /* } */) {
        this.problem({ start: this.pos, end: this.pos + 1 }, `unexpected "${text[this.pos]}" after a quoted string: put a space before it`);
      }
    }
    while (this.pos < text.length && isSpace(text.charCodeAt(this.pos))) this.pos++;
    if (this.pos >= text.length) return { kind: 'eof', offset: text.length };
    const start = this.pos;
    const c = text[start]!;
    switch (c) {
      case ';':
        this.pos++;
        return { kind: 'semicolon', offset: start };
      case '{':
        this.pos++;
        return { kind: 'open', offset: start };
      case '}':
        this.pos++;
        return { kind: 'close', offset: start };
      case '#':
        return { kind: 'comment', comment: this.readComment(start) };
      case '"':
      case "'":
        return { kind: 'word', arg: this.readQuoted(start, c) };
      default:
        return { kind: 'word', arg: this.readWord(start) };
    }
  }

  private readComment(start: number): NginxComment {
    let end = this.text.indexOf('\n', start);
    if (end < 0) end = this.text.length;
    this.pos = end;
    // The CR of a CRLF ending is not part of the comment.
    if (end > start && this.text.charCodeAt(end - 1) === CR) end--;
    return { text: this.text.slice(start + 1, end), span: { start, end } };
  }

  private readQuoted(start: number, quote: '"' | "'"): NginxArg {
    const text = this.text;
    let i = start + 1;
    while (i < text.length && text[i] !== quote) i += text[i] === '\\' ? 2 : 1;
    if (i >= text.length) {
      this.pos = text.length;
      this.problem({ start, end: start + 1 }, `string is not closed: missing ${quote}`);
      const raw = text.slice(start);
      return { value: unescapeNginx(raw.slice(1)), raw, span: { start, end: text.length }, quote };
    }
    this.pos = i + 1;
    this.needSpace = true;
    const raw = text.slice(start, i + 1);
    return { value: unescapeNginx(raw.slice(1, -1)), raw, span: { start, end: i + 1 }, quote };
  }

  private readWord(start: number): NginxArg {
    const text = this.text;
    let i = start;
    let variable = false;
    while (i < text.length) {
      const ch = text.charCodeAt(i);
      if (ch === 123 /* { */) {
        if (variable) {
          i++;
          continue;
        }
        QUANTIFIER.lastIndex = i + 1;
        const quantifier = QUANTIFIER.exec(text);
        if (i > start && quantifier) {
          const end = i + 1 + quantifier[0].length;
          this.problem(
            { start: i, end },
            `nginx ends the word at "{" and opens a block: quote the value that contains "${text.slice(i, end)}"`,
          );
          i = end;
          variable = false;
          continue;
        }
        break;
      }
      variable = false;
      if (isSpace(ch) || ch === 59 /* ; */) break;
      if (ch === 92 /* \ */) {
        i += 2;
        continue;
      }
      if (ch === 36 /* $ */) variable = true;
      i++;
    }
    i = Math.min(i, text.length);
    this.pos = i;
    const raw = text.slice(start, i);
    return { value: unescapeNginx(raw), raw, span: { start, end: i }, quote: null };
  }

  /**
   * Reads a `*_by_lua_block` body verbatim, as OpenResty does: braces inside
   * Lua strings, comments and long brackets do not count. Returns the offset
   * of the closing `}`, or undefined when the file ends first.
   */
  readLuaBody(): number | undefined {
    const text = this.text;
    let i = this.pos;
    let depth = 0;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '-' && text[i + 1] === '-') {
        const level = longBracketLevel(text, i + 2);
        if (level >= 0) i = skipLongBracket(text, i + 2, level);
        else {
          const nl = text.indexOf('\n', i);
          i = nl < 0 ? text.length : nl + 1;
        }
      } else if (c === '[') {
        const level = longBracketLevel(text, i);
        i = level >= 0 ? skipLongBracket(text, i, level) : i + 1;
      } else if (c === '"' || c === "'") {
        i++;
        while (i < text.length && text[i] !== c && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
        i++;
      } else if (c === '{') {
        depth++;
        i++;
      } else if (c === '}') {
        if (depth === 0) {
          this.pos = i + 1;
          return i;
        }
        depth--;
        i++;
      } else i++;
    }
    this.pos = text.length;
    return undefined;
  }
}

/** The level of a Lua long bracket `[`, `=`*, `[` starting at `at`, or -1. */
function longBracketLevel(text: string, at: number): number {
  if (text[at] !== '[') return -1;
  let i = at + 1;
  while (text[i] === '=') i++;
  return text[i] === '[' ? i - at - 1 : -1;
}

/** Offset after the long bracket opened at `at` with `level` equals signs. */
function skipLongBracket(text: string, at: number, level: number): number {
  const close = `]${'='.repeat(level)}]`;
  const end = text.indexOf(close, at + level + 2);
  return end < 0 ? text.length : end + close.length;
}
