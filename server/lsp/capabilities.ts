/** What the client can do, read once from `initialize`, and what the server offers. */
import {
  CodeActionKind,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type ServerCapabilities,
} from 'vscode-languageserver/node';
import { FIX_ALL_KIND } from './code-actions';

export interface ClientSupport {
  /** `workspace/configuration` pull. */
  configuration: boolean;
  /** Dynamic registration of `workspace/didChangeConfiguration`. */
  configurationRegistration: boolean;
  /** Dynamic registration of `workspace/didChangeWatchedFiles`. */
  watchedFilesRegistration: boolean;
  workspaceFolders: boolean;
  /** Versioned edits in `WorkspaceEdit.documentChanges`. */
  documentChanges: boolean;
  /** Shows `Diagnostic.relatedInformation`. */
  relatedInformation: boolean;
  /** Resolves a code action's `edit` lazily with `codeAction/resolve`. */
  codeActionResolve: boolean;
}

export function clientSupport(c: ClientCapabilities): ClientSupport {
  return {
    configuration: c.workspace?.configuration === true,
    configurationRegistration: c.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    watchedFilesRegistration: c.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    workspaceFolders: c.workspace?.workspaceFolders === true,
    documentChanges: c.workspace?.workspaceEdit?.documentChanges === true,
    relatedInformation: c.textDocument?.publishDiagnostics?.relatedInformation === true,
    codeActionResolve: c.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true,
  };
}

export function serverCapabilities(support: ClientSupport): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    hoverProvider: true,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: support.codeActionResolve },
    ...(support.workspaceFolders ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } } : {}),
  };
}
