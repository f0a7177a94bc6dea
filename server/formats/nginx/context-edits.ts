/**
 * Minimal text edits on nginx files: insert directives into a block with the
 * indentation and line endings of the lines around them, replace arguments.
 */
import { insertLinesAfter, insertLinesBefore } from '../../engine/edits';
import type { SourceFile } from '../../engine/source';
import type { TextEdit } from '../../engine/types';
import type { NginxArg, NginxDirective, NginxFile } from './ast';

const indentUnits = new WeakMap<SourceFile, string>();

/** One indentation step as the file writes it (a tab, or the smallest space run). */
export function indentUnit(source: SourceFile): string {
  let unit = indentUnits.get(source);
  if (unit === undefined) {
    unit = scanIndentUnit(source);
    indentUnits.set(source, unit);
  }
  return unit;
}

function scanIndentUnit(source: SourceFile): string {
  let smallest = 0;
  for (let line = 0; line < source.lineCount; line++) {
    const indent = source.indentationOf(line);
    if (indent.length === 0 || source.lineText(line).trim() === '') continue;
    if (indent.startsWith('\t')) return '\t';
    if (smallest === 0 || indent.length < smallest) smallest = indent.length;
  }
  return smallest > 0 ? ' '.repeat(smallest) : '    ';
}

/** Lines of a directive in one-line form: `name arg arg;`. */
export function directiveText(name: string, args: readonly string[]): string {
  return args.length ? `${name} ${args.join(' ')};` : `${name};`;
}

/** A copy of an existing directive with its arguments as written. */
export function copyOf(directive: NginxDirective): string {
  return directiveText(directive.name, directive.args.map((a) => a.raw));
}

/**
 * Insert directives into a block. With `after`, below that directive's last
 * line at its indentation; otherwise after the block's last simple directive,
 * or first in the block. A block written on one line gets the text before `}`.
 */
export function insertIntoBlock(source: SourceFile, block: NginxDirective, texts: string[], after?: NginxDirective): TextEdit | undefined {
  const body = block.block;
  if (!body) return undefined;
  const openLine = source.lineOf(body.open);
  const anchor = after ?? [...body.children].reverse().find((c) => !c.block);
  if (anchor) {
    const line = source.lineOf(anchor.span.end);
    if (line === openLine || (body.closed && source.lineOf(body.close - 1) === line)) return insertInline(source, block, texts);
    // A nested block opens after the anchor on its line: the next line is inside that block.
    if (!restOfLineIsBlank(source, anchor.span.end)) return insertAt(anchor.span.end, texts);
    const indent = source.indentationOf(source.lineOf(anchor.span.start));
    return insertLinesAfter(source, line, texts.map((t) => indent + t));
  }
  if (body.closed && source.lineOf(body.close - 1) === openLine) return insertInline(source, block, texts);
  if (!restOfLineIsBlank(source, body.open + 1)) return insertAt(body.open + 1, texts);
  const first = body.children[0];
  const indent = first ? source.indentationOf(source.lineOf(first.span.start)) : source.indentationOf(source.lineOf(block.span.start)) + indentUnit(source);
  return insertLinesAfter(source, openLine, texts.map((t) => indent + t));
}

/** Only whitespace or a comment follows `offset` on its line. */
function restOfLineIsBlank(source: SourceFile, offset: number): boolean {
  return /^[ \t]*(#.*)?$/.test(source.text.slice(offset, source.lineEnd(source.lineOf(offset))));
}

function insertAt(offset: number, texts: string[]): TextEdit {
  return { start: offset, end: offset, newText: ` ${texts.join(' ')}` };
}

function insertInline(source: SourceFile, block: NginxDirective, texts: string[]): TextEdit | undefined {
  const body = block.block!;
  if (!body.closed) return undefined;
  const at = body.close - 1;
  const before = source.text[at - 1];
  const text = texts.join(' ');
  return before === ' ' || before === '\t' ? { start: at, end: at, newText: `${text} ` } : { start: at, end: at, newText: ` ${text} ` };
}

/** Insert directives before the first directive of a file (the file's top level). */
export function insertAtFileStart(source: SourceFile, file: NginxFile, texts: string[]): TextEdit {
  const first = file.directives[0];
  if (!first) return insertLinesAfter(source, source.lineCount - 1, texts);
  const line = source.lineOf(first.span.start);
  return insertLinesBefore(source, line, texts.map((t) => source.indentationOf(line) + t));
}

/**
 * Replace every argument of a directive from the first to the last. Comments
 * between arguments (a directive written over several lines) stay: the first
 * argument becomes `newText` and the others are removed one by one.
 */
export function replaceArgs(source: SourceFile, args: readonly NginxArg[], newText: string): TextEdit[] {
  const start = args[0]!.span.start;
  const end = args[args.length - 1]!.span.end;
  if (!source.text.slice(start, end).includes('#')) return [{ start, end, newText }];
  const edits: TextEdit[] = [{ start, end: args[0]!.span.end, newText }];
  for (const arg of args.slice(1)) {
    // With the spaces before it on its line, so no trailing blanks are left.
    let from = arg.span.start;
    while (from > 0 && (source.text[from - 1] === ' ' || source.text[from - 1] === '\t')) from--;
    edits.push({ start: from, end: arg.span.end, newText: '' });
  }
  return edits;
}

/** Replace one argument's value, keeping its quotes. */
export function replaceArgValue(arg: NginxArg, value: string): TextEdit {
  return arg.quote ? { start: arg.span.start + 1, end: arg.span.end - 1, newText: value } : { start: arg.span.start, end: arg.span.end, newText: value };
}
