/**
 * redis.conf as `loadServerConfigFromString` (config.c) reads it: lines split
 * on LF only, trimmed of blanks and CR, `#` lines and blank lines skipped,
 * then each line split by sdssplitargs. A line with unbalanced quotes stops
 * Redis from starting; here it becomes a problem and the line is left out.
 */
import type { ParseProblem, ParseResult } from '../../engine/types';
import type { SourceFile } from '../../engine/source';
import type { RedisComment, RedisConfig, RedisDirective } from './ast';
import { splitArgs } from './split-args';

const TRIM = /[ \t\r\n]/;

export function parseRedisText(text: string, path?: string): ParseResult<RedisConfig> {
  const directives: RedisDirective[] = [];
  const comments: RedisComment[] = [];
  const problems: ParseProblem[] = [];
  let lineStart = 0;
  let line = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && TRIM.test(text[start]!)) start++;
    while (end > start && TRIM.test(text[end - 1]!)) end--;
    if (start < end) {
      if (text[start] === '#') {
        let c = start + 1;
        while (c < end && (text[c] === ' ' || text[c] === '\t')) c++;
        comments.push({ text: text.slice(c, end), span: { start, end }, line });
      } else {
        const split = splitArgs(text, start, end);
        if (split.error) problems.push({ span: split.error.span, message: split.error.message });
        else if (split.tokens.length > 0) {
          const [name, ...rest] = split.tokens;
          const directive: RedisDirective = {
            name: name!.value.toLowerCase(),
            nameText: name!.value,
            nameSpan: name!.span,
            args: rest.map((t) => ({ value: t.value, span: t.span, exact: true, quoted: t.quoted })),
            span: { start: name!.span.start, end: (rest[rest.length - 1] ?? name!).span.end },
            line,
          };
          if (path !== undefined) directive.path = path;
          directives.push(directive);
        }
      }
    }
    if (nl === -1) break;
    lineStart = nl + 1;
    line++;
  }
  return { tree: { kind: 'file', directives, comments }, problems };
}

export function parseRedisConf(source: SourceFile): ParseResult<RedisConfig> {
  return parseRedisText(source.text);
}
