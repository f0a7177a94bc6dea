/**
 * nginx configuration parser: tokens (see tokenize.ts) into the syntax tree of
 * ast.ts. Blocks are tracked on an explicit stack, so nesting depth is limited
 * by memory only. Errors become problems and parsing goes on:
 * - a block left open at the end → problem at its `{`, naming the directive;
 * - `}` with no open block → problem at the `}`, which is skipped;
 * - missing `;` before `}` or at the end → problem right after the last argument;
 * - `;` or `{` with no directive name → problem at it (a nameless block's
 *   contents are kept in the enclosing block).
 */
import type { ParseProblem } from '../../engine/types';
import type { NginxArg, NginxBlock, NginxComment, NginxDirective, NginxFile } from './ast';
import { Tokenizer } from './tokenize';

interface Frame {
  /** The block directive, or undefined for the file and for nameless blocks. */
  directive: NginxDirective | undefined;
  /** The directive new children get as `parent`. */
  parent: NginxDirective | undefined;
  children: NginxDirective[];
  comments: NginxComment[];
  /** Offset of the `{` (nameless blocks too); -1 for the file. */
  open: number;
}

const LUA_BLOCK_SUFFIX = '_by_lua_block';

export function parseNginx(text: string, path: string): { file: NginxFile; problems: ParseProblem[] } {
  const file: NginxFile = { path, directives: [], comments: [] };
  const tokenizer = new Tokenizer(text);
  const problems = tokenizer.problems;
  const root: Frame = { directive: undefined, parent: undefined, children: file.directives, comments: file.comments, open: -1 };
  const stack: Frame[] = [root];
  let frame = root;
  let pending: NginxArg[] = [];
  /** The directive that ended last, for attaching a comment on the same line. */
  let lastEnded: NginxDirective | undefined;

  const error = (start: number, end: number, message: string): void => {
    problems.push({ span: { start, end }, message, severity: 'error' });
  };

  const makeDirective = (args: NginxArg[], end: number): NginxDirective => {
    const [name, ...rest] = args as [NginxArg, ...NginxArg[]];
    const directive: NginxDirective = {
      kind: 'directive',
      name: name.value,
      nameSpan: name.span,
      args: rest,
      span: { start: name.span.start, end },
      file: path,
    };
    if (frame.parent) directive.parent = frame.parent;
    frame.children.push(directive);
    return directive;
  };

  /** Ends a statement that has no `;`: reports it and keeps the directive. */
  const endWithoutSemicolon = (): void => {
    if (pending.length === 0) return;
    const last = pending[pending.length - 1]!;
    const unclosedString = last.quote !== null && last.span.end === text.length && !closesQuote(last);
    if (!unclosedString) error(last.span.end, last.span.end, `missing ";" after "${pending[0]!.value}"`);
    lastEnded = makeDirective(pending, last.span.end);
    pending = [];
  };

  for (;;) {
    const token = tokenizer.next();
    if (token.kind === 'word') {
      pending.push(token.arg);
      lastEnded = undefined;
      continue;
    }
    if (token.kind === 'comment') {
      const comment = token.comment;
      frame.comments.push(comment);
      if (pending.length === 0 && lastEnded && !hasLineBreak(text, lastEnded.span.end, comment.span.start)) {
        lastEnded.trailingComment = comment;
      }
      lastEnded = undefined;
      continue;
    }
    if (token.kind === 'semicolon') {
      if (pending.length === 0) {
        error(token.offset, token.offset + 1, 'unexpected ";": no directive before it');
        lastEnded = undefined;
      } else {
        lastEnded = makeDirective(pending, token.offset + 1);
        pending = [];
      }
      continue;
    }
    if (token.kind === 'open') {
      lastEnded = undefined;
      if (pending.length === 0) {
        error(token.offset, token.offset + 1, 'unexpected "{": no directive before it');
        frame = { directive: undefined, parent: frame.parent, children: frame.children, comments: frame.comments, open: token.offset };
        stack.push(frame);
        continue;
      }
      const directive = makeDirective(pending, token.offset + 1);
      pending = [];
      const block: NginxBlock = { open: token.offset, close: token.offset + 1, closed: false, children: [], comments: [] };
      directive.block = block;
      if (directive.name.endsWith(LUA_BLOCK_SUFFIX)) {
        const bodyStart = tokenizer.offset;
        const closeAt = tokenizer.readLuaBody();
        const bodyEnd = closeAt ?? text.length;
        block.raw = { text: text.slice(bodyStart, bodyEnd), span: { start: bodyStart, end: bodyEnd } };
        if (closeAt === undefined) {
          unclosedBlock(directive, text.length);
        } else {
          block.closed = true;
          block.close = closeAt + 1;
          directive.span.end = closeAt + 1;
          lastEnded = directive;
        }
        continue;
      }
      frame = { directive, parent: directive, children: block.children, comments: block.comments, open: token.offset };
      stack.push(frame);
      continue;
    }
    if (token.kind === 'close') {
      endWithoutSemicolon();
      if (stack.length === 1) {
        error(token.offset, token.offset + 1, 'unexpected "}": no block is open');
        lastEnded = undefined;
        continue;
      }
      const closed = stack.pop()!;
      frame = stack[stack.length - 1]!;
      lastEnded = undefined;
      if (closed.directive) {
        const block = closed.directive.block!;
        block.closed = true;
        block.close = token.offset + 1;
        closed.directive.span.end = token.offset + 1;
        lastEnded = closed.directive;
      }
      continue;
    }
    // End of file.
    endWithoutSemicolon();
    while (stack.length > 1) {
      const open = stack.pop()!;
      if (open.directive) unclosedBlock(open.directive, text.length);
      else error(open.open, open.open + 1, 'block is not closed: missing "}"');
    }
    break;
  }

  function unclosedBlock(directive: NginxDirective, end: number): void {
    const block = directive.block!;
    block.close = end;
    directive.span.end = end;
    error(block.open, block.open + 1, `"${directive.name}" block is not closed: missing "}"`);
  }

  return { file, problems };
}

function closesQuote(arg: NginxArg): boolean {
  if (arg.raw.length < 2 || !arg.raw.endsWith(arg.quote!)) return false;
  // The last quote closes the string unless a backslash escapes it.
  let backslashes = 0;
  for (let i = arg.raw.length - 2; i > 0 && arg.raw[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 0;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/** Every directive of a file in document order, depth first, without recursion. */
export function walkNginxDirectives(file: NginxFile): NginxDirective[] {
  const out: NginxDirective[] = [];
  const stack: NginxDirective[] = [...file.directives].reverse();
  while (stack.length > 0) {
    const directive = stack.pop()!;
    out.push(directive);
    const children = directive.block?.children;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
}

/** Sets the file's path and every directive's `file` (for trees parsed without a path). */
export function setNginxFilePath(file: NginxFile, path: string): void {
  file.path = path;
  for (const directive of walkNginxDirectives(file)) directive.file = path;
}
