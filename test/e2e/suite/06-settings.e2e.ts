import * as vscode from 'vscode';
import { after, describe, it } from './bdd';
import { findDiagnostic, hasDiagnostic, lacksDiagnostic, openDocument, waitForDiagnostics } from './helpers';

const RULE = 'nginx/server-tokens';

async function setRules(value: Record<string, string> | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('hardenlint').update('rules', value, vscode.ConfigurationTarget.Workspace);
}

describe('settings take effect without a reload', () => {
  after(() => setRules(undefined));

  it('hardenlint.rules: severity change, rule off, and back', async () => {
    const document = await openDocument('nginx/nginx.conf');
    const withSeverity = (severity: vscode.DiagnosticSeverity) => (l: vscode.Diagnostic[]) => findDiagnostic(l, RULE)?.severity === severity;
    await waitForDiagnostics(document.uri, withSeverity(vscode.DiagnosticSeverity.Warning), `${RULE} as a warning`);

    await setRules({ [RULE]: 'error' });
    await waitForDiagnostics(document.uri, withSeverity(vscode.DiagnosticSeverity.Error), `${RULE} as an error`);

    await setRules({ [RULE]: 'off' });
    await waitForDiagnostics(document.uri, (l) => lacksDiagnostic(RULE)(l) && hasDiagnostic('nginx/ssl-protocols')(l), `${RULE} gone, others kept`);

    await setRules(undefined);
    await waitForDiagnostics(document.uri, withSeverity(vscode.DiagnosticSeverity.Warning), `${RULE} back as a warning`);
  });
});
