/**
 * The Security Checklist view: a thin `vscode.TreeDataProvider` over
 * tree-model.ts. The language server sends the automated checks; this side
 * reads and writes `.hardenlint/checklist.json` (evidence, accepted risks) in
 * the first workspace folder and recomputes the view whenever either changes.
 */
import { execFileSync } from 'node:child_process';
import { userInfo } from 'node:os';
import * as vscode from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient/node';
import { CHECKLIST, findItem, plainTitle } from '../../rules/checklist';
import {
  ChecklistRefreshRequest,
  ChecklistResendNotification,
  ChecklistStatusNotification,
  type ChecklistStatusParams,
} from '../../server/checklist/protocol';
import { renderMarkdownReport } from '../../server/checklist/report';
import { buildStatus, type ChecklistStatus } from '../../server/checklist/status';
import {
  STORE_RELATIVE_PATH,
  StoreError,
  acceptedRiskEntry,
  applyStoreChange,
  readStore,
  verifiedEntry,
  type StoreEntry,
} from '../../server/checklist/store';
import { buildTree, progressTitle, type ChecklistFilter, type ChecklistNode } from './tree-model';

export const VIEW_ID = 'hardenlint.checklist';
const NO_CONFIG_FILES_CONTEXT = 'hardenlint.checklist.noConfigFiles';
const FILTER_CONTEXT = 'hardenlint.checklist.filter';

const COLLAPSIBLE: Record<ChecklistNode['collapsible'], vscode.TreeItemCollapsibleState> = {
  none: vscode.TreeItemCollapsibleState.None,
  collapsed: vscode.TreeItemCollapsibleState.Collapsed,
  expanded: vscode.TreeItemCollapsibleState.Expanded,
};

function toTreeItem(node: ChecklistNode): vscode.TreeItem {
  const item = new vscode.TreeItem(node.label, COLLAPSIBLE[node.collapsible]);
  item.id = node.id;
  if (node.description !== undefined) item.description = node.description;
  if (node.tooltip !== undefined) item.tooltip = node.tooltip;
  if (node.icon) item.iconPath = new vscode.ThemeIcon(node.icon.id, node.icon.color ? new vscode.ThemeColor(node.icon.color) : undefined);
  item.contextValue = node.contextValue;
  if (node.checkbox) {
    item.checkboxState = node.checkbox === 'checked' ? vscode.TreeItemCheckboxState.Checked : vscode.TreeItemCheckboxState.Unchecked;
  }
  if (node.location) {
    const { start, end } = node.location.range;
    item.command = {
      title: 'Open',
      command: 'vscode.open',
      arguments: [
        vscode.Uri.file(node.location.path),
        { selection: new vscode.Range(start.line, start.character, end.line, end.character) } satisfies vscode.TextDocumentShowOptions,
      ],
    };
  }
  return item;
}

/**
 * Who records evidence: git's user.name in the folder, else the OS user.
 * Git runs only in a trusted workspace: with the folder as working directory,
 * Windows would find a `git.exe` the workspace itself ships.
 */
