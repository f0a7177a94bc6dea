import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { describe, it } from './bdd';
import { EXTENSION_ID, hasDiagnostic, openDocument, waitForDiagnostics } from './helpers';

describe('activation', () => {
  it('activates when a compose file opens and contributes its commands', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    const document = await openDocument('docker-compose.yml');
    // The first diagnostics prove the client started the bundled server.
    await waitForDiagnostics(document.uri, hasDiagnostic('compose/no-privileged'), 'the first diagnostics', 30_000);
    assert.equal(extension.isActive, true);
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['hardenlint.restartServer', 'hardenlint.showOutput']) assert.ok(commands.includes(id), `command ${id} is not registered`);
  }, 40_000);
});
