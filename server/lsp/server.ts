/**
 * Wires the language server together: document sync, settings, scheduling,
 * diagnostics and code actions. `startServer` returns the pieces so further
 * features (e.g. a workspace checklist view) can plug into the same caches.
 */
import { basename } from 'node:path';
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  type CodeAction,
  type Connection,
  type DidChangeWatchedFilesParams,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Linter } from '../engine/linter';
import { createLinter } from '../default-linter';
import { CONFIG_NAMES } from '../node/config-loader';
import { checkRuleSettings } from '../engine/config-check';
import { BackgroundLinter, type BackgroundJob, type BackgroundResult } from './background-lint';
import { DocumentAnalyzer } from './analysis';
import { clientSupport, serverCapabilities, type ClientSupport } from './capabilities';
import { codeActions, fixAllRuleUri, resolveCodeAction, type CodeActionContext } from './code-actions';
import { toDiagnostics } from './convert';
import { guard } from './guard';
import { checklistHover } from './hover';
import { Resources } from './resources';
import { DiagnosticsScheduler } from './scheduler';
import { SettingsStore } from './settings-store';
import { checklistPlacement, type Settings } from './settings';
import { fileUriToPath } from './uri';
import { Workspace } from './workspace';

export interface ServerOptions {
  /** The installed package folder (docs for links); found from the server file when omitted. */
  packageRoot?: string;
  version?: string;
  linter?: Linter;
  /**
   * The server's entry file: large documents are then linted on a worker
   * thread started from it (see background-lint.ts). Without it everything is
   * linted on the main thread.
   */
  backgroundLintScript?: string;
}

/** `initializationOptions` the server understands. */
export interface InitializationOptions {
  /** Settings for clients without `workspace/configuration` (same shape as the `hardenlint` section). */
  settings?: unknown;
  /** False in an untrusted workspace: `.hardenlint.yaml` is then ignored. */
  workspaceTrusted?: boolean;
}

export interface HardenlintServer {
  connection: Connection;
  linter: Linter;
  documents: TextDocuments<TextDocument>;
  analyzer: DocumentAnalyzer;
  workspace: Workspace;
  settings(): SettingsStore;
  /** Lint every open document again (settings or configuration changed). */
  relintAll(): void;
  /** Also hear watched-file events (the server itself reacts only to configuration files). */
  onWatchedFilesChanged(listener: (params: DidChangeWatchedFilesParams) => void): void;
  /** Lint a large text on the background linter (over the open documents), when there is one. */
  lintInBackground?: (job: Omit<BackgroundJob, 'overlay'>) => Promise<BackgroundResult | undefined>;
}

