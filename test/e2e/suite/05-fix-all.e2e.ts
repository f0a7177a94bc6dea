import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { describe, it } from './bdd';
import { codeActionsAt, hardenlintDiagnostics, hasDiagnostic, lacksDiagnostic, ruleOf, waitForDiagnostics, waitForText } from './helpers';
import { openScratchCopy } from './scratch';

const FIX_ALL = 'source.fixAll.hardenlint';

async function fixAllActions(document: vscode.TextDocument): Promise<vscode.CodeAction[]> {
  const whole = new vscode.Range(0, 0, document.lineCount, 0);
  return (await codeActionsAt(document.uri, whole, FIX_ALL)).filter((a) => a.kind?.value === FIX_ALL);
}

async function applyFixAll(document: vscode.TextDocument): Promise<string> {
  const actions = await fixAllActions(document);
  assert.equal(actions.length, 1, `one ${FIX_ALL} action; got ${JSON.stringify(actions.map((a) => a.title))}`);
  const before = document.getText();
  assert.equal(await vscode.workspace.applyEdit(actions[0]!.edit!), true, 'applyEdit');
  return waitForText(document, (t) => t !== before, 'fix all to apply');
}

describe('fix all (source.fixAll.hardenlint)', () => {
  it('pg_hba.conf: every preferred fix at once, exactly', async () => {
    const document = await openScratchCopy('postgresql/pg_hba.conf', 'fix-all');
    await waitForDiagnostics(document.uri, hasDiagnostic('pg-hba/trust'), 'pg-hba/trust');
    const text = await applyFixAll(document);
    assert.equal(
      text,
      // hostssl is only offered: the postgresql.conf beside it has ssl = off, so the record would match nothing.
      ['# TYPE  DATABASE  USER  ADDRESS       METHOD', 'local   all       all                 peer', 'host    all       all   10.0.0.0/8    scram-sha-256', ''].join('\n'),
    );
    await waitForDiagnostics(document.uri, (l) => l.map(ruleOf).join() === 'pg-hba/require-ssl', 'only pg-hba/require-ssl after fix all');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('nginx.conf: fixable findings disappear, a second fix all has nothing to do', async () => {
    const document = await openScratchCopy('nginx/nginx.conf', 'fix-all');
    await waitForDiagnostics(document.uri, (l) => hasDiagnostic('nginx/server-tokens')(l) && hasDiagnostic('nginx/ssl-protocols')(l), 'nginx findings');
    const text = await applyFixAll(document);
    assert.match(text, /^ {4}server_tokens off;$/m);
    assert.match(text, /^ {8}ssl_protocols TLSv1\.2 TLSv1\.3;$/m);
    assert.match(text, /^ {8}ssl_certificate_key \/etc\/ssl\/example\.key;$/m, 'untouched lines keep their text and indentation');
    const list = await waitForDiagnostics(
      document.uri,
      (l) => lacksDiagnostic('nginx/server-tokens')(l) && lacksDiagnostic('nginx/ssl-protocols')(l),
      'server-tokens and ssl-protocols to disappear',
    );
    assert.deepEqual(
      list.map(ruleOf).filter((r) => r === 'nginx/hsts' || r === 'nginx/timeouts'),
      [],
      'findings with preferred fixes are all fixed',
    );
    assert.deepEqual(await fixAllActions(document), [], 'fix all is idempotent: nothing left to fix');
    assert.ok(hardenlintDiagnostics(document.uri).length > 0, 'findings without a preferred fix remain');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
