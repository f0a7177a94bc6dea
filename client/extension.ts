/**
 * The VS Code extension: starts the bundled language server over IPC, shows
 * the active file's finding count in a language status item, and offers a
 * restart command.
 */
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type DocumentSelector,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { registerChecklistView } from './checklist/tree-provider';
import type { ChecklistNode } from './checklist/tree-model';

const DIAGNOSTIC_SOURCE = 'hardenlint';

/** Languages hardenlint checks; compose files may also be plain `yaml`. */
export const DOCUMENT_SELECTOR: DocumentSelector = [
  { language: 'dockercompose' },
  { language: 'yaml', pattern: '**/{docker-compose,compose}*.{yml,yaml}' },
  { language: 'nginx' },
  { language: 'NGINX' },
  { language: 'postgresql-conf' },
  { language: 'pg-hba-conf' },
  { language: 'redis-conf' },
  // The same files when another extension (or none) gave them a different language.
  { scheme: 'file', pattern: '**/nginx.conf' },
  { scheme: 'file', pattern: '**/{postgresql.conf,postgresql.auto.conf,*.postgresql.conf}' },
  { scheme: 'file', pattern: '**/*pg_hba*.conf' },
  // Fragments: PostgreSQL conf.d, and pg_hba includes (pg_hba.d/); the server tells their format by content.
  { scheme: 'file', pattern: '**/conf.d/*.conf' },
  { scheme: 'file', pattern: '**/*hba*/*.conf' },
  { scheme: 'file', pattern: '**/{redis*.conf,*.redis.conf}' },
];

let client: LanguageClient | undefined;
let output: vscode.OutputChannel | undefined;

function createClient(context: vscode.ExtensionContext, channel: vscode.OutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel: channel,
    initializationOptions: { workspaceTrusted: vscode.workspace.isTrusted },
  };
  return new LanguageClient('hardenlint', 'hardenlint', serverOptions, clientOptions);
}

function countFindings(uri: vscode.Uri): { total: number; errors: number } {
  const diagnostics = vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
  return {
    total: diagnostics.length,
    errors: diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length,
  };
}

function createStatusItem(context: vscode.ExtensionContext): void {
  const item = vscode.languages.createLanguageStatusItem('hardenlint.status', DOCUMENT_SELECTOR as vscode.DocumentSelector);
  item.name = 'hardenlint';
  item.command = { title: 'Show problems', command: 'workbench.actions.view.problems' };
  const update = () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const { total, errors } = countFindings(editor.document.uri);
    item.text = total === 0 ? '$(shield) hardenlint: no findings' : `$(shield) hardenlint: ${total} finding${total === 1 ? '' : 's'}`;
    item.detail = errors > 0 ? `${errors} error${errors === 1 ? '' : 's'}` : 'hardening checklist';
    item.severity = errors > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
  };
  update();
  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) update();
    }),
  );
}

/** What `activate()` returns: the checklist view's data (read by the end-to-end tests). */
export interface HardenlintApi {
  checklist: { nodes(): readonly ChecklistNode[]; onDidChange: vscode.Event<unknown> };
}

export async function activate(context: vscode.ExtensionContext): Promise<HardenlintApi> {
  output = vscode.window.createOutputChannel('hardenlint');
  context.subscriptions.push(output);
  client = createClient(context, output);
  const checklistView = registerChecklistView(context);
  checklistView.attach(client);
  context.subscriptions.push(
    vscode.commands.registerCommand('hardenlint.restartServer', async () => {
      output?.appendLine('Restarting the hardenlint server…');
      await client?.restart();
    }),
    vscode.commands.registerCommand('hardenlint.showOutput', () => output?.show()),
    // `.hardenlint.yaml` is ignored until the workspace is trusted; read it from then on.
    vscode.workspace.onDidGrantWorkspaceTrust(async () => {
      await client?.stop();
      client = createClient(context, output!);
      checklistView.attach(client);
      await client.start();
    }),
  );
  createStatusItem(context);
  await client.start();
  return { checklist: { nodes: () => checklistView.nodes, onDidChange: checklistView.onDidChange } };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
