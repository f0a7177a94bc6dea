/**
 * Finds the files named on the command line (walking folders), lints or fixes
 * each with the shared engine, and collects a RunReport. Problems with paths or
 * configuration are told through `notify`; nothing here prints or exits.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { mergeConfig, parseConfig, type Config, type RuleConfig } from '../engine/config';
import { checkRuleSettings, configurableRuleIds, unknownRuleIdMessage } from '../engine/config-check';
import { fixAll, preferredFix } from '../engine/fix-all';
import { matchesGlob } from '../engine/glob';
import { looksBinary, type Linter } from '../engine/linter';
import { SourceFile } from '../engine/source';
import type { Finding } from '../engine/types';
import { ConfigLoader, type LoadedConfig } from '../node/config-loader';
import { FsHost, inside } from '../node/fs-host';
import { walkFiles } from '../node/walk';
import type { CliOptions } from './args';
import { unifiedDiff } from './diff';
import { displayPath, type FileReport, type RunReport } from './report';

export interface RunNotices {
  /** A path that is missing or unreadable: makes the run exit with 2. */
  pathError(message: string): void;
  /** Something worth telling that does not change the exit code. */
  warn(message: string): void;
}

const BOM = '\uFEFF';

function errorText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder, expected a file';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    default:
      return err.message ?? String(e);
  }
}

export class CliRun {
  private readonly loader: ConfigLoader;
  private readonly reportedConfigs = new Set<string>();
  private readonly withOverrides = new Map<Config, Config>();
  private readonly cliRules: Record<string, RuleConfig> = {};
  private explicitConfig: LoadedConfig | undefined;
  private host!: FsHost;
  /** Files whose name matched a format, linted or not. */
  private candidates = 0;

  constructor(
    private readonly linter: Linter,
    private readonly options: CliOptions,
    private readonly cwd: string,
    private readonly notices: RunNotices,
  ) {
    this.loader = new ConfigLoader((config) => checkRuleSettings(config, linter));
    const knownIds = configurableRuleIds(linter);
    for (const { id, severity } of options.rules) {
      if (!knownIds.includes(id)) notices.warn(`--rule ${id}: ${unknownRuleIdMessage(id, knownIds)}`);
      this.cliRules[id] = { severity };
    }
  }

