/**
 * Lints every config file of the workspace folders for the checklist view,
 * without getting in the way of the editor: files are processed in short
 * slices that yield to the event loop, so a document lint requested meanwhile
 * runs first. Results are kept per file and updated incrementally when files
 * are created, changed or deleted. Pure of LSP types: callbacks in, results out.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, relative, resolve, sep } from 'node:path';
import type { Linter } from '../engine/linter';
import { PARSE_ERROR_RULE } from '../engine/linter';
import { DEFAULT_MAX_FILE_SIZE, type Config } from '../engine/config';
import { globToRegExp, matchesGlob, toPosix } from '../engine/glob';
import { SourceFile } from '../engine/source';
import type { FileHost, Finding, Format, FormatId } from '../engine/types';
import { CONFIG_NAMES, ConfigLoader, type LoadedConfig } from '../node/config-loader';
import { checkRuleSettings } from '../engine/config-check';
import { FsHost } from '../node/fs-host';
import { walkFiles } from '../node/walk';
import type { CheckInput, CheckedFile, LocatedFinding } from '../checklist/status';

export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

export interface FileChange {
  path: string;
  kind: 'created' | 'changed' | 'deleted';
}

export interface SkippedFile {
  path: string;
  format: FormatId | undefined;
  reason: string;
}

export interface ScannerOptions {
  linter: Linter;
  /** Workspace folders (absolute paths). */
  roots: string[];
  /** Extra globs, relative to each root, that exclude files and folders (e.g. files.exclude). */
  exclude?: string[];
  /** Text of open documents, which wins over the disk. */
  overlay?: (path: string) => string | undefined;
  configLoader?: ConfigLoader;
  /** The configuration of a file; by default `.hardenlint.yaml` found upward to its root. */
  configFor?: (path: string, root: string) => LoadedConfig;
  /** Files larger than this are skipped before they are read (the configuration may lower it). */
  maxFileSize?: number;
  /** Longest stretch of work, in milliseconds, before yielding to the event loop. */
  sliceMs?: number;
  onProgress?: (done: number, total: number) => void;
  /** Lints large files elsewhere (a worker thread), so the scan never holds the event loop for long. */
  background?: BackgroundLint;
}

export interface BackgroundLint {
  /** Files with at least this many characters go to `lint`. */
  minChars: number;
  /** Findings and what the rules read; undefined when the job was dropped. */
  lint(job: { path: string; text: string; format: FormatId; config: Config; roots: string[] }): Promise<{ findings: Finding[]; reads: string[]; globs: string[]; complete: boolean } | undefined>;
}

interface FileEntry {
  root: string;
  checked?: CheckedFile;
  findings: LocatedFinding[];
  skipped?: SkippedFile;
  /** Other files the rules read, and globs they expanded: a change there re-lints this file. */
  dependencies: Set<string>;
  globs: RegExp[];
  signature: string;
}

export interface ScanSnapshot extends CheckInput {
  skipped: SkippedFile[];
  /** Problems in configuration files, by config path. */
  configErrors: Record<string, string[]>;
}

/** Longest a pause holds back a single file. */
const MAX_HOLD_MS = 2000;

const NEVER_CANCELLED: CancellationToken = { isCancellationRequested: false };

export function yieldToEventLoop(): Promise<void> {
  return new Promise((done) => setImmediate(done));
}

export class WorkspaceScanner {
  private roots: string[];
  private exclude: string[];
  private entries = new Map<string, FileEntry>();
  private readonly configLoader: ConfigLoader;
  private readonly host: FsHost;
  private queue: Promise<unknown> = Promise.resolve();
  private generation = 0;
  private revisionCounter = 0;
  private pausedUntil = 0;

  constructor(private readonly options: ScannerOptions) {
    this.roots = options.roots.map((r) => resolve(r));
    this.exclude = options.exclude ?? [];
    this.configLoader = options.configLoader ?? new ConfigLoader((config) => checkRuleSettings(config, options.linter));
    this.host = new FsHost({ roots: this.roots, overlay: (p) => options.overlay?.(p), maxFileSize: this.maxFileSize });
  }

  /** Bumped whenever a file's result changes; callers compare it to skip sending the same status twice. */
  get revision(): number {
    return this.revisionCounter;
  }

  private get maxFileSize(): number {
    return this.options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  }

