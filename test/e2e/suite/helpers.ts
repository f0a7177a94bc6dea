/** Waiting on the editor's events (never on fixed delays) and reading diagnostics. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'hardenlint.hardenlint';
export const SOURCE = 'hardenlint';

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need a workspace folder (the fixture workspace)');
  return folder.uri;
}

export function fileUri(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relativePath.split('/'));
}

/** The rule id of a diagnostic (`code` may carry a documentation link). */
export function ruleOf(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function hardenlintDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function describeDiagnostics(list: readonly vscode.Diagnostic[]): string {
  if (list.length === 0) return '(none)';
  return list.map((d) => `${ruleOf(d)} ${formatRange(d.range)} sev=${d.severity}`).join('\n  ');
}

export function formatRange(r: vscode.Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/**
 * Resolve with the document's hardenlint diagnostics once `accept` holds for
 * them: checked now, then on every `onDidChangeDiagnostics` for the document.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (list: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 20_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const list = hardenlintDiagnostics(uri);
      if (!accept(list)) return false;
      cleanup();
      resolve(list);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} in ${vscode.workspace.asRelativePath(uri)}; has:\n  ${describeDiagnostics(hardenlintDiagnostics(uri))}`));
    }, timeoutMs);
    function cleanup(): void {
      clearTimeout(timer);
      subscription.dispose();
    }
    check();
  });
}

export function findDiagnostic(list: readonly vscode.Diagnostic[], rule: string, range?: vscode.Range): vscode.Diagnostic | undefined {
  return list.find((d) => ruleOf(d) === rule && (!range || d.range.isEqual(range)));
}

export function hasDiagnostic(rule: string, range?: vscode.Range): (list: vscode.Diagnostic[]) => boolean {
  return (list) => findDiagnostic(list, rule, range) !== undefined;
}

export function lacksDiagnostic(rule: string, range?: vscode.Range): (list: vscode.Diagnostic[]) => boolean {
  return (list) => findDiagnostic(list, rule, range) === undefined;
}

export async function openDocument(relativePath: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(fileUri(relativePath));
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

/** Write a fresh file into the workspace (a copy the test may change freely). */
export async function writeWorkspaceFile(relativePath: string, text: string): Promise<vscode.Uri> {
  const uri = fileUri(relativePath);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  return uri;
}

export function range(startLine: number, startCharacter: number, endLine: number, endCharacter: number): vscode.Range {
  return new vscode.Range(startLine, startCharacter, endLine, endCharacter);
}

export async function codeActionsAt(uri: vscode.Uri, at: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider',
    uri,
    at,
    kind,
  );
  return (actions ?? []).filter((a): a is vscode.CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
}

/** Resolve once `document`'s text satisfies `accept` (checked now and on every change). */
export function waitForText(document: vscode.TextDocument, accept: (text: string) => boolean, what: string, timeoutMs = 10_000): Promise<string> {
  return new Promise((resolve, reject) => {
    if (accept(document.getText())) return resolve(document.getText());
    const subscription = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document !== document || !accept(document.getText())) return;
      cleanup();
      resolve(document.getText());
    });
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; text:\n${document.getText()}`));
    }, timeoutMs);
    function cleanup(): void {
      clearTimeout(timer);
      subscription.dispose();
    }
  });
}
