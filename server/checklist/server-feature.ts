/**
 * The checklist in the language server: scans the workspace folders with the
 * WorkspaceScanner and sends `hardenlint/checklistStatus` whenever the result
 * changes. The scan starts when the editor first asks for the status (the view
 * was shown), so editors that never show the checklist pay nothing for it.
 *
 * It never competes with the document being edited: open documents are not
 * linted again (the diagnostics' results are reused), and the scanner yields
 * to the event loop between short slices, so document lints run first.
 */
import { BACKGROUND_LINT_CHARS } from '../lsp/background-lint';
import { basename } from 'node:path';
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type CancellationToken as LspCancellationToken,
  type DidChangeWatchedFilesParams,
  type Disposable,
  type WorkDoneProgressServerReporter,
} from 'vscode-languageserver/node';
import { mergeConfig, type Config } from '../engine/config';
import { CONFIG_NAMES } from '../node/config-loader';
import { settingsOverrides } from '../lsp/settings';
import type { HardenlintServer } from '../lsp/server';
import { fileUriToPath, pathToUri } from '../lsp/uri';
import { WorkspaceScanner, type FileChange } from '../workspace/scanner';
import {
  ChecklistRefreshRequest,
  ChecklistResendNotification,
  ChecklistStatusNotification,
  toStatusParams,
} from './protocol';
import { evaluateChecks, indexRules, type RuleIndex } from './status';

export interface ChecklistFeatureOptions {
  /** Pause after the last lint of an open document before the status is sent. */
  typingDelayMs?: number;
  /** How long a document change holds the scan back, so the document's own lint goes first. */
  typingPauseMs?: number;
  /** Show progress in the editor only for scans that take longer than this. */
  progressAfterMs?: number;
}

/** Config files the checklist follows on disk (`.hardenlint.yaml` is watched by the server already). */
export const CHECKLIST_WATCH_GLOBS = ['**/*compose*.{yml,yaml}', '**/*.conf', '**/conf.d/**', '**/sites-{available,enabled}/**'];

interface Cancellable {
  isCancellationRequested: boolean;
}

export class ChecklistFeature {
  private scanner: WorkspaceScanner | undefined;
  private readonly rules: RuleIndex;
  private readonly openDocuments = new Map<string, string>(); // path → uri
  private typingTimer: NodeJS.Timeout | undefined;
  private sentRevision = -1;
  private statusRevision = 0;
  private scanning = false;
  private currentScan: Cancellable | undefined;
  private readonly disposables: Disposable[] = [];
  /** Editor settings that change rule severities and options, per workspace folder. */
  private overridesByRoot = new Map<string, Partial<Config>>();

  constructor(
    private readonly server: HardenlintServer,
    private readonly options: ChecklistFeatureOptions = {},
  ) {
    this.rules = indexRules(server.linter.rules);
    const { connection, documents } = server;
    connection.onNotification(ChecklistResendNotification, () => {
      if (this.scanner) this.send(true);
      else void this.start();
    });
    connection.onRequest(ChecklistRefreshRequest, async (token: LspCancellationToken) => {
      await this.rescan(token);
    });
    // Open documents: reuse the diagnostics' own lint instead of linting again.
    server.analyzer.onDidAnalyze((analysis) => {
      const path = fileUriToPath(analysis.uri);
      if (path === undefined || !this.scanner) return;
      this.scanner.recordResult(path, {
        format: analysis.format,
        source: analysis.source,
        findings: analysis.findings,
        ...(analysis.skipped ? { skipped: analysis.skipped } : {}),
        ...(analysis.options.config ? { config: analysis.options.config } : {}),
      });
      this.sendSoon();
    });
    this.disposables.push(
      documents.onDidOpen(({ document }) => {
        const path = fileUriToPath(document.uri);
        if (path !== undefined) this.openDocuments.set(path, document.uri);
      }),
      documents.onDidChangeContent(() => this.scanner?.pauseFor(this.options.typingPauseMs ?? 500)),
      documents.onDidClose(({ document }) => {
        const path = fileUriToPath(document.uri);
        if (path === undefined || this.openDocuments.get(path) !== document.uri) return;
        this.openDocuments.delete(path);
        // The disk content applies again.
        if (this.scanner) void this.update([{ path, kind: 'changed' }]);
      }),
    );
  }

  /** Watched-file events from the client (forwarded by the server's single handler). */
  filesChanged(params: DidChangeWatchedFilesParams): void {
    if (!this.scanner) return;
    const changes: FileChange[] = [];
    for (const change of params.changes) {
      const path = fileUriToPath(change.uri);
      if (path === undefined) continue;
      const kind = change.type === FileChangeType.Created ? 'created' : change.type === FileChangeType.Deleted ? 'deleted' : 'changed';
      changes.push({ path, kind });
    }
    if (changes.length) void this.update(changes);
  }

  dispose(): void {
    if (this.typingTimer) clearTimeout(this.typingTimer);
    if (this.currentScan) this.currentScan.isCancellationRequested = true;
    for (const d of this.disposables) d.dispose();
  }

  private overlay = (path: string): string | undefined => {
    const uri = this.openDocuments.get(path);
    return uri === undefined ? undefined : this.server.documents.get(uri)?.getText();
  };

  private async exclusions(): Promise<string[]> {
    const connection = this.server.connection;
    const out: string[] = [];
    try {
      const [filesExclude, hardenlintExclude] = (await connection.workspace.getConfiguration([
        { section: 'files.exclude' },
        { section: 'hardenlint.exclude' },
      ])) as [unknown, unknown];
      if (filesExclude && typeof filesExclude === 'object') {
        for (const [glob, on] of Object.entries(filesExclude as Record<string, unknown>)) if (on === true) out.push(glob);
      }
      if (Array.isArray(hardenlintExclude)) out.push(...hardenlintExclude.filter((g): g is string => typeof g === 'string'));
    } catch {
      /* a client without workspace/configuration: only the built-in skips apply */
    }
    return out;
  }

