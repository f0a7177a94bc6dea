/**
 * Random but reproducible nginx configs for the differential test: valid
 * location-level bodies built from directives nginx checks strictly, written
 * with the lexical corners of nginx's tokenizer, and broken variants of them.
 */

/** Small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;

/** Values nginx accepts in add_header / set / return, each written a tricky way. */
const VALUES: readonly string[] = [
  'plain',
  'a#b',
  'ok}',
  '${uri}x',
  '$host',
  '"two words"',
  '"semi;colon {brace} #hash"',
  "'single \\'quoted\\''",
  '"esc \\"q\\" \\\\ \\t"',
  'back\\;slash',
  'back\\ space',
  '"${uri}{2}"',
  "''",
  '"multi\nline"',
  'UPPER',
];

const SEPARATORS: readonly string[] = [' ', '\t', '\n', '\r\n', ' # note\n', '\n# line comment\n  ', '  '];

function sep(r: Random): string {
  return pick(r, SEPARATORS);
}

function header(r: Random, i: number): string {
  return pick(r, [`X-H${i}`, `"X-Q${i}"`, `'X-S${i}'`]);
}

function statement(r: Random, i: number, depth: number, path: string): string {
  const kind = Math.floor(r() * (depth < 3 ? 6 : 4));
  switch (kind) {
    case 0:
      return `add_header${sep(r)}${header(r, i)}${sep(r)}${pick(r, VALUES)}${r() < 0.5 ? `${sep(r)}always` : ''};`;
    case 1:
      return `set${sep(r)}$v${i}${sep(r)}${pick(r, VALUES)};`;
    case 2:
      return `if${sep(r)}($uri = ${pick(r, ['"/x"', '/y', "'/z'"])})${pick(r, ['', ' ', '\n'])}{${sep(r)}return 403;${sep(r)}}`;
    case 3:
      return `if ($request_uri ~* ${pick(r, ['"^/(a|b){2}"', "'^/c{1,3}$'", '^/d+$'])} ) { return 404; }`;
    default: {
      const child = `${path}n${i}/`;
      const count = 1 + Math.floor(r() * 3);
      const body = Array.from({ length: count }, (_, k) => statement(r, i * 10 + k, depth + 1, child)).join(sep(r));
      return `location${sep(r)}${child}${sep(r)}{${sep(r)}${body}${sep(r)}}`;
    }
  }
}

/** A valid body for the inside of `location / { … }`. */
export function validLocationBody(seed: number): string {
  const r = rng(seed);
  const count = 2 + Math.floor(r() * 5);
  const parts = Array.from({ length: count }, (_, i) => statement(r, i, 0, '/'));
  return `${parts.join(sep(r))}${r() < 0.5 ? '\n' : ''}`;
}

/** One syntax-breaking edit of a valid text; returns undefined when the text offers no place for it. */
export function breakConfig(text: string, seed: number): { text: string; how: string } | undefined {
  const r = rng(seed);
  const at = (re: RegExp): number[] => [...text.matchAll(re)].map((m) => m.index!);
  const choose = (positions: number[]): number | undefined => (positions.length ? pick(r, positions) : undefined);
  const kinds = ['drop ;', 'drop }', 'stray }', 'open quote', 'glued after quote', 'double ;', 'unquoted quantifier', 'stray {'];
  const kind = pick(r, kinds);
  let i: number | undefined;
  switch (kind) {
    case 'drop ;':
      i = choose(at(/;/g));
      return i === undefined ? undefined : { text: text.slice(0, i) + text.slice(i + 1), how: kind };
    case 'drop }':
      // Only a `}` at the start of a token closes a block; `ok}` is a word.
      i = choose(at(/\}/g).filter((p) => /[\s;{}]/.test(text[p - 1] ?? ' ')));
      return i === undefined ? undefined : { text: text.slice(0, i) + text.slice(i + 1), how: kind };
    case 'stray }':
    case 'double ;':
    case 'stray {':
      i = choose(at(/;/g));
      return i === undefined ? undefined : { text: `${text.slice(0, i + 1)} ${kind.slice(-1)} ${text.slice(i + 1)}`, how: kind };
    case 'open quote':
      return { text: `${text}\nadd_header X-Open "never closed;\n`, how: kind };
    case 'glued after quote':
      return { text: `${text}\nadd_header X-G "v"x;\n`, how: kind };
    default:
      return { text: `${text}\nif ($uri ~ ^/q{2}$) { return 403; }\n`, how: kind };
  }
}
