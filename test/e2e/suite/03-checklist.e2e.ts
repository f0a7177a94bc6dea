import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { findItem } from '../../../rules/checklist';
import { describe, it } from './bdd';
import { EXTENSION_ID, fileUri, openDocument, ruleOf, waitForDiagnostics } from './helpers';

/** What a Security Checklist node looks like to the tests (client/checklist/tree-model.ts). */
interface ChecklistNode {
  kind: string;
  label: string;
  description?: string;
  contextValue: string;
  checkbox?: 'checked' | 'unchecked';
  itemId?: string;
  location?: { path: string; range: { start: { line: number; character: number } } };
  children: ChecklistNode[];
}

/** The part of the extension's exported API the tests read. */
interface ChecklistApi {
  nodes(): readonly ChecklistNode[];
  onDidChange: vscode.Event<void>;
}

const FIXTURES = ['docker-compose.yml', 'nginx/nginx.conf', 'postgresql/postgresql.conf', 'postgresql/pg_hba.conf', 'redis/redis.conf'];
const MANUAL_ITEM = 'operating-system-updates.latest-os-patches-installed';

function flatten(nodes: readonly ChecklistNode[]): ChecklistNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

async function checklistApi(): Promise<ChecklistApi> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not loaded`);
  const api = (await extension.activate()) as { checklist?: Partial<ChecklistApi> } | undefined;
  const checklist = api?.checklist;
  assert.ok(
    checklist && typeof checklist.nodes === 'function' && typeof checklist.onDidChange === 'function',
    'activate() must return { checklist: { nodes(), onDidChange } } so the view\'s data can be compared with the diagnostics (see docs/testing-in-editors.md)',
  );
  return checklist as ChecklistApi;
}

/** Resolve with the view's nodes once `accept` holds (checked now and on every change). */
function waitForNodes(api: ChecklistApi, accept: (all: ChecklistNode[]) => boolean, what: string, timeoutMs = 20_000): Promise<ChecklistNode[]> {
  return new Promise((resolve, reject) => {
    const check = (): void => {
      const all = flatten(api.nodes());
      if (!accept(all)) return;
      cleanup();
      resolve(all);
    };
    const subscription = api.onDidChange(check);
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for the checklist view: ${what}`));
    }, timeoutMs);
    function cleanup(): void {
      clearTimeout(timer);
      subscription.dispose();
    }
    check();
  });
}

/** `file:line:character rule` for a finding, relative to the workspace. */
function key(path: string, line: number, character: number, rule: string): string {
  return `${vscode.workspace.asRelativePath(vscode.Uri.file(path))}:${line}:${character} ${rule}`;
}

describe('Security Checklist view', () => {
  it('its findings are exactly the diagnostics of the workspace files', async () => {
    const api = await checklistApi();
    const diagnosticKeys = new Set<string>();
    for (const file of FIXTURES) {
      const document = await openDocument(file);
      const list = await waitForDiagnostics(document.uri, (l) => l.length > 0, 'diagnostics');
      for (const d of list) diagnosticKeys.add(key(document.uri.fsPath, d.range.start.line, d.range.start.character, ruleOf(d)!));
    }
    // The workspace scan starts when the view is first shown.
    await vscode.commands.executeCommand('workbench.view.extension.hardenlint');
    const failingServerTokens = (all: ChecklistNode[]) =>
      all.some((n) => n.itemId === 'server-configuration.server-tokens-disabled' && n.contextValue.startsWith('item.failing'));
    const all = await waitForNodes(api, failingServerTokens, 'server tokens item failing');

    const item = all.find((n) => n.itemId === 'server-configuration.server-tokens-disabled')!;
    assert.equal(item.description, '1 finding');
    assert.deepEqual(
      item.children.map((c) => [c.kind, c.description, vscode.workspace.asRelativePath(vscode.Uri.file(c.location!.path)), c.location!.range.start.line]),
      [['finding', 'nginx/server-tokens', 'nginx/nginx.conf', 3]],
    );

    const treeKeys = new Set<string>();
    for (const n of all) {
      if (n.kind !== 'item') continue;
      for (const f of n.children) treeKeys.add(key(f.location!.path, f.location!.range.start.line, f.location!.range.start.character, f.description!));
    }
    assert.deepEqual([...treeKeys].sort(), [...diagnosticKeys].sort());
    // Items whose rules found nothing pass; items no rule checks are manual.
    const passing = all.filter((n) => n.contextValue.startsWith('item.passing'));
    assert.ok(passing.length > 0, 'some automated items pass');
    const manual = all.find((n) => n.itemId === MANUAL_ITEM);
    assert.equal(manual?.checkbox, 'unchecked');

    // Ticking the item (what the checkbox handler runs) shows it ticked.
    await vscode.commands.executeCommand('hardenlint.checklist.setVerified', { itemId: MANUAL_ITEM }, true);
    await waitForNodes(api, (nodes) => nodes.some((n) => n.itemId === MANUAL_ITEM && n.checkbox === 'checked'), 'the ticked box');
    await vscode.commands.executeCommand('hardenlint.checklist.setVerified', { itemId: MANUAL_ITEM }, false);
    await waitForNodes(api, (nodes) => nodes.some((n) => n.itemId === MANUAL_ITEM && n.checkbox === 'unchecked'), 'the box unticked');
  }, 45_000);

  it('ticking a manual item records it in .hardenlint/checklist.json', async () => {
    assert.ok(findItem(MANUAL_ITEM), `${MANUAL_ITEM} is a checklist item`);
    const storeUri = fileUri('.hardenlint/checklist.json');
    // The view's checkbox handler runs this command with the ticked node.
    await vscode.commands.executeCommand('hardenlint.checklist.setVerified', { itemId: MANUAL_ITEM }, true);
    const store = JSON.parse(readFileSync(storeUri.fsPath, 'utf8')) as { version: number; items: Record<string, { status: string; by: string; at: string }> };
    assert.equal(store.version, 1);
    const entry = store.items[MANUAL_ITEM];
    assert.ok(entry, `${MANUAL_ITEM} recorded; file has ${JSON.stringify(Object.keys(store.items))}`);
    assert.equal(entry.status, 'verified');
    assert.ok(entry.by.length > 0, 'records who verified it');
    assert.ok(!Number.isNaN(Date.parse(entry.at)), `records when: ${entry.at}`);


    await vscode.commands.executeCommand('hardenlint.checklist.setVerified', { itemId: MANUAL_ITEM }, false);
    const after = JSON.parse(readFileSync(storeUri.fsPath, 'utf8')) as { items: Record<string, unknown> };
    assert.equal(after.items[MANUAL_ITEM], undefined, 'unticking removes the record');
  });
});