  /** Loads --config; false when it cannot be read (a usage error). */
  loadExplicitConfig(): boolean {
    if (this.options.config === undefined) return true;
    const path = resolve(this.cwd, this.options.config);
    let text: string;
    try {
      if (statSync(path).isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
      text = readFileSync(path, 'utf8');
    } catch (e) {
      this.notices.pathError(`cannot read config ${this.options.config}: ${errorText(e)}`);
      return false;
    }
    const { config, errors } = parseConfig(text, dirname(path));
    this.explicitConfig = { config, path, errors: [...errors, ...checkRuleSettings(config, this.linter)] };
    this.reportConfig(this.explicitConfig);
    return true;
  }

  private reportConfig(loaded: LoadedConfig): void {
    if (!loaded.path || this.reportedConfigs.has(loaded.path)) return;
    this.reportedConfigs.add(loaded.path);
    const where = displayPath(this.cwd, loaded.path);
    for (const error of loaded.errors) this.notices.warn(`${where}: ${error}`);
  }

  private configFor(absPath: string): Config {
    const loaded = this.explicitConfig ?? this.loader.forFile(absPath);
    this.reportConfig(loaded);
    let config = this.withOverrides.get(loaded.config);
    if (!config) {
      config = mergeConfig(loaded.config, { rules: this.cliRules });
      this.withOverrides.set(loaded.config, config);
    }
    return config;
  }

  private ignoredByCli(absPath: string): boolean {
    if (this.options.ignorePatterns.length === 0) return false;
    const rel = relative(this.cwd, absPath);
    if (rel.startsWith('..') || isAbsolute(rel)) return false;
    return this.options.ignorePatterns.some((g) => matchesGlob(rel, g));
  }

  run(): RunReport {
    const inputs = this.options.paths.length > 0 ? this.options.paths : ['.'];
    const targets: { abs: string; explicit: boolean }[] = [];
    const roots: string[] = [];
    const folders: string[] = [];
    for (const input of inputs) {
      const abs = resolve(this.cwd, input);
      let st;
      try {
        st = statSync(abs);
      } catch (e) {
        this.notices.pathError(`cannot read ${input}: ${errorText(e)}`);
        continue;
      }
      // Rules may read other files (includes, the nginx.conf around a snippet) inside the working
      // folder, as an editor reads its workspace; a path outside it is a root of its own.
      const inCwd = inside(this.cwd, abs);
      if (st.isDirectory()) {
        roots.push(inCwd ? this.cwd : abs);
        folders.push(input);
        for (const file of walkFiles(abs, (p) => this.ignoredByCli(p))) targets.push({ abs: file, explicit: false });
      } else if (st.isFile()) {
        roots.push(inCwd ? this.cwd : dirname(abs));
        targets.push({ abs, explicit: true });
      } else {
        this.notices.pathError(`cannot read ${input}: not a regular file or folder`);
      }
    }
    this.host = new FsHost({ roots: roots.length > 0 ? [...new Set(roots)] : [this.cwd] });
    const seen = new Set<string>();
    const files: FileReport[] = [];
    for (const target of targets) {
      if (seen.has(target.abs)) continue;
      seen.add(target.abs);
      const report = this.processFile(target.abs, target.explicit);
      if (report) files.push(report);
    }
    if (this.candidates === 0 && folders.length > 0) {
      this.notices.warn(`no supported configuration files found in ${folders.join(', ')}`);
    }
    return { files, cwd: this.cwd };
  }

  private skipped(absPath: string, format: FileReport['format'], reason: string): FileReport {
    return { absPath, displayPath: displayPath(this.cwd, absPath), format, findings: [], skipped: reason, fixesApplied: 0 };
  }

  private notSupported(absPath: string, explicit: boolean): undefined {
    if (explicit) this.notices.warn(`${displayPath(this.cwd, absPath)}: not a supported config file, skipped`);
    return undefined;
  }

  private processFile(absPath: string, explicit: boolean): FileReport | undefined {
    const candidate = this.linter.detectFormat(absPath);
    if (!candidate) return this.notSupported(absPath, explicit);
    this.candidates++;
    if (this.ignoredByCli(absPath)) return explicit ? this.skipped(absPath, candidate.id, 'ignored by --ignore-pattern') : undefined;
    const config = this.configFor(absPath);
    if (this.linter.isIgnored(absPath, config)) {
      return explicit ? this.skipped(absPath, candidate.id, 'ignored by configuration') : undefined;
    }
    let bytes: Buffer;
    try {
      const size = statSync(absPath).size;
      if (size > config.maxFileSize) {
        return this.skipped(absPath, candidate.id, `larger than maxFileSize (${size} > ${config.maxFileSize} bytes)`);
      }
      bytes = readFileSync(absPath);
    } catch (e) {
      this.notices.pathError(`cannot read ${displayPath(this.cwd, absPath)}: ${errorText(e)}`);
      return undefined;
    }
    const decoded = bytes.toString('utf8');
    if (looksBinary(decoded)) return this.skipped(absPath, candidate.id, 'binary content (NUL bytes)');
    const hasBom = decoded.startsWith(BOM);
    const text = hasBom ? decoded.slice(1) : decoded;
    const format = this.linter.detectFormat(absPath, text);
    if (!format) return this.notSupported(absPath, explicit);

    const lintOptions = { path: absPath, config, host: this.host, format: format.id };
    const accept = (f: Finding): boolean => !this.options.quiet || f.severity === 'error';
    const fixable = (f: Finding): boolean => accept(f) && (this.options.fixType === 'all' || !preferredFix(f)?.changesBehavior);
    const report: FileReport = {
      absPath,
      displayPath: displayPath(this.cwd, absPath),
      format: format.id,
      findings: [],
      fixesApplied: 0,
    };
    // Text that is not valid UTF-8 would change beyond the fixes if written back.
    const writable = Buffer.from(decoded, 'utf8').equals(bytes);
    if (this.options.fix && !writable) this.notices.warn(`${report.displayPath}: not valid UTF-8, no fixes written`);
    if (this.options.fixDryRun || (this.options.fix && writable)) {
      const fixed = fixAll(this.linter, text, lintOptions, fixable);
      report.findings = fixed.remaining;
      report.source = new SourceFile(fixed.text);
      report.fixesApplied = fixed.applied;
      if (fixed.text !== text) {
        if (this.options.fixDryRun) report.diff = unifiedDiff(report.displayPath, text, fixed.text);
        else this.writeFixed(absPath, (hasBom ? BOM : '') + fixed.text, report);
      }
    } else {
      const result = this.linter.lintText(text, lintOptions);
      report.findings = result.findings;
      report.source = new SourceFile(text);
      if (result.skipped) report.skipped = result.skipped;
    }
    report.findings = report.findings.filter(accept);
    return report;
  }

  private writeFixed(absPath: string, text: string, report: FileReport): void {
    try {
      writeFileSync(absPath, text, 'utf8');
    } catch (e) {
      report.fixesApplied = 0;
      this.notices.pathError(`cannot write ${report.displayPath}: ${errorText(e)}`);
    }
  }
}
