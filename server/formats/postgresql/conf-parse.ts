/**
 * postgresql.conf parser, following the server's own reader (guc-file.l,
 * ParseConfigFp): one `name [=] value` per line, `#` comments, single-quoted
 * strings with `''` and backslash escapes. A syntax error on a line makes the
 * server reject the file; here it becomes a problem span and the line is skipped.
 * Commented-out settings of known parameters (`#ssl = off`) are kept apart so
 * rules can point at them and fixes can uncomment them.
 */
import type { ParseProblem, ParseResult } from '../../engine/types';
import type { SourceFile } from '../../engine/source';
import { lexConfLine, unquoteConfString, type ConfToken } from './conf-lexer';
import type { ConfSetting, IncludeKind, PgConfFile } from './conf-model';
import { findParam, isCustomParamName } from './params';

const VALUE_KINDS = new Set(['id', 'string', 'integer', 'real', 'unquoted']);
const INCLUDE_KINDS: readonly IncludeKind[] = ['include', 'include_if_exists', 'include_dir'];

interface LineParse {
  setting?: ConfSetting;
  problem?: ParseProblem;
}

function parseTokens(tokens: ConfToken[], line: number): LineParse {
  const comment = tokens.length > 0 && tokens[tokens.length - 1]!.kind === 'comment' ? tokens[tokens.length - 1]! : undefined;
  const body = comment ? tokens.slice(0, -1) : tokens;
  if (body.length === 0) return {};
  const name = body[0]!;
  if (name.kind === 'error' && name.unterminated) {
    return { problem: { span: name.span, message: 'Unterminated quoted string: the server rejects this file.' } };
  }
  if (name.kind !== 'id' && name.kind !== 'qualified') {
    return { problem: { span: name.span, message: `Syntax error near "${name.raw}": expected a parameter name; the server rejects this file.` } };
  }
  let i = 1;
  const equals = body[i]?.kind === 'equals' ? body[i++]!.span : undefined;
  const value = body[i];
  if (!value) {
    return { problem: { span: name.span, message: `Parameter "${name.raw}" has no value; the server rejects this file.` } };
  }
  if (!VALUE_KINDS.has(value.kind)) {
    const hint = value.kind === 'qualified' || value.kind === 'error' ? ' (quote the value)' : '';
    const message = value.unterminated
      ? 'Unterminated quoted string: the server rejects this file.'
      : `Syntax error near "${value.raw}"${hint}: the server rejects this file.`;
    return { problem: { span: value.span, message } };
  }
  const extra = body[i + 1];
  if (extra) {
    return { problem: { span: { start: extra.span.start, end: body[body.length - 1]!.span.end }, message: `Syntax error near "${extra.raw}": one value per line (quote lists); the server rejects this file.` } };
  }
  const key = name.raw.toLowerCase();
  const quoted = value.kind === 'string';
  return {
    setting: {
      name,
      key,
      equals,
      value: { raw: value.raw, text: quoted ? unquoteConfString(value.raw) : value.raw, span: value.span, quoted },
      line,
      span: { start: name.span.start, end: value.span.end },
      comment: comment?.span,
      commentPrefix: undefined,
      include: INCLUDE_KINDS.find((k) => k === key),
    },
  };
}

/** A `#name = value` line that sets a known parameter, read as that setting. */
function parseCommentedOut(comment: ConfToken, line: number): ConfSetting | undefined {
  const inner = comment.raw.replace(/^#+[ \t]*/, '');
  const innerStart = comment.span.start + (comment.raw.length - inner.length);
  if (!/^[A-Za-z_]/.test(inner)) return undefined;
  const parsed = parseTokens(lexConfLine(inner, innerStart), line).setting;
  if (!parsed) return undefined;
  if (parsed.include || (!findParam(parsed.key) && !isCustomParamName(parsed.key))) return undefined;
  // Prose such as "# include 'filename'" is documentation, not a setting; names must be followed by "=" to count.
  if (!parsed.equals) return undefined;
  return {
    ...parsed,
    span: { start: comment.span.start, end: parsed.span.end },
    commentPrefix: { start: comment.span.start, end: innerStart },
  };
}

export function parsePgConf(source: SourceFile): ParseResult<PgConfFile> {
  const file: PgConfFile = { entries: [], commented: [] };
  const problems: ParseProblem[] = [];
  for (let line = 0; line < source.lineCount; line++) {
    const start = source.lineStart(line);
    const tokens = lexConfLine(source.lineText(line), start);
    const { setting, problem } = parseTokens(tokens, line);
    if (problem) problems.push(problem);
    if (setting) file.entries.push(setting);
    if (tokens.length === 1 && tokens[0]!.kind === 'comment') {
      const commented = parseCommentedOut(tokens[0]!, line);
      if (commented) file.commented.push(commented);
    }
  }
  return { tree: file, problems };
}
