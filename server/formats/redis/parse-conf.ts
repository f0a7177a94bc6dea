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
/** `#<sha256>` in a `user` line is a hashed ACL password, not a comment. */
const ACL_PASSWORD_HASH = /^#[0-9a-f]{64}$/i;

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
          const [name, ...all] = split.tokens;
          // Redis has no end-of-line comments: `requirepass x # note` passes "#" and "note"
          // as more arguments, which Redis refuses at start. Say so, and judge the line
          // as it was meant (without the comment), so no second, misleading finding follows.
          const isUser = name!.value.toLowerCase() === 'user';
          const hash = all.findIndex((t) => !t.quoted && t.value.startsWith('#') && !(isUser && ACL_PASSWORD_HASH.test(t.value)));
          const rest = hash === -1 ? all : all.slice(0, hash);
          if (hash !== -1) {
            problems.push({
              span: { start: all[hash]!.span.start, end: all[all.length - 1]!.span.end },
              message: 'redis.conf has no end-of-line comments: Redis reads this as more arguments and refuses to start. Put the comment on a line of its own.',
            });
          }
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
