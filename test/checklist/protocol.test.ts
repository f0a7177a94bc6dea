import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  CHECKLIST_REFRESH_METHOD,
  CHECKLIST_STATUS_METHOD,
  ChecklistStatusNotification,
  toStatusParams,
} from '../../server/checklist/protocol';
import { evaluateChecks, indexRules, type LocatedFinding } from '../../server/checklist/status';
import { repoPath } from '../harness/paths';

const ITEM = 'runtime.no-privileged';
const finding: LocatedFinding = {
  ruleId: 'compose/no-privileged',
  severity: 'error',
  message: 'privileged',
  path: '/w/compose.yml',
  range: { start: { line: 3, character: 4 }, end: { line: 3, character: 20 } },
  checklist: [ITEM],
};

describe('checklist protocol', () => {
  it('names the messages', () => {
    assert.equal(CHECKLIST_STATUS_METHOD, 'hardenlint/checklistStatus');
    assert.equal(ChecklistStatusNotification.method, CHECKLIST_STATUS_METHOD);
    assert.equal(CHECKLIST_REFRESH_METHOD, 'hardenlint/checklistRefresh');
  });

  it('builds JSON-safe params with document URIs on every finding', () => {
    const checks = evaluateChecks(
      { files: [{ path: '/w/compose.yml', format: 'compose', complete: true }], findings: [finding, { ...finding, checklist: [] }] },
      indexRules([{ format: 'compose', meta: { id: 'compose/no-privileged', checklist: [ITEM] } }]),
    );
    const params = toStatusParams(
      { checks, skipped: [{ path: '/w/big/compose.yml', format: 'compose', reason: 'too large' }], configErrors: {} },
      { revision: 3, roots: ['/w'], scanning: false },
      (p) => pathToFileURL(p).href,
    );
    assert.deepEqual(JSON.parse(JSON.stringify(params)), params);
    assert.equal(params.checks.items[ITEM]!.findings[0]!.uri, 'file:///w/compose.yml');
    assert.equal(params.checks.otherFindings[0]!.uri, 'file:///w/compose.yml');
    assert.equal(params.skipped[0]!.uri, 'file:///w/big/compose.yml');
    assert.equal(params.revision, 3);
  });

  it('stays free of vscode so the client bundle and the server can both import it', () => {
    for (const file of ['server/checklist/protocol.ts', 'server/checklist/status.ts', 'server/checklist/store-format.ts']) {
      assert.doesNotMatch(readFileSync(repoPath(file), 'utf8'), /from 'vscode'/, file);
    }
  });
});
