/**
 * PostgreSQL services in compose files: which services run the server, the
 * `-c name=value` settings of their command, and POSTGRES_INITDB_ARGS, all
 * with exact offsets where the YAML scalar maps character for character.
 */
import type { SourceFile } from '../../../server/engine/source';
import type { Span } from '../../../server/engine/types';
import { isMap, isScalar, isSeq, MapView, scalarText, Scalar, spanOf, type ComposeFile, type Node, type Service } from '../../../server/formats/compose/model';

const POSTGRES_IMAGE = /postgres|postgis|timescale/i;

export function postgresServices(file: ComposeFile): Service[] {
  return file.services.filter((s) => POSTGRES_IMAGE.test(scalarText(s.view.get('image')?.value) ?? ''));
}

/** A word of a command or variable, with its span when the source maps exactly. */
export interface Word {
  text: string;
  /** Exact span of the word, or undefined when quoting or escapes break the mapping. */
  span: Span | undefined;
  /** The whole scalar the word comes from: the fallback location. */
  node: Span;
}

/** A node's span without the line breaks a block scalar's range ends with. */
function trimmedSpan(source: SourceFile, node: Node): Span {
  const span = spanOf(node);
  let end = span.end;
  while (end > span.start && /\s/.test(source.text[end - 1]!)) end--;
  return { start: span.start, end };
}

/** Offset of the scalar's first value character when the source holds the value verbatim. */
function verbatimStart(source: SourceFile, node: Node): number | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  const value = scalarText(node);
  if (value === undefined) return undefined;
  const [start, end] = node.range;
  if (node.type === Scalar.PLAIN && source.text.slice(start, end) === value) return start;
  const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
  if (quoted && source.text.slice(start + 1, end - 1) === value) return start + 1;
  return undefined;
}

/** Split a scalar into blank-separated words (a shell-like command string). */
export function scalarWords(source: SourceFile, node: Node): Word[] {
  const value = scalarText(node) ?? '';
  const base = verbatimStart(source, node);
  const words: Word[] = [];
  for (const m of value.matchAll(/[^\s]+/g)) {
    const start = m.index;
    words.push({ text: m[0], span: base === undefined ? undefined : { start: base + start, end: base + start + m[0].length }, node: trimmedSpan(source, node) });
  }
  return words;
}

/** A scalar as one word (a list item of an exec-form command). */
export function scalarWord(source: SourceFile, node: Node): Word {
  const text = scalarText(node) ?? '';
  const base = verbatimStart(source, node);
  return { text, span: base === undefined ? undefined : { start: base, end: base + text.length }, node: trimmedSpan(source, node) };
}

export interface CommandSetting {
  /** Parameter name, lower case, dashes read as underscores (as the server does). */
  key: string;
  value: string;
  /** The `name=value` argument. */
  argSpan: Span | undefined;
  /** Just the value. */
  valueSpan: Span | undefined;
  node: Span;
}

/** The words of a service's command (string or list form). */
export function commandWords(source: SourceFile, service: Service): Word[] {
  const value = service.view.get('command')?.value;
  if (!value) return [];
  if (isSeq(value)) return value.items.filter((i): i is Node => isScalar(i)).map((i) => scalarWord(source, i));
  return isScalar(value) ? scalarWords(source, value) : [];
}

function sub(span: Span | undefined, from: number, to?: number): Span | undefined {
  if (!span) return undefined;
  return { start: span.start + from, end: to === undefined ? span.end : span.start + to };
}

/** `-c name=value`, `-cname=value` and `--name=value` options of a postgres command line. */
export function commandSettings(words: Word[]): CommandSetting[] {
  if (words.length === 0) return [];
  const first = words[0]!.text;
  // The image's entrypoint runs the server for "postgres …" or bare options.
  if (first !== 'postgres' && !first.startsWith('-')) return [];
  const out: CommandSetting[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    let arg: Word | undefined;
    let offset = 0;
    if (w.text === '-c') {
      arg = words[++i];
    } else if (w.text.startsWith('-c')) {
      arg = w;
      offset = 2;
    } else if (w.text.startsWith('--') && w.text.includes('=')) {
      arg = w;
      offset = 2;
    }
    if (!arg) continue;
    const body = arg.text.slice(offset);
    const eq = body.indexOf('=');
    if (eq <= 0) continue;
    out.push({
      key: body.slice(0, eq).replace(/-/g, '_').toLowerCase(),
      value: body.slice(eq + 1),
      argSpan: sub(arg.span, offset),
      valueSpan: sub(arg.span, offset + eq + 1),
      node: arg.node,
    });
  }
  return out;
}

/** The value node of an environment variable (map or `NAME=value` list form) and where its value starts. */
export function environmentWords(source: SourceFile, service: Service, name: string): Word[] {
  const env = service.view.get('environment')?.value;
  if (isMap(env)) {
    const entry = new MapView(service.view.doc, env).get(name);
    return entry?.value && isScalar(entry.value) ? scalarWords(source, entry.value) : [];
  }
  if (isSeq(env)) {
    for (const item of env.items) {
      if (!isScalar(item)) continue;
      const whole = scalarWord(source, item);
      if (!whole.text.startsWith(`${name}=`)) continue;
      const skip = name.length + 1;
      return [...whole.text.slice(skip).matchAll(/[^\s]+/g)].map((m) => ({
        text: m[0],
        span: sub(whole.span, skip + m.index, skip + m.index + m[0].length),
        node: whole.node,
      }));
    }
  }
  return [];
}
