/**
 * `hardenlint report [--format markdown|json] [--output file] <files or folders…>`:
 * the whole hardening checklist with what the given configs pass and fail, the
 * evidence and accepted risks recorded in `.hardenlint/checklist.json`.
 * Resolves to the exit code: 0 when the report was written, 2 on bad usage or
 * an unreadable checklist file. Failing items do not change the exit code
 * (the lint command is the gate; the report is the record).
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CHECKLIST } from '../../rules/checklist';
import { createLinter } from '../default-linter';
import { indexRules, computeStatus } from '../checklist/status';
import { renderJsonReport, renderMarkdownReport } from '../checklist/report';
import { STORE_RELATIVE_PATH, StoreError, parseStore, readStore, type StoreEntry } from '../checklist/store';
import { WorkspaceScanner, type ScanSnapshot } from '../workspace/scanner';
import type { Linter } from '../engine/linter';

export interface ReportIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  linter?: Linter;
  /** The report's date; now when absent. */
  now?: Date;
}

export const REPORT_HELP = `Usage: hardenlint report [options] <files or folders…>

Writes the whole security hardening checklist with the status of every item:
failing (with file:line findings), passing, not applicable, manual, verified,
and accepted risks, from the configs given and .hardenlint/checklist.json.

Options:
  --format markdown|json   Output format (default: markdown)
  --output <file>          Write the report to a file instead of stdout
  --checklist <file>       The checklist record to use (default: the nearest
                           .hardenlint/checklist.json above the first path)
  --title <text>           Report title
  -h, --help               Show this help
`;

interface ReportOptions {
  format: 'markdown' | 'json';
  output?: string;
  checklist?: string;
  title?: string;
  paths: string[];
  help: boolean;
}

class ReportUsageError extends Error {}

function parseReportArgs(args: readonly string[]): ReportOptions {
  const options: ReportOptions = { format: 'markdown', paths: [], help: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined) throw new ReportUsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '-h' || flag === '--help') options.help = true;
    else if (flag === '--format' || flag === '-f') {
      const format = value();
      if (format !== 'markdown' && format !== 'json') throw new ReportUsageError(`unknown report format "${format}" (markdown or json)`);
      options.format = format;
    } else if (flag === '--output' || flag === '-o') options.output = value();
    else if (flag === '--checklist') options.checklist = value();
    else if (flag === '--title') options.title = value();
    else if (flag === '--') {
      options.paths.push(...args.slice(i + 1));
      break;
    } else if (flag.startsWith('-') && flag !== '-') throw new ReportUsageError(`unknown option ${flag}`);
    else options.paths.push(arg);
  }
  if (options.paths.length === 0) options.paths.push('.');
  return options;
}

/** The folder holding `.hardenlint/checklist.json`, searching upward from `start`. */
export function findStoreRoot(start: string): string | undefined {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, STORE_RELATIVE_PATH))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function merge(a: ScanSnapshot, b: ScanSnapshot): ScanSnapshot {
  return {
    files: [...a.files, ...b.files.filter((f) => !a.files.some((g) => g.path === f.path))],
    findings: [...a.findings, ...b.findings.filter((f) => !a.files.some((g) => g.path === f.path))],
    skipped: [...a.skipped, ...b.skipped],
    configErrors: { ...a.configErrors, ...b.configErrors },
  };
}

export function runReport(args: readonly string[], io: ReportIo): number {
  let options: ReportOptions;
  try {
    options = parseReportArgs(args);
  } catch (e) {
    if (!(e instanceof ReportUsageError)) throw e;
    io.stderr(`hardenlint report: ${e.message}\nRun "hardenlint report --help" for usage.\n`);
    return 2;
  }
  if (options.help) {
    io.stdout(REPORT_HELP);
    return 0;
  }
  const folders: string[] = [];
  const files: string[] = [];
  for (const p of options.paths) {
    const abs = resolve(io.cwd, p);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      io.stderr(`hardenlint report: ${p}: no such file or folder\n`);
      return 2;
    }
    (stat.isDirectory() ? folders : files).push(abs);
  }

  let store: Record<string, StoreEntry> = {};
  const storeRoot = options.checklist ? undefined : findStoreRoot(folders[0] ?? dirname(files[0]!));
  try {
    if (options.checklist) store = readStoreFile(resolve(io.cwd, options.checklist));
    else if (storeRoot) store = readStore(storeRoot).store.items;
  } catch (e) {
    if (!(e instanceof StoreError)) throw e;
    io.stderr(`hardenlint report: ${e.message}\n`);
    return 2;
  }

  const linter = io.linter ?? createLinter();
  const walked = new WorkspaceScanner({ linter, roots: folders });
  walked.scanSync();
  const single = new WorkspaceScanner({ linter, roots: files.map((f) => dirname(f)) });
  single.lintFilesSync(files);
  const scan = merge(walked.snapshot(), single.snapshot());

  const status = computeStatus(scan, indexRules(linter.rules), store, CHECKLIST);
  const roots = folders.length ? folders : [io.cwd];
  const input = {
    status,
    roots,
    relativeTo: [...roots, io.cwd],
    generatedAt: io.now ?? new Date(),
    skipped: scan.skipped,
    configErrors: scan.configErrors,
    ...(options.title ? { title: options.title } : {}),
  };
  const text = options.format === 'json' ? renderJsonReport(input) : renderMarkdownReport(input);
  if (options.output) {
    const out = resolve(io.cwd, options.output);
    try {
      writeFileSync(out, text);
    } catch (e) {
      io.stderr(`hardenlint report: cannot write ${options.output}: ${(e as Error).message}\n`);
      return 2;
    }
    io.stderr(`hardenlint report: wrote ${options.output} (${status.counts.failing} failing, ${status.counts.manual} to verify)\n`);
  } else io.stdout(text);
  return 0;
}

function readStoreFile(file: string): Record<string, StoreEntry> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new StoreError(file, `cannot read: ${(e as Error).message}`);
  }
  return parseStore(text, file).items;
}
