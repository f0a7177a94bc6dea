/**
 * A `redis-server` command line as server.c `main` reads it:
 *
 *   redis-server [/path/redis.conf] [-] --name value [value…] --name2 …
 *
 * Every `--name` starts a directive that is applied after the config file;
 * following arguments are its values, each exactly one argument (Redis
 * re-quotes them). An argument like "--port 6380" carries name and value. An
 * option still waiting for its first value takes the next argument even when
 * it starts with `--`, except that a bare `--save` means `save ""`.
 */
import type { ParseProblem, Span } from '../../engine/types';
import type { RedisArg, RedisConfig, RedisDirective } from './ast';
import { splitArgs } from './split-args';

export interface CommandLineArg {
  value: string;
  /** Where the argument is written. */
  span: Span;
  /** True when the source text at `span` is exactly `value`, character for character. */
  exact: boolean;
}

const NO_CONFIG_FLAGS = new Set(['-v', '--version', '-h', '--help', '--test-memory', '--check-system']);

function subSpan(arg: CommandLineArg, from: number, to: number): Span {
  return arg.exact ? { start: arg.span.start + from, end: arg.span.start + to } : arg.span;
}

function asArg(arg: CommandLineArg): RedisArg {
  return { value: arg.value, span: arg.span, exact: arg.exact, quoted: false };
}

/** Parse the arguments after the program name. */
export function parseRedisCommandLine(args: readonly CommandLineArg[]): { tree: RedisConfig; problems: ParseProblem[] } {
  const tree: RedisConfig = { kind: 'command-line', directives: [], comments: [] };
  const problems: ParseProblem[] = [];
  if (args.length === 0) return { tree, problems };
  if (NO_CONFIG_FLAGS.has(args[0]!.value)) return { tree, problems };
  let j = 0;
  if (!args[0]!.value.startsWith('-')) {
    tree.configFile = asArg(args[0]!);
    j = 1;
  }
  let current: RedisDirective | undefined;
  let waitingForValue = false;
  const finish = (d: RedisDirective): void => {
    const last = d.args[d.args.length - 1];
    d.span = { start: d.nameSpan.start, end: last && last.span.end > d.nameSpan.end ? last.span.end : d.nameSpan.end };
  };
  for (; j < args.length; j++) {
    const arg = args[j]!;
    const isStdin = arg.value === '-' && (j === 0 || j === args.length - 1);
    if (isStdin) {
      tree.readsStdin = true;
      continue;
    }
    if (!waitingForValue && arg.value.startsWith('--')) {
      const split = splitArgs(arg.value, 2);
      if (split.error || split.tokens.length === 0) {
        problems.push({ span: arg.span, message: split.error ? `redis-server: ${split.error.message}` : 'redis-server: option without a name' });
        current = undefined;
        continue;
      }
      const [name, ...inline] = split.tokens;
      current = {
        name: name!.value.toLowerCase(),
        nameText: name!.value,
        nameSpan: subSpan(arg, name!.span.start, name!.span.end),
        args: inline.map((t) => ({ value: t.value, span: subSpan(arg, t.span.start, t.span.end), exact: arg.exact, quoted: t.quoted })),
        span: arg.span,
        line: -1,
      };
      tree.directives.push(current);
      waitingForValue = inline.length === 0;
      if (waitingForValue && current.name === 'save' && (j === args.length - 1 || args[j + 1]!.value.startsWith('--'))) {
        current.args.push({ value: '', span: { start: arg.span.end, end: arg.span.end }, exact: false, quoted: true });
        waitingForValue = false;
      }
      if (waitingForValue && current.name === 'sentinel' && j + 1 < args.length && args[j + 1]!.value.startsWith('--')) waitingForValue = false;
      finish(current);
      continue;
    }
    if (!current) {
      problems.push({ span: arg.span, message: `redis-server: "${arg.value}" is not an option (options start with --)` });
      continue;
    }
    current.args.push(asArg(arg));
    waitingForValue = false;
    finish(current);
  }
  return { tree, problems };
}
