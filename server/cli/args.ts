/**
 * Command-line arguments of `hardenlint`. Parsing never exits or prints:
 * problems come back as a usage error for `main` to report with exit code 2.
 */
import { parseArgs } from 'node:util';
import type { Severity, SeveritySetting } from '../engine/types';
import { normalizeSeverity } from '../engine/config';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface RuleOverride {
  id: string;
  severity: SeveritySetting;
}

export interface CliOptions {
  paths: string[];
  format: OutputFormat;
  fix: boolean;
  fixDryRun: boolean;
  /** `safe`: only fixes that do not change how the service behaves at runtime. */
  fixType: 'all' | 'safe';
  maxSeverity: Severity;
  config?: string;
  rules: RuleOverride[];
  ignorePatterns: string[];
  quiet: boolean;
  listRules: boolean;
  version: boolean;
  help: boolean;
  color?: boolean;
}

export class UsageError extends Error {}

export function parseSeverity(value: string): SeveritySetting | undefined {
  return normalizeSeverity(value);
}

/** `<rule-id>:<severity>`; rule ids contain `/` but never `:`. */
function parseRuleOverride(value: string): RuleOverride {
  const colon = value.lastIndexOf(':');
  const id = colon > 0 ? value.slice(0, colon).trim() : '';
  const severity = colon > 0 ? parseSeverity(value.slice(colon + 1).trim()) : undefined;
  if (!id || !severity) {
    throw new UsageError(`--rule expects <rule-id>:<off|error|warning|information|hint>, got "${value}"`);
  }
  return { id, severity };
}

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        'fix-type': { type: 'string' },
        'max-severity': { type: 'string' },
        config: { type: 'string', short: 'c' },
        rule: { type: 'string', multiple: true },
        'ignore-pattern': { type: 'string', multiple: true },
        quiet: { type: 'boolean', short: 'q' },
        'list-rules': { type: 'boolean' },
        version: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const v = parsed.values;
  const format = v.format ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'sarif') {
    throw new UsageError(`--format must be text, json or sarif, got "${format}"`);
  }
  const maxSeverity = parseSeverity(v['max-severity'] ?? 'warning');
  if (!maxSeverity || maxSeverity === 'off') {
    throw new UsageError(`--max-severity must be error, warning, information or hint, got "${v['max-severity']}"`);
  }
  if (v.fix && v['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be combined');
  if (v['fix-dry-run'] && format !== 'text') {
    throw new UsageError('--fix-dry-run prints a diff and works with --format text only');
  }
  const fixType = v['fix-type'] ?? 'all';
  if (fixType !== 'all' && fixType !== 'safe') throw new UsageError(`--fix-type must be all or safe, got "${fixType}"`);
  if (v.color && v['no-color']) throw new UsageError('--color and --no-color cannot be combined');
  const options: CliOptions = {
    paths: parsed.positionals,
    format,
    fix: v.fix ?? false,
    fixDryRun: v['fix-dry-run'] ?? false,
    fixType,
    maxSeverity,
    rules: (v.rule ?? []).map(parseRuleOverride),
    ignorePatterns: v['ignore-pattern'] ?? [],
    quiet: v.quiet ?? false,
    listRules: v['list-rules'] ?? false,
    version: v.version ?? false,
    help: v.help ?? false,
  };
  if (v.config !== undefined) options.config = v.config;
  if (v.color) options.color = true;
  if (v['no-color']) options.color = false;
  return options;
}

export const HELP = `Usage: hardenlint [options] [files or folders…]
       hardenlint report [--format markdown|json] [--output file] [files or folders…]

Checks docker-compose, nginx, PostgreSQL and Redis configuration files against
the security hardening checklist. Folders are searched for supported files
(node_modules and .git are skipped). Without paths, the current folder is checked.

Options:
  -f, --format <text|json|sarif>  Output format (default: text)
      --fix                       Apply preferred fixes in place
      --fix-dry-run               Print the preferred fixes as a unified diff; change nothing
      --fix-type <all|safe>       With --fix/--fix-dry-run: "safe" skips fixes that change runtime
                                  behaviour (binding, capabilities, TLS…) (default: all)
      --max-severity <level>      Exit 1 when a finding is at or above this level:
                                  error, warning, information or hint (default: warning)
  -c, --config <file>             Use this configuration instead of looking for .hardenlint.yaml
      --rule <rule-id>:<severity> Override a rule's severity (off, error, warning,
                                  information, hint); repeatable
      --ignore-pattern <glob>     Skip files matching a glob relative to the current
                                  folder; repeatable
  -q, --quiet                     Report errors only
      --list-rules                List the rules: id, severity, fixable, checklist items
      --color, --no-color         Force colours on or off (default: on for a terminal
                                  unless NO_COLOR is set)
  -v, --version                   Print the version
  -h, --help                      Print this help

Exit codes:
  0  no finding at or above --max-severity
  1  at least one finding at or above --max-severity
  2  usage error, or a path that is missing or cannot be read
`;
