/**
 * Compose variable interpolation (`$VAR`, `${VAR}`, `${VAR:-default}`,
 * `${VAR:?error}`, `$$` escapes). Rules judge only what is literal: a value
 * that comes from the environment is never guessed at.
 */

/** One `${...}` or `$NAME` reference inside a string. */
export interface Interpolation {
  start: number;
  end: number;
  name: string;
  /** `:-`, `-`, `:?`, `?`, `:+`, `+`, or '' for a plain reference. */
  operator: string;
  /** The text after the operator (a default, an error message or an alternative). */
  argument: string;
}

const SIMPLE = /^[A-Za-z_][A-Za-z0-9_]*/;

/** All references in a string, skipping `$$` escapes. Nested braces in defaults are balanced. */
export function findInterpolations(text: string): Interpolation[] {
  const out: Interpolation[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '$') continue;
    if (text[i + 1] === '$') {
      i++;
      continue;
    }
    if (text[i + 1] === '{') {
      let depth = 1;
      let j = i + 2;
      for (; j < text.length && depth > 0; j++) {
        if (text[j] === '{') depth++;
        else if (text[j] === '}') depth--;
      }
      if (depth > 0) continue; // unterminated: not a reference
      const body = text.slice(i + 2, j - 1);
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(:?[-?+])?([\s\S]*)$/.exec(body);
      out.push({ start: i, end: j, name: m?.[1] ?? body, operator: m?.[2] ?? '', argument: m?.[2] ? (m[3] ?? '') : '' });
      i = j - 1;
      continue;
    }
    const m = SIMPLE.exec(text.slice(i + 1));
    if (m) {
      out.push({ start: i, end: i + 1 + m[0].length, name: m[0], operator: '', argument: '' });
      i += m[0].length;
    }
  }
  return out;
}

export function hasInterpolation(text: string): boolean {
  return findInterpolations(text).length > 0;
}

/**
 * When the whole value is one reference with a default (`${VAR:-x}` or
 * `${VAR-x}`), the default; otherwise undefined.
 */
export function wholeValueDefault(text: string): string | undefined {
  const refs = findInterpolations(text.trim());
  if (refs.length !== 1) return undefined;
  const ref = refs[0]!;
  if (ref.start !== 0 || ref.end !== text.trim().length) return undefined;
  return ref.operator === ':-' || ref.operator === '-' ? ref.argument : undefined;
}

/**
 * The value with every reference replaced by its default where it has one.
 * Undefined when some reference has no default (the value is then unknown).
 */
export function withDefaults(text: string): string | undefined {
  let out = '';
  let cursor = 0;
  for (const ref of findInterpolations(text)) {
    if (ref.operator !== ':-' && ref.operator !== '-') return undefined;
    const inner = withDefaults(ref.argument);
    if (inner === undefined) return undefined;
    out += text.slice(cursor, ref.start) + inner;
    cursor = ref.end;
  }
  return (out + text.slice(cursor)).replace(/\$\$/g, '$');
}

/** Split on a separator character, ignoring separators inside `${...}` and `[...]` (IPv6). */
export function splitOutside(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let bracket = 0;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '$' && text[i + 1] === '{') {
      depth++;
      current += '${';
      i++;
      continue;
    }
    if (c === '}' && depth > 0) depth--;
    else if (c === '[' && depth === 0) bracket++;
    else if (c === ']' && depth === 0 && bracket > 0) bracket--;
    else if (c === separator && depth === 0 && bracket === 0) {
      parts.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  parts.push(current);
  return parts;
}

/** `${NAME:?NAME must be set}`: a required reference for moving a literal out of the file. */
export function requiredReference(name: string): string {
  return `\${${name}:?${name} must be set}`;
}
