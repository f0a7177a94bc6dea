/**
 * Text edits on redis.conf for the shared checks' fixes: arguments keep their
 * quote style, inserted lines use the file's line ending, nothing else moves.
 */
import type { SourceFile } from '../../../server/engine/source';
import type { Fix, RuleContext, TextEdit } from '../../../server/engine/types';
import { insertLinesAfter } from '../../../server/engine/edits';
import type { RedisArg, RedisConfig } from '../../../server/formats/redis/ast';
import { quoteRedisArg } from '../../../server/formats/redis/split-args';
import type { Issue, IssueEdit, IssueFix } from './issue';
import { fileSubject, type RedisSubject } from './subject';

/** An argument written with the same quote style as `like` (when given). */
export function writeArg(source: SourceFile, value: string, like?: RedisArg): string {
  const quote = like?.quoted ? source.text[like.span.start] : undefined;
  if (quote === '"') return quoteRedisArg(value, true);
  if (quote === "'" && !/[\r\n]/.test(value)) return `'${value.replace(/'/g, "\\'")}'`;
  return quoteRedisArg(value);
}

function lineText(source: SourceFile, name: string, args: string[]): string {
  return [name, ...args.map((a) => writeArg(source, a))].join(' ');
}

/** Lines appended at the end of the file, keeping (or not adding) its final newline. */
function appendLines(source: SourceFile, lines: string[]): TextEdit {
  const text = source.text;
  if (text.length === 0) return { start: 0, end: 0, newText: lines.map((l) => l + source.eol).join('') };
  if (source.endsWithNewline) return { start: text.length, end: text.length, newText: lines.map((l) => l + source.eol).join('') };
  return { start: text.length, end: text.length, newText: lines.map((l) => source.eol + l).join('') };
}

export function toTextEdit(source: SourceFile, edit: IssueEdit): TextEdit {
  switch (edit.kind) {
    case 'replace-arg':
      return { start: edit.arg.span.start, end: edit.arg.span.end, newText: writeArg(source, edit.value, edit.arg) };
    case 'insert-lines': {
      const lines = edit.lines.map((l) => lineText(source, l.name, l.args));
      if (!edit.after) return appendLines(source, lines);
      const line = source.lineOf(edit.after.end);
      const indent = source.indentationOf(line);
      return insertLinesAfter(source, line, lines.map((l) => indent + l));
    }
    case 'append-args':
      return { start: edit.directive.span.end, end: edit.directive.span.end, newText: edit.args.map((a) => ' ' + writeArg(source, a)).join('') };
    case 'replace-directive':
      return { start: edit.directive.span.start, end: edit.directive.span.end, newText: lineText(source, edit.name, edit.args) };
  }
}

export function toFix(source: SourceFile, fix: IssueFix): Fix {
  const out: Fix = { title: fix.title, edits: fix.edits.map((e) => toTextEdit(source, e)) };
  if (fix.preferred) out.isPreferred = true;
  if (fix.changesBehavior) out.changesBehavior = true;
  if (fix.secret !== undefined) out.generatedSecret = fix.secret;
  return out;
}

export function reportIssues(ctx: RuleContext<RedisConfig>, issues: Issue[]): void {
  for (const issue of issues) {
    ctx.report({
      span: issue.span,
      messageId: issue.messageId,
      data: issue.data,
      ...(issue.severity ? { severity: issue.severity } : {}),
      fixes: issue.fixes.map((f) => toFix(ctx.source, f)),
    });
  }
}

/** The subject of the redis.conf being linted (includes and aclfile read through the host). */
export function subjectOf(ctx: RuleContext<RedisConfig>): RedisSubject {
  return fileSubject(ctx.tree, ctx.path, ctx.host);
}
