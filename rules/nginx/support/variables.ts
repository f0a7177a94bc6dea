/**
 * Where values in a directive come from: nginx variables that carry request
 * data, variables set from them (`set`, `map`), and regex captures.
 */
import type { NginxArg, NginxDirective } from '../../../server/formats/nginx/ast';
import { locationMatch, type NginxContext } from '../../../server/formats/nginx/context';

export interface VariableUse {
  name: string;
  /** Offset of the `$` within the argument's value. */
  offset: number;
  length: number;
}

export function variablesIn(text: string): VariableUse[] {
  const out: VariableUse[] = [];
  const re = /\$(?:\{(\w+)\}|(\w+))/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ name: (m[1] ?? m[2])!, offset: m.index, length: m[0].length });
  return out;
}

/** Variables whose value the client chooses. */
export function isRequestVariable(name: string): boolean {
  return /^(arg_|http_|cookie_)/.test(name) || ['request_uri', 'uri', 'document_uri', 'args', 'query_string', 'request', 'request_body', 'request_line'].includes(name);
}

/** Variables nginx URL-decodes, so an encoded %0d%0a becomes a real CR LF. */
export function isDecodedUriVariable(name: string): boolean {
  return name === 'uri' || name === 'document_uri';
}

interface Group {
  index: number;
  name?: string;
  body: string;
}

/** Capturing groups of a PCRE pattern, numbered as PCRE numbers them. */
export function captureGroups(pattern: string): Group[] {
  const groups: Group[] = [];
  const open: { start: number; group?: Group }[] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      if (pattern[i + 1] === ']' || (pattern[i + 1] === '^' && pattern[i + 2] === ']')) i += pattern[i + 1] === '^' ? 2 : 1;
    } else if (c === '(') {
      const named = /^\(\?(?:P?<([A-Za-z_]\w*)>|'([A-Za-z_]\w*)')/.exec(pattern.slice(i));
      if (pattern[i + 1] !== '?' || named) {
        const group: Group = { index: groups.length + 1, body: '' };
        const name = named?.[1] ?? named?.[2];
        if (name) group.name = name;
        groups.push(group);
        open.push({ start: named ? i + named[0].length : i + 1, group });
      } else open.push({ start: i + 1 });
    } else if (c === ')') {
      const frame = open.pop();
      if (frame?.group) frame.group.body = pattern.slice(frame.start, i);
    }
  }
  return groups;
}

/**
 * The `[^…]` classes of a pattern, in one pass: a global regex scan would
 * restart at every `[^` of an unclosed run, quadratic on a crafted line.
 */
function negatedClasses(body: string): string[] {
  const out: string[] = [];
  for (let i = body.indexOf('[^'); i !== -1; ) {
    let j = i + 2;
    while (j < body.length && body[j] !== ']') j += body[j] === '\\' ? 2 : 1;
    if (j >= body.length) break; // no class closes after this one either
    out.push(body.slice(i, j + 1));
    i = body.indexOf('[^', j + 1);
  }
  return out;
}

/** Whether a group can capture a line break (negated classes, \s, \D, \W, dot-all). */
export function canCaptureNewline(body: string, pattern: string): boolean {
  if (/^\(\?[a-z]*s/.test(pattern) || /\\[sDWHR]/.test(body) || /\[\\s\\S\]/.test(body)) return true;
  const negated = negatedClasses(body);
  return negated.some((cls) => !/\\n|\\s|\\v|\n/.test(cls)) || (/(^|[^\\])\./.test(body) && /\(\?[a-z]*s/.test(body));
}

export interface CaptureSource {
  pattern: string;
  /** The variable the regex is matched against ('uri' for locations and rewrites). */
  subject: string;
}

/** The regex whose captures `$1`… refer to at a directive: its own (rewrite), an `if` or a regex location above. */
export function captureSource(directive: NginxDirective, context: NginxContext): CaptureSource | undefined {
  if (directive.name === 'rewrite' && directive.args[0]) return { pattern: directive.args[0].value, subject: 'uri' };
  for (let c: NginxContext | undefined = context; c && c.kind !== 'server'; c = c.parent) {
    if (c.kind === 'if' && c.block) {
      const cond = ifCondition(c.block);
      if (cond && /^!?~\*?$/.test(cond.operator) && !cond.operator.startsWith('!')) return { pattern: cond.operand.value, subject: cond.variable.replace(/^\$\{?|\}$/g, '') };
    }
    if (c.kind === 'location' && c.block) {
      const m = locationMatch(c.block);
      if (m.modifier === '~' || m.modifier === '~*') return { pattern: m.text, subject: 'uri' };
    }
  }
  return undefined;
}

export interface IfCondition {
  variable: string;
  operator: string;
  operand: NginxArg;
}

/** `if ($var ~ regex)` split into its parts, whatever the tokenizer did with the parentheses. */
export function ifCondition(block: NginxDirective): IfCondition | undefined {
  const args = block.args.filter((a) => a.value !== ')' && a.value !== '(');
  const first = args[0];
  if (!first || args.length < 3) return undefined;
  const variable = first.value.replace(/^\(/, '');
  const operand = args[2]!;
  if (operand.quote === null && operand.value.endsWith(')')) {
    const trimmed: NginxArg = { ...operand, value: operand.value.slice(0, -1), raw: operand.raw.slice(0, -1), span: { start: operand.span.start, end: operand.span.end - 1 } };
    return { variable, operator: args[1]!.value, operand: trimmed };
  }
  return { variable, operator: args[1]!.value, operand };
}

/** Variables assigned from request data by `set` in the context chain or `map` at http level. */
export function taintedVariables(context: NginxContext, isTainted: (name: string) => boolean): Set<string> {
  const tainted = new Set<string>();
  const chain: NginxContext[] = [];
  for (let c: NginxContext | undefined = context; c; c = c.parent) chain.unshift(c);
  for (let pass = 0; pass < 2; pass++) {
    for (const c of chain) {
      for (const d of c.directives) {
        const [target, source] = d.args;
        if (!target || !source) continue;
        const from = variablesIn(source.value).some((v) => isTainted(v.name) || tainted.has(v.name));
        if ((d.name === 'set' || (d.name === 'map' && d.block)) && from) tainted.add(target.value.replace(/^\$/, ''));
      }
    }
  }
  return tainted;
}
