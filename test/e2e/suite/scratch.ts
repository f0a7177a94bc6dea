/** Copies of fixture files under scratch/, for tests that edit documents. */
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { fileUri, writeWorkspaceFile } from './helpers';

/** Copy `fixture` (relative to the workspace) to `scratch/<name>/<same path>` and open it. */
export async function openScratchCopy(fixture: string, name: string): Promise<vscode.TextDocument> {
  const text = readFileSync(fileUri(fixture).fsPath, 'utf8');
  const uri = await writeWorkspaceFile(`scratch/${name}/${fixture}`, text);
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}