function authorName(folder: string): string {
  if (vscode.workspace.isTrusted) {
    try {
      const name = execFileSync('git', ['config', 'user.name'], { cwd: folder, timeout: 2000, encoding: 'utf8' }).trim();
      if (name) return name;
    } catch {
      /* no git, or no name configured */
    }
  }
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

class ChecklistTreeProvider implements vscode.TreeDataProvider<ChecklistNode> {
  private readonly changed = new vscode.EventEmitter<ChecklistNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  roots: ChecklistNode[] = [];

  set(nodes: ChecklistNode[]): void {
    this.roots = nodes;
    this.changed.fire(undefined);
  }

  getTreeItem(node: ChecklistNode): vscode.TreeItem {
    return toTreeItem(node);
  }

  getChildren(node?: ChecklistNode): ChecklistNode[] {
    return node ? node.children : this.roots;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Owns the view's state: the latest server status, the store, the filter. */
export class ChecklistView implements vscode.Disposable {
  private readonly provider = new ChecklistTreeProvider();
  private readonly view: vscode.TreeView<ChecklistNode>;
  private readonly disposables: vscode.Disposable[] = [];
  private clientDisposables: vscode.Disposable[] = [];
  private client: BaseLanguageClient | undefined;
  private params: ChecklistStatusParams | undefined;
  private store: Record<string, StoreEntry> = {};
  private storeError: string | undefined;
  private filter: ChecklistFilter = 'all';
  private showWithoutConfigFiles = false;
  private status: ChecklistStatus | undefined;
  private requested = false;

  constructor(private readonly context: vscode.ExtensionContext) {
    this.view = vscode.window.createTreeView(VIEW_ID, {
      treeDataProvider: this.provider,
      showCollapseAll: true,
      manageCheckboxStateManually: true,
    });
    this.disposables.push(
      this.view,
      this.provider,
      this.view.onDidChangeCheckboxState((e) => {
        for (const [node, state] of e.items) {
          if (node.itemId) void vscode.commands.executeCommand('hardenlint.checklist.setVerified', node, state === vscode.TreeItemCheckboxState.Checked);
        }
      }),
      this.view.onDidChangeVisibility((e) => {
        if (e.visible) this.requestStatus();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.watchStore();
        this.reloadStore();
      }),
      ...this.registerCommands(),
    );
    this.watchStore();
    this.reloadStore();
    void vscode.commands.executeCommand('setContext', FILTER_CONTEXT, this.filter);
    if (this.view.visible) this.requestStatus();
  }

  /** The nodes the view shows now. */
  get nodes(): readonly ChecklistNode[] {
    return this.provider.roots;
  }

  /** Fires after the nodes changed. */
  get onDidChange(): vscode.Event<unknown> {
    return this.provider.onDidChangeTreeData;
  }

  /** Listen to a (re)started language client. */
  attach(client: BaseLanguageClient): void {
    for (const d of this.clientDisposables) d.dispose();
    this.client = client;
    this.requested = false;
    this.clientDisposables = [
      client.onNotification(ChecklistStatusNotification, (params) => this.receive(params)),
      // A restarted server starts without a scan: ask again (its revisions start over too).
      client.onDidChangeState((e) => {
        if (e.newState !== State.Running) return;
        this.requested = false;
        this.params = undefined;
        if (this.view.visible) this.requestStatus();
        else this.render();
      }),
    ];
    if (this.view.visible) this.requestStatus();
  }

  /** The server scans the workspace only once the view has been shown. */
  private requestStatus(): void {
    if (this.requested || !this.client) return;
    this.requested = true;
    void this.client.sendNotification(ChecklistResendNotification).catch(() => {
      this.requested = false;
    });
  }

  private get folder(): string | undefined {
    return vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file')?.uri.fsPath;
  }

  private storeWatcher: vscode.FileSystemWatcher | undefined;

  private watchStore(): void {
    this.storeWatcher?.dispose();
    const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file');
    if (!folder) return;
    this.storeWatcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, STORE_RELATIVE_PATH));
    const reload = () => this.reloadStore();
    this.storeWatcher.onDidCreate(reload);
    this.storeWatcher.onDidChange(reload);
    this.storeWatcher.onDidDelete(reload);
  }

  private reloadStore(): void {
    const folder = this.folder;
    this.storeError = undefined;
    this.store = {};
    if (folder) {
      try {
        this.store = readStore(folder).store.items;
      } catch (e) {
        if (!(e instanceof StoreError)) throw e;
        this.storeError = e.message;
      }
    }
    this.render();
  }

  private receive(params: ChecklistStatusParams): void {
    if (this.params && params.revision < this.params.revision) return;
    this.params = params;
    this.render();
  }

  private render(): void {
    const params = this.params;
    const messages: string[] = [];
    if (this.storeError) messages.push(`${this.storeError}`);
    if (!params) {
      this.status = undefined;
      this.view.description = undefined;
      if (!this.storeError) messages.push('Scanning the workspace…');
      this.view.message = messages.join('\n');
      this.provider.set([]);
      return;
    }
    this.status = buildStatus(params.checks, this.store, CHECKLIST);
    const noFiles = Object.keys(params.checks.filesByFormat).length === 0 && !params.scanning;
    void vscode.commands.executeCommand('setContext', NO_CONFIG_FILES_CONTEXT, noFiles);
    if (params.scanning) messages.push('Scanning the workspace…');
    if (this.status.unknownStoreIds.length) {
      messages.push(`${STORE_RELATIVE_PATH} names ${this.status.unknownStoreIds.length} unknown item(s); they are kept (see Other problems).`);
    }
    this.view.message = messages.length ? messages.join('\n') : undefined;
    this.view.description = progressTitle(this.status);
    const hide = noFiles && !this.showWithoutConfigFiles;
    this.provider.set(hide ? [] : buildTree({ status: this.status, roots: params.roots, filter: this.filter }));
  }

  private setFilter(filter: ChecklistFilter): void {
    this.filter = filter;
    if (filter === 'all') this.showWithoutConfigFiles = true;
    void vscode.commands.executeCommand('setContext', FILTER_CONTEXT, filter);
    this.render();
  }

  /** The item a command applies to: the clicked node, or one picked from a list. */
  private async pickItem(node: ChecklistNode | undefined, placeHolder: string, filter: (id: string) => boolean): Promise<string | undefined> {
    if (node?.itemId) return node.itemId;
    const picks = (this.status ? this.status.sections.flatMap((s) => s.subsections.flatMap((u) => u.groups.flatMap((g) => g.items))) : [])
      .filter((i) => filter(i.id))
      .map((i) => ({ label: plainTitle(i.title), description: i.state, id: i.id }));
    return (await vscode.window.showQuickPick(picks, { placeHolder, matchOnDescription: true }))?.id;
  }

  private write(itemId: string, entry: StoreEntry | undefined): boolean {
    const folder = this.folder;
    if (!folder) {
      void vscode.window.showErrorMessage('Open a folder to record checklist evidence: it is kept in .hardenlint/checklist.json.');
      return false;
    }
    try {
      this.store = applyStoreChange(folder, itemId, entry).store.items;
      this.storeError = undefined;
    } catch (e) {
      void vscode.window.showErrorMessage(`Could not update the checklist: ${(e as Error).message}`);
      this.reloadStore();
      return false;
    }
    this.render();
    return true;
  }

  private registerCommands(): vscode.Disposable[] {
    const command = (id: string, run: (...args: never[]) => unknown) => vscode.commands.registerCommand(id, run);
    return [
      command('hardenlint.checklist.filterFailing', () => this.setFilter('failing')),
      command('hardenlint.checklist.filterManual', () => this.setFilter('manual')),
      command('hardenlint.checklist.filterAll', () => this.setFilter('all')),
      command('hardenlint.checklist.refresh', async () => {
        if (!this.client) return;
        await this.client.sendRequest(ChecklistRefreshRequest);
      }),
      command('hardenlint.checklist.setVerified', (node: ChecklistNode | undefined, verified: boolean) => {
        if (!node?.itemId) return;
        const current = this.store[node.itemId];
        if (verified) this.write(node.itemId, verifiedEntry(authorName(this.folder ?? '.'), current?.status === 'verified' ? current.evidence : undefined));
        else if (current?.status === 'verified') this.write(node.itemId, undefined);
        else this.render(); // keep an accepted risk; just redraw the box
      }),
      command('hardenlint.checklist.addEvidence', async (node?: ChecklistNode) => {
        const itemId = await this.pickItem(node, 'Item to record evidence for', () => true);
        if (!itemId) return;
        const current = this.store[itemId];
        const evidence = await vscode.window.showInputBox({
          title: `Evidence: ${plainTitle(findItem(itemId)?.item.title ?? itemId)}`,
          prompt: 'How was this verified? (a link, a ticket, a command and its output…)',
          value: current?.status === 'verified' ? (current.evidence ?? '') : '',
          ignoreFocusOut: true,
        });
        if (evidence === undefined) return;
        this.write(itemId, verifiedEntry(authorName(this.folder ?? '.'), evidence));
      }),
      command('hardenlint.checklist.acceptRisk', async (node?: ChecklistNode) => {
        const itemId = await this.pickItem(node, 'Item whose risk to accept', () => true);
        if (!itemId) return;
        const current = this.store[itemId];
        const justification = await vscode.window.showInputBox({
          title: `Accept risk: ${plainTitle(findItem(itemId)?.item.title ?? itemId)}`,
          prompt: 'Why is this risk acceptable? (required; kept in .hardenlint/checklist.json)',
          value: current?.status === 'accepted-risk' ? current.justification : '',
          ignoreFocusOut: true,
          validateInput: (value) => (value.trim() ? undefined : 'A justification is required.'),
        });
        if (!justification?.trim()) return;
        this.write(itemId, acceptedRiskEntry(authorName(this.folder ?? '.'), justification));
      }),
      command('hardenlint.checklist.clearRecord', (node?: ChecklistNode) => {
        if (node?.itemId) this.write(node.itemId, undefined);
      }),
      command('hardenlint.checklist.showRuleDocs', async (node?: ChecklistNode) => {
        const rules = node?.ruleIds ?? [];
        const ruleId = rules.length <= 1 ? rules[0] : (await vscode.window.showQuickPick(rules, { placeHolder: 'Rule documentation to open' }));
        if (!ruleId) {
          if (rules.length === 0) void vscode.window.showInformationMessage('No rule checks this item: it is verified by hand.');
          return;
        }
        const [format, name] = ruleId.split('/');
        const page = vscode.Uri.joinPath(this.context.extensionUri, 'docs', 'rules', format!, `${name}.md`);
        await vscode.commands.executeCommand('markdown.showPreview', page);
      }),
      command('hardenlint.checklist.exportReport', async () => {
        if (!this.status || !this.params) {
          void vscode.window.showInformationMessage('The checklist is still being computed; try again in a moment.');
          return;
        }
        const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
        const target = await vscode.window.showSaveDialog({
          title: 'Export the checklist report',
          filters: { Markdown: ['md'] },
          ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, 'hardening-report.md') } : {}),
        });
        if (!target) return;
        const text = renderMarkdownReport({
          status: this.status,
          roots: this.params.roots,
          generatedAt: new Date(),
          skipped: this.params.skipped,
          configErrors: this.params.configErrors,
        });
        await vscode.workspace.fs.writeFile(target, Buffer.from(text, 'utf8'));
        const open = await vscode.window.showInformationMessage(`Checklist report written to ${vscode.workspace.asRelativePath(target)}.`, 'Open');
        if (open) await vscode.window.showTextDocument(target);
      }),
    ];
  }

  dispose(): void {
    for (const d of [...this.clientDisposables, ...this.disposables]) d.dispose();
    this.storeWatcher?.dispose();
  }
}

/** Create the view and its commands; call `attach` with each language client started. */
export function registerChecklistView(context: vscode.ExtensionContext): ChecklistView {
  const view = new ChecklistView(context);
  context.subscriptions.push(view);
  return view;
}
