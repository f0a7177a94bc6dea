import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { repoPath } from '../harness/paths';

interface Contributes {
  commands: { command: string; title: string }[];
  menus: Record<string, { command: string; when: string }[]>;
  views: Record<string, { id: string; name: string }[]>;
  viewsContainers: { activitybar: { id: string; title: string }[] };
  viewsWelcome: { view: string; contents: string; when: string }[];
}

const contributes = JSON.parse(readFileSync(repoPath('client/checklist/contributes.json'), 'utf8')) as Contributes;
const provider = readFileSync(repoPath('client/checklist/tree-provider.ts'), 'utf8');

describe('checklist view manifest pieces', () => {
  it('declares the Hardening container and the Security Checklist view', () => {
    assert.deepEqual(contributes.viewsContainers.activitybar.map((c) => [c.id, c.title]), [['hardenlint', 'Hardening']]);
    assert.deepEqual(contributes.views.hardenlint!.map((v) => [v.id, v.name]), [['hardenlint.checklist', 'Security Checklist']]);
    assert.ok(contributes.viewsWelcome.some((w) => w.view === 'hardenlint.checklist' && w.when === 'hardenlint.checklist.noConfigFiles'));
    assert.match(provider, /'hardenlint\.checklist\.noConfigFiles'/);
    assert.match(provider, /VIEW_ID = 'hardenlint\.checklist'/);
  });

  it('declares exactly the commands the view registers, and menus use declared commands', () => {
    const registered = [...provider.matchAll(/command\('(hardenlint\.checklist\.[A-Za-z]+)'/g)].map((m) => m[1]).sort();
    const declared = contributes.commands.map((c) => c.command).sort();
    assert.deepEqual(declared, registered);
    for (const name of ['filterFailing', 'filterManual', 'filterAll', 'addEvidence', 'acceptRisk', 'showRuleDocs', 'exportReport']) {
      assert.ok(declared.includes(`hardenlint.checklist.${name}`), name);
    }
    for (const [menu, entries] of Object.entries(contributes.menus)) {
      for (const entry of entries) assert.ok(declared.includes(entry.command), `${menu}: ${entry.command}`);
    }
  });

  it('is merged into the extension manifest', () => {
    const manifest = JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as { contributes: Contributes & { configuration: { properties: Record<string, unknown> } } };
    const declared = new Set(manifest.contributes.commands.map((c) => c.command));
    for (const c of contributes.commands) assert.ok(declared.has(c.command), c.command);
    assert.deepEqual(manifest.contributes.views, contributes.views);
    assert.deepEqual(manifest.contributes.viewsContainers, contributes.viewsContainers);
    assert.deepEqual(manifest.contributes.viewsWelcome, contributes.viewsWelcome);
    assert.deepEqual(manifest.contributes.menus, contributes.menus);
    assert.ok(manifest.contributes.configuration.properties['hardenlint.exclude']);
  });
});
