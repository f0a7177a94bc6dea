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

export class DocumentAnalyzer {
  private readonly parses = new Map<string, ParseEntry>();
  private readonly results = new Map<string, { analysis: Analysis; generation: number; settings: Settings }>();
  private readonly listeners: AnalysisListener[] = [];
  private generation = 0;
  private nextResultId = 1;

  constructor(
    private readonly linter: Linter,
    private readonly workspace: Workspace,
  ) {}

  /** Results for every version are stale (settings, configuration or other files changed); parses stay. */
  invalidateResults(): void {
    this.generation++;
  }

  forget(uri: string): void {
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

  analyze(document: TextDocument, settings: Settings): Analysis {
    const cached = this.results.get(document.uri);
    if (
      cached &&
      cached.analysis.version === document.version &&
      cached.generation === this.generation &&
      cached.settings === settings
    ) {
      return cached.analysis;
    }
    const entry = this.parseEntry(document);
    const { options, configErrors } = this.optionsFor(document, settings);
    const analysis: Analysis = {
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
    this.results.set(document.uri, { analysis, generation: this.generation, settings });
    for (const listener of this.listeners) listener(analysis);
    return analysis;
  }

  /** Detect the format and keep one SourceFile (and, lazily, one parse) per version. */
  private parseEntry(document: TextDocument): ParseEntry {
    const cached = this.parses.get(document.uri);
    if (cached && cached.version === document.version) return cached;
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