  /**
   * Start no further file for a while: someone is typing, and their document's
   * lint should not wait behind the scan. A file already being linted finishes.
   */
  pauseFor(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, performance.now() + ms);
  }

  setExclude(exclude: string[]): void {
    this.exclude = exclude;
  }

  /** Scan every root from scratch. Resolves false when cancelled (earlier results stay). */
  scan(token: CancellationToken = NEVER_CANCELLED): Promise<boolean> {
    const generation = ++this.generation;
    return this.enqueue(() => this.fullScan(generation, token));
  }

  /** Re-lint what the changes touch. Resolves false when cancelled. */
  update(changes: readonly FileChange[], token: CancellationToken = NEVER_CANCELLED): Promise<boolean> {
    if (changes.some((c) => CONFIG_NAMES.includes(basename(c.path)))) {
      this.configLoader.clear();
      return this.scan(token);
    }
    return this.enqueue(() => this.incremental(changes, token));
  }

  snapshot(): ScanSnapshot {
    const files: CheckedFile[] = [];
    const findings: LocatedFinding[] = [];
    const skipped: SkippedFile[] = [];
    for (const path of [...this.entries.keys()].sort()) {
      const entry = this.entries.get(path)!;
      if (entry.checked) files.push(entry.checked);
      if (entry.skipped) skipped.push(entry.skipped);
      findings.push(...entry.findings);
    }
    const configErrors: Record<string, string[]> = {};
    for (const [path, entry] of this.entries) {
      const loaded = this.configOf(path, entry.root);
      if (loaded.path && loaded.errors.length > 0) configErrors[loaded.path] = loaded.errors;
    }
    return { files, findings, skipped, configErrors };
  }

  private configOf(path: string, root: string): LoadedConfig {
    return this.options.configFor ? this.options.configFor(path, root) : this.configLoader.forFile(path, root);
  }

  private enqueue(work: () => Promise<boolean>): Promise<boolean> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private rootOf(path: string): string | undefined {
    let best: string | undefined;
    for (const root of this.roots) {
      const rel = relative(root, path);
      if (rel === '' || rel.startsWith('..') || resolve(root, rel) !== path) continue;
      if (!best || root.length > best.length) best = root;
    }
    return best;
  }

  private isExcluded(path: string, root: string): boolean {
    const rel = toPosix(relative(root, path));
    return rel !== '' && this.exclude.some((glob) => matchesGlob(rel, glob));
  }

  /** Could this path be a config file of a supported format? (By name only; content decides later.) */
  private isCandidate(path: string, root: string): boolean {
    return !this.isExcluded(path, root) && this.options.linter.formats.some((f) => f.matchesPath(path));
  }

  private *candidates(root: string, start: string): Generator<string> {
    for (const path of walkFiles(start, (p) => this.isExcluded(p, root))) if (this.isCandidate(path, root)) yield path;
  }

  private async collect(root: string, start: string, token: CancellationToken): Promise<string[] | undefined> {
    const out: string[] = [];
    for (const path of this.candidates(root, start)) {
      out.push(path);
      if (out.length % 64 === 0) {
        await yieldToEventLoop();
        if (token.isCancellationRequested) return undefined;
      }
    }
    return out;
  }

  /** Scan every root synchronously: for the command line, where nothing else waits on the event loop. */
  scanSync(): void {
    this.generation++;
    const fresh = new Map<string, FileEntry>();
    for (const root of this.roots) {
      for (const path of this.candidates(root, root)) {
        const entry = this.lintFile(path, root);
        if (entry) fresh.set(path, entry);
      }
    }
    this.entries = fresh;
    this.revisionCounter++;
  }

  /** Lint the given files (inside the roots) synchronously, without walking the folders. */
  lintFilesSync(files: readonly string[]): void {
    for (const file of files) {
      const path = resolve(file);
      const root = this.rootOf(path);
      if (root !== undefined) this.setEntry(path, this.lintFile(path, root));
    }
  }

  private async fullScan(generation: number, token: CancellationToken): Promise<boolean> {
    const cancelled = (): boolean => token.isCancellationRequested || generation !== this.generation;
    const work: { root: string; path: string }[] = [];
    for (const root of this.roots) {
      const paths = await this.collect(root, root, token);
      if (!paths || cancelled()) return false;
      for (const path of paths) work.push({ root, path });
    }
    const fresh = new Map<string, FileEntry>();
    const done = await this.runSliced(work, cancelled, async (item) => {
      const entry = await this.lintFileAsync(item.path, item.root);
      if (entry) fresh.set(item.path, entry);
    });
    if (!done) return false;
    const before = [...this.entries].map(([p, e]) => `${p}\u0000${e.signature}`).join('\n');
    const after = [...fresh].map(([p, e]) => `${p}\u0000${e.signature}`).join('\n');
    this.entries = fresh;
    if (before !== after) this.revisionCounter++;
    return true;
  }

  private async incremental(changes: readonly FileChange[], token: CancellationToken): Promise<boolean> {
    const toLint = new Map<string, string>(); // path → root
    for (const change of changes) {
      const path = resolve(change.path);
      const root = this.rootOf(path);
      if (!root) continue;
      if (change.kind === 'deleted') {
        for (const known of [...this.entries.keys()]) {
          if (known === path || known.startsWith(path + sep)) this.setEntry(known, undefined);
        }
      } else if (isDirectory(path)) {
        if (this.isExcluded(path, root)) continue;
        for (const found of (await this.collect(root, path, token)) ?? []) toLint.set(found, root);
      } else if (this.entries.has(path) || this.isCandidate(path, root)) {
        toLint.set(path, root);
      }
      for (const [known, entry] of this.entries) if (dependsOn(entry, path)) toLint.set(known, entry.root);
    }
    const work = [...toLint].map(([path, root]) => ({ path, root }));
    return this.runSliced(work, () => token.isCancellationRequested, async (item) => this.setEntry(item.path, await this.lintFileAsync(item.path, item.root)));
  }

  /**
   * Take a lint result computed elsewhere (the editor's diagnostics for an open
   * document) instead of linting the file again. Ignored for paths outside the
   * roots, excluded or ignored ones.
   */
  recordResult(path: string, result: ExternalResult): void {
    const abs = resolve(path);
    const root = this.rootOf(abs);
    if (!root || this.isExcluded(abs, root)) return;
    const previous = this.entries.get(abs);
    const base = { root, findings: [], dependencies: previous?.dependencies ?? new Set<string>(), globs: previous?.globs ?? [] };
    if (!result.format) return this.setEntry(abs, undefined);
    if (result.skipped) {
      if (result.skipped.startsWith('ignored')) return this.setEntry(abs, undefined);
      return this.setEntry(abs, { ...base, skipped: { path: abs, format: result.format, reason: result.skipped }, signature: `skipped:${result.skipped}` });
    }
    const findings = result.findings.filter((f) => resolve(f.path) === abs).map((f) => locate(f, abs, result.source));
    // Rules ran unless the only findings are parse errors that stopped the parse.
    const complete = !findings.some((f) => f.ruleId === PARSE_ERROR_RULE && f.severity === 'error') || findings.some((f) => f.checklist.length > 0);
    const disabledRules = this.disabledRules(result.format, result.config);
    const checked: CheckedFile = { path: abs, format: result.format, complete, ...(disabledRules.length ? { disabledRules } : {}) };
    this.setEntry(abs, { ...base, checked, findings, signature: JSON.stringify([checked, findings]) });
  }

  private disabledRules(format: FormatId, config: Config | undefined): string[] {
    if (!config) return [];
    return this.options.linter.rules.filter((r) => r.format === format && config.rules[r.meta.id]?.severity === 'off').map((r) => r.meta.id);
  }

  private setEntry(path: string, entry: FileEntry | undefined): void {
    const previous = this.entries.get(path);
    if (entry) this.entries.set(path, entry);
    else this.entries.delete(path);
    if (previous?.signature !== entry?.signature) this.revisionCounter++;
  }

  private async runSliced<T>(work: T[], cancelled: () => boolean, step: (item: T) => Promise<void>): Promise<boolean> {
    const sliceMs = this.options.sliceMs ?? 8;
    let sliceStart = performance.now();
    this.options.onProgress?.(0, work.length);
    for (let i = 0; i < work.length; i++) {
      // Wait while paused, but never more than MAX_HOLD_MS per file: endless edits must not starve the scan.
      const holdStart = performance.now();
      for (let wait = this.pausedUntil - holdStart; wait > 0; wait = Math.min(this.pausedUntil, holdStart + MAX_HOLD_MS) - performance.now()) {
        await new Promise((done) => setTimeout(done, wait));
        sliceStart = performance.now();
      }
      if (cancelled()) return false;
      await step(work[i]!);
      if (performance.now() - sliceStart >= sliceMs || i === work.length - 1) {
        this.options.onProgress?.(i + 1, work.length);
        await yieldToEventLoop();
        sliceStart = performance.now();
      }
    }
    return !cancelled();
  }

  private readText(path: string): string | SkippedFile | undefined {
    const open = this.options.overlay?.(path);
    if (open !== undefined) return open;
    try {
      const stat = statSync(path);
      if (!stat.isFile()) return undefined;
      if (stat.size > this.maxFileSize) {
        return { path, format: undefined, reason: `larger than ${this.maxFileSize} bytes` };
      }
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  }

  /** A file to lint: its text, format and configuration; or the finished entry when it needs no lint. */
  private prepare(path: string, root: string): { entry: FileEntry | undefined } | { text: string; format: Format; config: Config } {
    const linter = this.options.linter;
    const { config } = this.configOf(path, root);
    const skip = (format: FormatId | undefined, reason: string): FileEntry => ({
      ...emptyEntry(root),
      skipped: { path, format, reason },
      signature: `skipped:${reason}`,
    });
    if (linter.isIgnored(path, config)) return { entry: undefined }; // ignored files are not part of the workspace
    const text = this.readText(path);
    if (text === undefined) return { entry: undefined };
    if (typeof text !== 'string') return { entry: skip(linter.detectFormat(path)?.id, text.reason) };
    const format = linter.detectFormat(path, text);
    if (!format) return { entry: undefined };
    const skipped = linter.skipReason(path, text, config);
    if (skipped) return { entry: skip(format.id, skipped) };
    return { text, format, config };
  }

  /** Lint one file; undefined when it is gone or is not a config file of a supported format. */
  private lintFile(path: string, root: string): FileEntry | undefined {
    const prepared = this.prepare(path, root);
    if ('entry' in prepared) return prepared.entry;
    const { text, format, config } = prepared;
    const linter = this.options.linter;
    const entry: FileEntry = emptyEntry(root);
    const doc = linter.parse(format, text, path);
    const findings = linter.run(doc, { path, config, host: recordingHost(this.host, entry) });
    linter.release(doc);
    return this.finish(entry, path, format.id, config, findings, doc.source, doc.tree !== undefined);
  }

  /** `lintFile`, with large files linted by the background linter when there is one. */
  private async lintFileAsync(path: string, root: string): Promise<FileEntry | undefined> {
    const background = this.options.background;
    const prepared = this.prepare(path, root);
    if ('entry' in prepared) return prepared.entry;
    if (!background || prepared.text.length < background.minChars) return this.lintFile(path, root);
    const { text, format, config } = prepared;
    const result = await background.lint({ path, text, format: format.id, config, roots: this.roots });
    // Dropped for a newer job on the same file: keep what is known until that one lands.
    if (!result) return this.entries.get(path);
    const entry = emptyEntry(root);
    for (const read of result.reads) entry.dependencies.add(read);
    entry.globs = result.globs.map((g) => globToRegExp(toPosix(g)));
    return this.finish(entry, path, format.id, config, result.findings, new SourceFile(text), result.complete);
  }

  private finish(entry: FileEntry, path: string, format: FormatId, config: Config, findings: readonly Finding[], source: SourceFile, complete: boolean): FileEntry {
    entry.findings = findings.map((f) => locate(f, path, source));
    const disabledRules = this.disabledRules(format, config);
    entry.checked = { path, format, complete, ...(disabledRules.length ? { disabledRules } : {}) };
    entry.signature = JSON.stringify([entry.checked, entry.findings]);
    return entry;
  }
}

function emptyEntry(root: string): FileEntry {
  return { root, findings: [], dependencies: new Set<string>(), globs: [], signature: '' };
}

/** A lint result from elsewhere, e.g. the language server's analysis of an open document. */
export interface ExternalResult {
  format: FormatId | undefined;
  source: SourceFile;
  findings: readonly Finding[];
  skipped?: string;
  config?: Config;
}

function locate(f: Finding, path: string, source: SourceFile): LocatedFinding {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    path,
    range: { start: source.positionAt(f.span.start), end: source.positionAt(f.span.end) },
    checklist: f.checklist,
  };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function dependsOn(entry: FileEntry, path: string): boolean {
  return entry.dependencies.has(path) || entry.globs.some((re) => re.test(toPosix(path)));
}

/** The shared host, noting which files and globs a lint looked at. */
function recordingHost(host: FileHost, entry: FileEntry): FileHost {
  return {
    readFile(path) {
      entry.dependencies.add(resolve(path));
      return host.readFile(path);
    },
    stat(path) {
      entry.dependencies.add(resolve(path));
      return host.stat(path);
    },
    glob(pattern, base) {
      entry.globs.push(globToRegExp(toPosix(resolve(base, pattern))));
      return host.glob(pattern, base);
    },
  };
}
