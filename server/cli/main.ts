/**
 * `hardenlint [options] <files or folders…>`: lints configuration files with the
 * same engine as the language server, for CI. `main` takes its surroundings as
 * arguments so tests can run it in-process; it resolves to the exit code.
 */
import { createLinter } from '../default-linter';
import { HELP, parseCliArgs, UsageError, type CliOptions } from './args';
import { COLOR, formatText, PLAIN } from './format-text';
import { formatJson } from './format-json';
import { formatSarif } from './format-sarif';
import { processIo, type CliIo } from './io';
import { listRules } from './list-rules';
import { productInfo } from './product';
import { atLeast, type RunReport } from './report';
import { CliRun } from './run';
import { runReport } from './checklist-report';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

function useColor(options: CliOptions, io: CliIo): boolean {
  if (options.color !== undefined) return options.color;
  return io.stdoutIsTTY && !io.env.NO_COLOR;
}

function exitCode(report: RunReport, options: CliOptions): number {
  const failing = report.files.some((file) => file.findings.some((f) => atLeast(f.severity, options.maxSeverity)));
  return failing ? EXIT_FINDINGS : EXIT_OK;
}

export function main(argv: readonly string[], io: CliIo = processIo()): number {
  if (argv[0] === 'report') return runReport(argv.slice(1), io);
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`hardenlint: ${e.message}\nRun "hardenlint --help" for usage.\n`);
    return EXIT_USAGE;
  }
  if (options.help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  if (options.version) {
    io.stdout(`${productInfo().version}\n`);
    return EXIT_OK;
  }
  const linter = io.linter ?? createLinter();
  if (options.listRules) {
    io.stdout(listRules(linter, options.format));
    return EXIT_OK;
  }

  let pathErrors = 0;
  const run = new CliRun(linter, options, io.cwd, {
    pathError: (message) => {
      pathErrors++;
      io.stderr(`hardenlint: ${message}\n`);
    },
    warn: (message) => io.stderr(`hardenlint: ${message}\n`),
  });
  if (!run.loadExplicitConfig()) return EXIT_USAGE;
  const report = run.run();

  if (options.format === 'json') io.stdout(formatJson(report));
  else if (options.format === 'sarif') io.stdout(formatSarif(report, linter));
  else {
    const mode = options.fix ? 'fix' : options.fixDryRun ? 'dry-run' : 'lint';
    io.stdout(formatText(report, useColor(options, io) ? COLOR : PLAIN, mode));
  }
  if (options.fix && options.format !== 'text') {
    const applied = report.files.reduce((n, f) => n + f.fixesApplied, 0);
    const changed = report.files.filter((f) => f.fixesApplied > 0).length;
    io.stderr(`hardenlint: applied ${applied} ${applied === 1 ? 'fix' : 'fixes'} in ${changed} ${changed === 1 ? 'file' : 'files'}\n`);
  }
  if (pathErrors > 0) return EXIT_USAGE;
  return exitCode(report, options);
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