  /** The same rule settings the diagnostics use, so the view and the Problems panel agree. */
  private async readSettings(): Promise<void> {
    const overrides = new Map<string, Partial<Config>>();
    for (const root of this.server.workspace.folderPaths) {
      try {
        overrides.set(root, settingsOverrides(await this.server.settings().get(pathToUri(root)), this.server.linter));
      } catch {
        /* settings unavailable: the configuration files alone apply */
      }
    }
    this.overridesByRoot = overrides;
  }

  private starting: Promise<void> | undefined;

  /** Set up once (watchers, folder changes), then scan. Repeated calls share the first. */
  private start(): Promise<void> {
    this.starting ??= this.setUp();
    return this.starting;
  }

  private async setUp(): Promise<void> {
    const { connection } = this.server;
    this.scanner = this.createScanner();
    try {
      this.disposables.push(
        connection.workspace.onDidChangeWorkspaceFolders(() => {
          // The server's own handler has already updated the folder list.
          this.scanner = this.createScanner();
          void this.rescan();
        }),
      );
    } catch {
      /* the client does not send folder changes */
    }
    try {
      await connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: CHECKLIST_WATCH_GLOBS.map((globPattern) => ({ globPattern })),
      });
    } catch {
      /* no dynamic registration: the view's refresh button rescans */
    }
    await this.rescan();
  }

  private createScanner(): WorkspaceScanner {
    const { linter, workspace, lintInBackground } = this.server;
    return new WorkspaceScanner({
      linter,
      roots: [...workspace.folderPaths],
      overlay: this.overlay,
      configFor: (path, root) => {
        const loaded = workspace.configFor(path);
        const overrides = this.overridesByRoot.get(root);
        return overrides ? { ...loaded, config: mergeConfig(loaded.config, overrides) } : loaded;
      },
      onProgress: (done, total) => this.reportProgress(done, total),
      ...(lintInBackground
        ? { background: { minChars: BACKGROUND_LINT_CHARS, lint: (job) => lintInBackground({ ...job, key: `scan:${job.path}` }) } }
        : {}),
    });
  }

  private progress: WorkDoneProgressServerReporter | undefined;

  /** A full scan, with editor progress when it takes a while. */
  private async rescan(lspToken?: LspCancellationToken): Promise<void> {
    if (!this.scanner) return this.start();
    const scanner = this.scanner;
    if (this.currentScan) this.currentScan.isCancellationRequested = true;
    const token: Cancellable = { isCancellationRequested: false };
    this.currentScan = token;
    lspToken?.onCancellationRequested(() => (token.isCancellationRequested = true));
    scanner.setExclude(await this.exclusions());
    await this.readSettings();
    this.scanning = true;
    if (this.sentRevision >= 0) this.send(true);
    const timer = setTimeout(() => this.beginProgress(token).catch(() => undefined), this.options.progressAfterMs ?? 500);
    try {
      await scanner.scan(token);
    } finally {
      clearTimeout(timer);
      this.progress?.done();
      this.progress = undefined;
      if (this.currentScan === token) {
        this.currentScan = undefined;
        this.scanning = false;
      }
    }
    if (!this.scanning) this.send(true);
  }

  private lastProgressAt = 0;

  /** At most a few progress messages a second. */
  private reportProgress(done: number, total: number): void {
    if (!this.progress) return;
    const now = Date.now();
    if (done < total && now - this.lastProgressAt < 250) return;
    this.lastProgressAt = now;
    this.progress.report(total ? Math.round((done / total) * 100) : 0, `${done}/${total} files`);
  }

  private async beginProgress(token: Cancellable): Promise<void> {
    if (!this.scanning || this.progress) return;
    const reporter = await this.server.connection.window.createWorkDoneProgress();
    if (!this.scanning) return reporter.done();
    this.progress = reporter;
    reporter.begin('hardenlint: checking the workspace against the hardening checklist', 0, undefined, true);
    reporter.token.onCancellationRequested(() => (token.isCancellationRequested = true));
  }

  private async update(changes: FileChange[]): Promise<void> {
    if (!this.scanner) return;
    if (changes.some((c) => CONFIG_NAMES.includes(basename(c.path)))) this.server.workspace.configs.clear();
    await this.scanner.update(changes);
    this.send(false);
  }

  /** While typing, send the status after a pause rather than on every lint. */
  private sendSoon(): void {
    if (this.typingTimer) clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => {
      this.typingTimer = undefined;
      this.send(false);
    }, this.options.typingDelayMs ?? 1000);
  }

  /** Send the status when it changed (or always, when asked). */
  private send(always: boolean): void {
    const scanner = this.scanner;
    if (!scanner) return;
    if (!always && scanner.revision === this.sentRevision) return;
    this.sentRevision = scanner.revision;
    const snapshot = scanner.snapshot();
    const params = toStatusParams(
      { checks: evaluateChecks(snapshot, this.rules), skipped: snapshot.skipped, configErrors: snapshot.configErrors },
      { revision: ++this.statusRevision, roots: [...this.server.workspace.folderPaths], scanning: this.scanning },
      pathToUri,
    );
    void this.server.connection.sendNotification(ChecklistStatusNotification, params);
  }
}

/** Add the checklist to a started server. */
export function attachChecklist(server: HardenlintServer, options?: ChecklistFeatureOptions): ChecklistFeature {
  const feature = new ChecklistFeature(server, options);
  server.onWatchedFilesChanged((params) => feature.filesChanged(params));
  return feature;
}
