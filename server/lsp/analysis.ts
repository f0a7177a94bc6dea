/**
 * Per-document cache: one parse per document version, and the lint result for
 * that version under the current settings and configuration. Diagnostics and
 * code actions both read from here, so they always agree on what was found.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { mergeConfig, type Config } from '../engine/config';
import { type Linter, type LintOptions, type ParsedDocument } from '../engine/linter';
import { SourceFile } from '../engine/source';
import type { FileHost, Finding, Format, FormatId } from '../engine/types';
import { settingsOverrides, type Settings } from './settings';
import { fileUriToPath, lintPathOf } from './uri';
import type { Workspace } from './workspace';
import { BACKGROUND_LINT_CHARS, type BackgroundLinter } from './background-lint';

export interface Analysis {
  uri: string;
  version: number;
  /** Increases with every lint; diagnostics carry it so code actions can tell results apart. */
  resultId: number;
  source: SourceFile;
  /** Undefined when no registered format claims the document. */
  format: FormatId | undefined;
  findings: Finding[];
  /** Why the document was not linted (ignored, too large, binary). */
  skipped?: string;
  /** Options the lint ran with, reused by fix-all. */
  options: LintOptions & { format?: FormatId };
  host: FileHost;
  /** Problems in `.hardenlint.yaml`, with its path. */
  configErrors: { path: string; errors: string[] } | undefined;
}

interface ParseEntry {
  version: number;
  format: Format | undefined;
  source: SourceFile;
  parsed: ParsedDocument | undefined;
}

export type AnalysisListener = (analysis: Analysis) => void;

/** Where large documents are linted, and the open documents' text it needs. */
export interface Offload {
  linter: BackgroundLinter;
  overlay: () => Record<string, string>;
}

export class DocumentAnalyzer {
  private readonly parses = new Map<string, ParseEntry>();
  private readonly results = new Map<string, { analysis: Analysis; generation: number; settings: Settings }>();
  private readonly listeners: AnalysisListener[] = [];
  private generation = 0;
  private nextResultId = 1;

  constructor(
    private readonly linter: Linter,
    private readonly workspace: Workspace,
    private readonly offload?: Offload,
  ) {}

  /** Results for every version are stale (settings, configuration or other files changed); parses stay. */
  invalidateResults(): void {
    this.generation++;
  }

  forget(uri: string): void {
    this.releaseParse(this.parses.get(uri));
    this.parses.delete(uri);
    this.results.delete(uri);
  }

  /** The last analysis of the document, whatever its version. */
  cached(uri: string): Analysis | undefined {
    return this.results.get(uri)?.analysis;
  }

  /** Called after every fresh analysis (a workspace-wide view can listen here). */
  onDidAnalyze(listener: AnalysisListener): void {
    this.listeners.push(listener);
  }

  /** Lint options for the document as it is now: path, merged configuration, host, format. */
  optionsFor(document: TextDocument, settings: Settings): { options: LintOptions & { format?: FormatId }; configErrors: Analysis['configErrors'] } {
    const filePath = fileUriToPath(document.uri);
    const path = lintPathOf(document.uri);
    const loaded = this.workspace.configFor(filePath);
    const config: Config = mergeConfig(loaded.config, settingsOverrides(settings, this.linter));
    const format = this.parseEntry(document).format;
    return {
      options: { path, config, host: this.workspace.hostFor(filePath), ...(format ? { format: format.id } : {}) },
      configErrors: loaded.path && loaded.errors.length > 0 ? { path: loaded.path, errors: loaded.errors } : undefined,
    };
  }

  /** The analysis of this version under these settings, when it is already done. */
  private current(document: TextDocument, settings: Settings): Analysis | undefined {
    const cached = this.results.get(document.uri);
    const fresh = cached && cached.analysis.version === document.version && cached.generation === this.generation && cached.settings === settings;
    return fresh ? cached.analysis : undefined;
  }

  private emptyAnalysis(document: TextDocument, settings: Settings, entry: ParseEntry): Analysis {
    const { options, configErrors } = this.optionsFor(document, settings);
    return {
      uri: document.uri,
      version: document.version,
      resultId: this.nextResultId++,
      source: entry.source,
      format: entry.format?.id,
      findings: [],
      options,
      host: options.host!,
      configErrors,
    };
  }

  private store(document: TextDocument, settings: Settings, analysis: Analysis, generation: number): Analysis {
    // A background result can arrive after a newer version was analysed: never replace that.
    const newer = this.results.get(document.uri);
    if (newer && newer.analysis.version > analysis.version) return analysis;
    this.results.set(document.uri, { analysis, generation, settings });
    for (const listener of this.listeners) listener(analysis);
    return analysis;
  }

  /**
   * `analyze`, except that a large document is linted on the background
   * linter, so other documents are not held up meanwhile. Undefined when a
   * newer request for the document replaced this one before it ran.
   */
  async analyzeAsync(document: TextDocument, settings: Settings): Promise<Analysis | undefined> {
    const done = this.current(document, settings);
    if (done) return done;
    const entry = this.parseEntry(document);
    const text = entry.source.text;
    if (!this.offload || !entry.format || text.length < BACKGROUND_LINT_CHARS) return this.analyze(document, settings);
    const generation = this.generation;
    const analysis = this.emptyAnalysis(document, settings, entry);
    const { config, path } = analysis.options;
    const skipped = this.linter.skipReason(path, text, config!);
    if (skipped) {
      analysis.skipped = skipped;
      return this.store(document, settings, analysis, generation);
    }
    try {
      const result = await this.offload.linter.lint({
        key: document.uri,
        text,
        path,
        format: entry.format.id,
        config: config!,
        roots: this.workspace.rootsFor(fileUriToPath(document.uri)),
        overlay: this.offload.overlay(),
      });
      // Replaced by a newer request, or the document closed meanwhile.
      if (result === undefined || !this.parses.has(document.uri)) return undefined;
      analysis.findings = result.findings;
    } catch (e) {
      analysis.skipped = `linting it in the background failed (${(e as Error).message})`;
    }
    return this.store(document, settings, analysis, generation);
  }

  analyze(document: TextDocument, settings: Settings): Analysis {
    const done = this.current(document, settings);
    if (done) return done;
    const entry = this.parseEntry(document);
    const analysis = this.emptyAnalysis(document, settings, entry);
    const { options } = analysis;
    const config = options.config!;
    const text = entry.source.text;
    if (entry.format) {
      const skipped = this.linter.skipReason(options.path, text, config);
      if (skipped) analysis.skipped = skipped;
      else {
        if (!entry.parsed) {
          entry.parsed = this.linter.parse(entry.format, entry.source, options.path);
          entry.source = entry.parsed.source;
        }
        analysis.source = entry.source;
        analysis.findings = this.linter.run(entry.parsed, options);
      }
    }
    return this.store(document, settings, analysis, this.generation);
  }

  private releaseParse(entry: ParseEntry | undefined): void {
    if (entry?.parsed) this.linter.release(entry.parsed);
  }

  /** Detect the format and keep one SourceFile (and, lazily, one parse) per version. */
  private parseEntry(document: TextDocument): ParseEntry {
    const cached = this.parses.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    // Only the latest version's tree is kept: the parser may reuse the older one's nodes.
    this.releaseParse(cached);
    const text = document.getText();
    const entry: ParseEntry = {
      version: document.version,
      format: this.linter.detectFormat(lintPathOf(document.uri), text, document.languageId),
      source: new SourceFile(text),
      parsed: undefined,
    };
    this.parses.set(document.uri, entry);
    return entry;
  }
}
