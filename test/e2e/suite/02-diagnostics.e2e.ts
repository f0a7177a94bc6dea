import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { describe, it } from './bdd';
import { describeDiagnostics, findDiagnostic, formatRange, openDocument, range, ruleOf, waitForDiagnostics } from './helpers';

const { Error: E, Warning: W } = vscode.DiagnosticSeverity;

interface Expected {
  rule: string;
  range: vscode.Range;
  severity: vscode.DiagnosticSeverity;
}

/** Per fixture file: findings that must be there, at these exact ranges (0-based). */
const EXPECTED: Record<string, Expected[]> = {
  'docker-compose.yml': [
    { rule: 'compose/port-published-on-all-interfaces', range: range(5, 8, 5, 17), severity: W },
    { rule: 'compose/no-privileged', range: range(6, 4, 6, 20), severity: E },
    { rule: 'compose/database-port-published', range: range(13, 8, 13, 19), severity: E },
    { rule: 'compose/no-latest-tag', range: range(16, 11, 16, 16), severity: W },
  ],
  'nginx/nginx.conf': [
    { rule: 'nginx/server-tokens', range: range(3, 18, 3, 20), severity: W },
    { rule: 'nginx/ssl-protocols', range: range(10, 22, 10, 27), severity: E },
  ],
  'postgresql/postgresql.conf': [
    { rule: 'postgresql/ssl-enabled', range: range(2, 6, 2, 9), severity: W },
    { rule: 'postgresql/password-encryption', range: range(3, 22, 3, 25), severity: W },
  ],
  'postgresql/pg_hba.conf': [{ rule: 'pg-hba/trust', range: range(2, 38, 2, 43), severity: E }],
  'redis/redis.conf': [
    { rule: 'redis/no-bind-all-interfaces', range: range(1, 5, 1, 12), severity: W },
    { rule: 'redis/protected-mode', range: range(2, 15, 2, 17), severity: E },
  ],
};

describe('diagnostics', () => {
  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`${file}: ${expected.map((e) => e.rule).join(', ')} at their exact ranges`, async () => {
      const document = await openDocument(file);
      const list = await waitForDiagnostics(
        document.uri,
        (l) => expected.every((e) => findDiagnostic(l, e.rule) !== undefined),
        `${expected.map((e) => e.rule).join(', ')}`,
      );
      for (const e of expected) {
        const found = findDiagnostic(list, e.rule, e.range);
        assert.ok(found, `${e.rule} is not at ${formatRange(e.range)}; diagnostics:\n  ${describeDiagnostics(list)}`);
        assert.equal(found.severity, e.severity, `${e.rule} severity`);
        assert.ok(found.message.length > 0, `${e.rule} has a message`);
      }
      // Every diagnostic names its rule, and its range lies inside the document.
      for (const d of list) {
        assert.match(ruleOf(d) ?? '', /^[a-z-]+\/[a-z0-9-]+$/, `rule id of "${d.message}"`);
        assert.ok(document.validateRange(d.range).isEqual(d.range), `${ruleOf(d)} range ${formatRange(d.range)} is outside the document`);
      }
    });
  }

  it('a rule id links to its documentation', async () => {
    const document = await openDocument('nginx/nginx.conf');
    const list = await waitForDiagnostics(document.uri, (l) => findDiagnostic(l, 'nginx/server-tokens') !== undefined, 'nginx/server-tokens');
    const code = findDiagnostic(list, 'nginx/server-tokens')!.code;
    assert.ok(typeof code === 'object' && code.target instanceof vscode.Uri, `code should carry a documentation link, got ${JSON.stringify(code)}`);
    assert.match(code.target.toString(), /server-tokens\.md$/);
  });

  it('hovering a finding shows its checklist items, linked to the checklist', async () => {
    const document = await openDocument('nginx/nginx.conf');
    const list = await waitForDiagnostics(document.uri, (l) => findDiagnostic(l, 'nginx/server-tokens') !== undefined, 'nginx/server-tokens');
    const d = findDiagnostic(list, 'nginx/server-tokens')!;
    const hovers = (await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, d.range.start)) as vscode.Hover[];
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /`nginx\/server-tokens` checklist: \[[^\]]+\]\(file:\/\/\S+security-hardening-checklist\.md#L\d+\)/, text);
  });
});
