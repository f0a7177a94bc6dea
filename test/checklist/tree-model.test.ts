import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CHECKLIST, allItems, plainTitle } from '../../rules/checklist';
import { readChecklistMarkdown } from '../../server/engine/checklist-markdown';
import { computeStatus, indexRules, type LocatedFinding } from '../../server/checklist/status';
import type { StoreEntry } from '../../server/checklist/store-format';
import { buildTree, flatten, progressTitle, type ChecklistFilter } from '../../client/checklist/tree-model';
import { repoPath } from '../harness/paths';
import { BIND_ITEM, TEST_RULES } from './fixtures/test-linter';

const PRIVILEGED_ITEM = 'container-runtime-security.container-capabilities-dropped-where-unnecessary';
const MANUAL_ITEM = 'operating-system-updates.latest-os-patches-installed';
const RISK_ITEM = 'operating-system-updates.automatic-security-updates-enabled';

const privileged: LocatedFinding = {
  ruleId: 'compose/no-privileged',
  severity: 'error',
  message: 'Service runs privileged.',
  path: '/w/stack/compose.yml',
  range: { start: { line: 4, character: 4 }, end: { line: 4, character: 20 } },
  checklist: ['container-runtime-security.container-capabilities-dropped-where-unnecessary', 'container-hardening.security-profiles-applied'],
};

const store: Record<string, StoreEntry> = {
  [MANUAL_ITEM]: { status: 'verified', by: 'ana', at: '2026-01-01T00:00:00.000Z', evidence: 'patched' },
  [RISK_ITEM]: { status: 'accepted-risk', by: 'bo', at: '2026-01-01T00:00:00.000Z', justification: 'manual patch window' },
};

function tree(filter: ChecklistFilter) {
  const status = computeStatus(
    { files: [{ path: '/w/stack/compose.yml', format: 'compose', complete: true }], findings: [privileged] },
    indexRules(TEST_RULES),
    store,
    CHECKLIST,
  );
  return { status, nodes: buildTree({ status, roots: ['/w'], filter }) };
}

describe('checklist tree model', () => {
  it('shows all 266 checkbox lines of the checklist with their exact titles, in order', () => {
    const markdown = readChecklistMarkdown(readFileSync(repoPath('docs/security-hardening-checklist.md'), 'utf8'));
    const expected = markdown.filter((e) => e.checkbox).map((e) => plainTitle(e.title));
    const shown = flatten(tree('all').nodes).filter((n) => n.checklistLine).map((n) => n.label);
    assert.equal(shown.length, 266);
    assert.deepEqual(shown, expected);
    const sections = tree('all').nodes.filter((n) => n.kind === 'section').map((n) => n.label);
    assert.deepEqual(sections, CHECKLIST.map((s) => s.title));
  });

  it('gives each status its icon, description and checkbox', () => {
    const byItem = new Map(flatten(tree('all').nodes).filter((n) => n.itemId).map((n) => [n.itemId!, n]));
    const failing = byItem.get(PRIVILEGED_ITEM)!;
    assert.equal(failing.icon?.id, 'error');
    assert.equal(failing.description, '1 finding');
    assert.equal(failing.checkbox, undefined);
    assert.equal(failing.contextValue, 'item.failing');
    const passing = byItem.get('container-hardening.read-only-root-filesystem') ?? [...byItem.values()].find((n) => n.contextValue === 'item.passing')!;
    assert.equal(passing.icon?.id, 'pass');
    assert.equal(passing.description, 'passing');
    const na = byItem.get(BIND_ITEM)!;
    assert.equal(na.icon?.id, 'circle-slash');
    assert.equal(na.description, 'not applicable');
    assert.match(na.tooltip!, /no redis files/);
    const verified = byItem.get(MANUAL_ITEM)!;
    assert.equal(verified.icon?.id, 'verified');
    assert.equal(verified.checkbox, 'checked');
    assert.equal(verified.description, 'verified by ana');
    const risk = byItem.get(RISK_ITEM)!;
    assert.equal(risk.icon?.id, 'warning');
    assert.equal(risk.checkbox, 'unchecked');
    assert.equal(risk.description, 'manual · accepted risk');
    assert.equal(risk.contextValue, 'item.manual.acceptedRisk');
    const manual = byItem.get('operating-system-updates.unnecessary-services-disabled')!;
    assert.equal(manual.icon, undefined);
    assert.equal(manual.checkbox, 'unchecked');
    assert.equal(manual.description, 'manual');
  });

  it('lists findings under their item as file:line — message, with a location to open', () => {
    const failing = flatten(tree('all').nodes).find((n) => n.itemId === PRIVILEGED_ITEM)!;
    assert.equal(failing.collapsible, 'collapsed');
    assert.equal(failing.children.length, 1);
    const finding = failing.children[0]!;
    assert.equal(finding.label, 'stack/compose.yml:5 — Service runs privileged.');
    assert.equal(finding.description, 'compose/no-privileged');
    assert.deepEqual(finding.location, { path: '/w/stack/compose.yml', range: privileged.range });
  });

  it('shows counts on groups, subsections and sections', () => {
    const nodes = flatten(tree('all').nodes);
    const group = nodes.find((n) => n.id === 'group:operating-system-updates')!;
    assert.equal(group.description, '1/5');
    const runtime = nodes.find((n) => n.id === 'group:container-runtime-security')!;
    assert.match(runtime.description!, /^\d+\/\d+ · 1 failing$/);
    assert.equal(runtime.icon?.id, 'error');
    assert.equal(runtime.collapsible, 'expanded');
    const redis = nodes.find((n) => n.id === 'subsection:redis-security')!;
    assert.equal(redis.description, '0/4', 'two automated redis items are not applicable');
    const { status } = tree('all');
    assert.equal(progressTitle(status), `${status.counts.passing + 1}/${allItems().length - status.counts.notApplicable} done · 2 failing · ${status.counts.manual} to verify · 1 accepted risk`);
  });

  it('filters to failing items or manual items, keeping only the branches that hold them', () => {
    const failing = flatten(tree('failing').nodes).filter((n) => n.kind === 'item');
    assert.deepEqual(failing.map((n) => n.itemId).sort(), [PRIVILEGED_ITEM, 'container-hardening.security-profiles-applied'].sort());
    assert.ok(flatten(tree('failing').nodes).every((n) => n.kind !== 'group' || n.children.length > 0));
    const manual = flatten(tree('manual').nodes).filter((n) => n.kind === 'item');
    const automated = new Set(TEST_RULES.flatMap((r) => r.meta.checklist));
    assert.equal(manual.length, allItems().filter((i) => !automated.has(i.id)).length);
    assert.ok(manual.every((n) => n.checkbox !== undefined));
  });
});
