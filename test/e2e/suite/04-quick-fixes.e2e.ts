import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { describe, it } from './bdd';
import { codeActionsAt, findDiagnostic, ruleOf, hasDiagnostic, lacksDiagnostic, range, waitForDiagnostics, waitForText } from './helpers';
import { openScratchCopy } from './scratch';

interface Case {
  fixture: string;
  rule: string;
  range: vscode.Range;
  /** The line the preferred fix leaves (`null`: the line is removed). */
  line: number;
  fixedLine: string | null;
}

const CASES: Case[] = [
  { fixture: 'docker-compose.yml', rule: 'compose/no-privileged', range: range(6, 4, 6, 20), line: 6, fixedLine: null },
  { fixture: 'nginx/nginx.conf', rule: 'nginx/server-tokens', range: range(3, 18, 3, 20), line: 3, fixedLine: '    server_tokens off;' },
  { fixture: 'postgresql/postgresql.conf', rule: 'postgresql/password-encryption', range: range(3, 22, 3, 25), line: 3, fixedLine: "password_encryption = 'scram-sha-256'" },
  { fixture: 'postgresql/pg_hba.conf', rule: 'pg-hba/trust', range: range(2, 38, 2, 43), line: 2, fixedLine: 'host    all       all   10.0.0.0/8    scram-sha-256' },
  { fixture: 'redis/redis.conf', rule: 'redis/protected-mode', range: range(2, 15, 2, 17), line: 2, fixedLine: 'protected-mode yes' },
];

function overlaps(a: vscode.Range, b: vscode.Range): boolean {
  const common = a.intersection(b);
  return common !== undefined && !common.isEmpty;
}

describe('quick fixes', () => {
  for (const c of CASES) {
    it(`${c.rule}: offered, the preferred one edits the line, and the diagnostic goes away`, async () => {
      const document = await openScratchCopy(c.fixture, 'quick-fix');
      const before = document.getText().split('\n');
      const list = await waitForDiagnostics(document.uri, hasDiagnostic(c.rule, c.range), c.rule);
      const diagnostic = findDiagnostic(list, c.rule, c.range)!;

      // The range holds only this finding, so every action returned is for it
      // (`vscode.executeCodeActionProvider` does not return `CodeAction.diagnostics`).
      assert.deepEqual(list.filter((d) => overlaps(d.range, c.range)).map(ruleOf), [c.rule], 'one finding at the range');
      const actions = await codeActionsAt(document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
      const titles = actions.map((a) => a.title);
      const preferred = actions.filter((a) => a.isPreferred);
      assert.equal(preferred.length, 1, `exactly one preferred fix for ${c.rule}; offered: ${JSON.stringify(titles)}`);
      assert.ok(titles.includes(`Disable ${c.rule} for this line`), `suppression offered; offered: ${JSON.stringify(titles)}`);
      assert.ok(preferred[0]!.edit, 'the preferred fix carries an edit');

      assert.equal(await vscode.workspace.applyEdit(preferred[0]!.edit!), true, 'applyEdit');
      const after = (await waitForText(document, (t) => t !== before.join('\n'), 'the fix to apply')).split('\n');
      if (c.fixedLine === null) {
        assert.deepEqual(after, [...before.slice(0, c.line), ...before.slice(c.line + 1)], 'only the reported line is removed');
      } else {
        assert.deepEqual(after, [...before.slice(0, c.line), c.fixedLine, ...before.slice(c.line + 1)], 'only the reported line changes');
      }
      await waitForDiagnostics(document.uri, lacksDiagnostic(c.rule), `${c.rule} to disappear`);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    });
  }
});
