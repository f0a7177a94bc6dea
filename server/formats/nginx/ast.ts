/**
 * The nginx syntax tree. Every node keeps source offsets (UTF-16, into the
 * file it was read from) so rules can report exact ranges and fixes can make
 * minimal edits.
 */
import type { Span } from '../../engine/types';

export interface NginxArg {
  /** The argument's value after nginx's unquoting and escape handling. */
  value: string;
  /** The argument as written, quotes included. */
  raw: string;
  span: Span;
  quote: '"' | "'" | null;
}

export interface NginxComment {
  /** Text after `#`. */
  text: string;
  span: Span;
}

export interface NginxDirective {
  kind: 'directive';
  /** Directive name as written (nginx names are case-sensitive). */
  name: string;
  nameSpan: Span;
  args: NginxArg[];
  /** From the name to the terminating `;` or the closing `}` of the block. */
  span: Span;
  /** Present for block directives (`server { … }`). */
  block?: NginxBlock;
  /** A comment on the same line after the directive. */
  trailingComment?: NginxComment;
  /** Absolute path of the file this directive is written in. */
  file: string;
  parent?: NginxDirective;
}

export interface NginxBlock {
  /** Offset of `{` and just after `}` (or the end of file when unclosed). */
  open: number;
  close: number;
  closed: boolean;
  children: NginxDirective[];
  comments: NginxComment[];
  /** Raw body for blocks read verbatim (`*_by_lua_block`). */
  raw?: { text: string; span: Span };
}

export interface NginxFile {
  path: string;
  /** Top-level directives (the main context). */
  directives: NginxDirective[];
  comments: NginxComment[];
}