export function startServer(connection: Connection, options: ServerOptions = {}): HardenlintServer {
  const linter = options.linter ?? createLinter();
  const resources = new Resources(options.packageRoot);
  const documents = new TextDocuments(TextDocument);
  const openByPath = new Map<string, string>();
  const logError = (message: string) => connection.console.error(message);
  const logInfo = (message: string) => connection.console.info(message);
  const workspace = new Workspace({
    overlay: (path) => {
      const uri = openByPath.get(path);
      return uri === undefined ? undefined : documents.get(uri)?.getText();
    },
    readConfigFiles: true,
    checkConfig: (config) => checkRuleSettings(config, linter),
  });
  const background = options.backgroundLintScript ? new BackgroundLinter(options.backgroundLintScript) : undefined;
  const overlaySnapshot = (): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const [path, uri] of openByPath) {
      const text = documents.get(uri)?.getText();
      if (text !== undefined) out[path] = text;
    }
    return out;
  };
  const analyzer = new DocumentAnalyzer(linter, workspace, background ? { linter: background, overlay: overlaySnapshot } : undefined);
  let settings = new SettingsStore({ warn: logError });
  let support: ClientSupport = clientSupport({});
  const reported = new Set<string>();
  const reportOnce = (key: string, message: string, notify?: string) => {
    if (reported.has(key)) return;
    reported.add(key);
    logInfo(message);
    // A mistake in the configuration silently changes what is checked: say so where it is seen.
    if (notify) void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: notify });
  };

  const scheduler = new DiagnosticsScheduler({
    versionOf: (uri) => documents.get(uri)?.version,
    log: logError,
    publish: (uri, version, diagnostics) => {
      void connection.sendDiagnostics({ uri, ...(version !== undefined ? { version } : {}), diagnostics });
    },
    compute: async (uri) => {
      const document = documents.get(uri);
      if (!document) return undefined;
      const current = await settings.get(uri);
      const latest = documents.get(uri);
      if (!latest || !current.enable) return undefined;
      const analysis = await analyzer.analyzeAsync(latest, current);
      if (!analysis?.format) return undefined;
      if (analysis.skipped) reportOnce(`${uri}\0${analysis.skipped}`, `Not linting ${uri}: ${analysis.skipped}.`);
      if (analysis.configErrors) {
        const { path, errors } = analysis.configErrors;
        const more = errors.length > 1 ? ` (and ${errors.length - 1} more in the hardenlint output)` : '';
        reportOnce(`${path}\0${errors.join('\n')}`, `Problems in ${path}:\n  ${errors.join('\n  ')}`, `hardenlint: ${basename(path)}: ${errors[0]}${more}`);
      }
      const diagnostics = toDiagnostics(analysis, {
        resources,
        ruleDocsBaseUrl: current.ruleDocsBaseUrl,
        checklist: checklistPlacement(current, support.relatedInformation),
        relatedInformation: support.relatedInformation,
        isRule: (id) => linter.rule(id) !== undefined,
      });
      return { version: analysis.version, diagnostics };
    },
  });

  const actionContext = (document: TextDocument, current: Settings): CodeActionContext => ({
    linter,
    document,
    analysis: analyzer.cached(document.uri),
    currentOptions: () => analyzer.optionsFor(document, current).options,
    documentChanges: support.documentChanges,
    resolveEdits: support.codeActionResolve,
  });

  const relintAll = () => {
    analyzer.invalidateResults();
    for (const document of documents.all()) void scheduler.now(document.uri);
  };
  const configurationChanged = () => {
    workspace.configs.clear();
    reported.clear();
    relintAll();
  };

  connection.onInitialize(
    (params: InitializeParams): InitializeResult => {
      support = clientSupport(params.capabilities);
      const init = (params.initializationOptions ?? {}) as InitializationOptions;
      workspace.readConfigFiles = init.workspaceTrusted !== false;
      const folders: (WorkspaceFolder | string)[] = params.workspaceFolders
        ? params.workspaceFolders
        : params.rootUri
          ? [{ uri: params.rootUri, name: 'root' }]
          : params.rootPath
            ? [params.rootPath]
            : [];
      workspace.setFolders(folders);
      settings = new SettingsStore({
        warn: logError,
        initial: init.settings,
        ...(support.configuration
          ? { pull: (scopeUri: string) => connection.workspace.getConfiguration({ scopeUri, section: 'hardenlint' }) }
          : {}),
      });
      return {
        capabilities: serverCapabilities(support),
        serverInfo: { name: 'hardenlint', ...(options.version ? { version: options.version } : {}) },
      };
    },
  );

  connection.onInitialized(
    guard(logError, 'initialized', undefined, async () => {
      if (support.configurationRegistration) {
        await connection.client.register(DidChangeConfigurationNotification.type, { section: 'hardenlint' });
      }
      if (support.watchedFilesRegistration) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: CONFIG_NAMES.map((name) => ({ globPattern: `**/${name}` })),
        });
      }
      if (support.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders(
          guard(logError, 'didChangeWorkspaceFolders', undefined, (e) => {
            workspace.addFolders(e.added, e.removed);
            configurationChanged();
          }),
        );
      }
    }),
  );

  connection.onDidChangeConfiguration(
    guard(logError, 'didChangeConfiguration', undefined, (params) => {
      settings.changed(params.settings);
      relintAll();
    }),
  );

  const watchedFilesListeners: ((params: DidChangeWatchedFilesParams) => void)[] = [];
  connection.onDidChangeWatchedFiles(
    guard(logError, 'didChangeWatchedFiles', undefined, (params: DidChangeWatchedFilesParams) => {
      for (const listener of watchedFilesListeners) listener(params);
      if (params.changes.some((c) => CONFIG_NAMES.includes(basename(fileUriToPath(c.uri) ?? c.uri)))) configurationChanged();
    }),
  );

  // TextDocuments reports an open as a content change too; the open handler lints, the change is skipped.
  const justOpened = new Set<string>();
  documents.onDidOpen(
    guard(logError, 'didOpen', undefined, ({ document }) => {
      const path = fileUriToPath(document.uri);
      if (path !== undefined) openByPath.set(path, document.uri);
      // Without file watching, look for configuration changes whenever a file opens or is saved.
      if (!support.watchedFilesRegistration) workspace.configs.clear();
      justOpened.add(document.uri);
      void scheduler.now(document.uri);
    }),
  );

  documents.onDidChangeContent(
    guard(logError, 'didChange', undefined, async ({ document }) => {
      if (justOpened.delete(document.uri)) return;
      const current = await settings.get(document.uri);
      if (current.run === 'onType') scheduler.schedule(document.uri, current.debounceMs);
    }),
  );

  documents.onDidSave(
    guard(logError, 'didSave', undefined, ({ document }) => {
      const path = fileUriToPath(document.uri);
      if (path !== undefined && CONFIG_NAMES.includes(basename(path))) return configurationChanged();
      if (!support.watchedFilesRegistration) workspace.configs.clear();
      // Other open documents may read this file (includes): lint them all again.
      relintAll();
    }),
  );

  documents.onDidClose(
    guard(logError, 'didClose', undefined, ({ document }) => {
      const path = fileUriToPath(document.uri);
      if (path !== undefined && openByPath.get(path) === document.uri) openByPath.delete(path);
      justOpened.delete(document.uri);
      scheduler.forget(document.uri);
      analyzer.forget(document.uri);
      settings.forget(document.uri);
    }),
  );

  connection.onCodeAction(
    guard(logError, 'codeAction', [], async (params) => {
      const uri = params.textDocument.uri;
      if (!documents.get(uri)) return [];
      const current = await settings.get(uri);
      const document = documents.get(uri);
      if (!document || !current.enable) return [];
      return codeActions(params, actionContext(document, current));
    }),
  );

  connection.onHover(
    guard(logError, 'hover', null, async (params) => {
      const uri = params.textDocument.uri;
      const document = documents.get(uri);
      const analysis = analyzer.cached(uri);
      // Only from the analysis of the text the editor shows.
      if (!document || !analysis || analysis.version !== document.version || !(await settings.get(uri)).enable) return null;
      return checklistHover(analysis, params.position, resources) ?? null;
    }),
  );

  const resolveAction = guard(logError, 'codeAction/resolve', undefined, async (action: CodeAction) => {
    const uri = fixAllRuleUri(action);
    if (uri === undefined || !documents.get(uri)) return action;
    const current = await settings.get(uri);
    const document = documents.get(uri);
    if (!document || !current.enable) return action;
    return resolveCodeAction(action, actionContext(document, current));
  });
  connection.onCodeActionResolve(async (action) => (await resolveAction(action)) ?? action);

  connection.onShutdown(() => {
    scheduler.dispose();
    background?.dispose();
  });

  documents.listen(connection);
  return {
    connection,
    linter,
    documents,
    analyzer,
    workspace,
    settings: () => settings,
    relintAll,
    onWatchedFilesChanged: (listener) => watchedFilesListeners.push(listener),
    ...(background ? { lintInBackground: (job: Omit<BackgroundJob, 'overlay'>) => background.lint({ ...job, overlay: overlaySnapshot() }) } : {}),
  };
}
