import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ChecklistSection } from '../../rules/checklist/types';
import { CHECKLIST, allItems } from '../../rules/checklist';
import { ALL_RULES } from '../../rules';
import {
  buildStatus,
  computeStatus,
  evaluateChecks,
  indexRules,
  progressLabel,
  statusItems,
  type LocatedFinding,
} from '../../server/checklist/status';

const CATALOGUE: ChecklistSection[] = [
  {
    id: 'containers',
    title: 'Containers',
    subsections: [
      {
        id: 'compose',
        title: 'Compose',
        groups: [
          {
            id: 'runtime',
            title: 'Runtime',
            checkbox: true,
            items: [
              { id: 'runtime.no-privileged', title: 'No **privileged** containers' },
              { id: 'runtime.read-only', title: 'Read-only root' },
              { id: 'runtime.scanned', title: 'Images scanned' },
            ],
          },
        ],
      },
      {
        id: 'web',
        title: 'Web',
        groups: [{ id: 'tls', title: 'TLS', checkbox: false, items: [{ id: 'tls.modern', title: 'Modern TLS only' }] }],
      },
    ],
  },
];

const RULES = indexRules([
  { format: 'compose', meta: { id: 'compose/no-privileged', checklist: ['runtime.no-privileged'] } },
  { format: 'compose', meta: { id: 'compose/read-only', checklist: ['runtime.read-only'] } },
  { format: 'nginx', meta: { id: 'nginx/tls', checklist: ['tls.modern'] } },
]);

function finding(ruleId: string, checklist: string[], line: number, path = '/w/compose.yml'): LocatedFinding {
  return {
    ruleId,
    severity: 'error',
    message: `${ruleId} at ${line}`,
    path,
    range: { start: { line, character: 2 }, end: { line, character: 8 } },
    checklist,
  };
}

const composeFile = { path: '/w/compose.yml', format: 'compose' as const, complete: true };

describe('checklist status', () => {
  it('marks items failing, passing, not applicable and manual', () => {
    const status = computeStatus(
      { files: [composeFile], findings: [finding('compose/no-privileged', ['runtime.no-privileged'], 4)] },
      RULES,
      {},
      CATALOGUE,
    );
    const byId = new Map(statusItems(status).map((i) => [i.id, i]));
    assert.equal(byId.get('runtime.no-privileged')!.state, 'failing');
    assert.equal(byId.get('runtime.no-privileged')!.findings.length, 1);
    assert.equal(byId.get('runtime.read-only')!.state, 'passing');
    assert.equal(byId.get('runtime.scanned')!.state, 'manual');
    assert.equal(byId.get('runtime.scanned')!.automated, false);
    assert.equal(byId.get('tls.modern')!.state, 'not-applicable');
    assert.match(byId.get('tls.modern')!.check!.reason!, /nginx/);
  });

  it('counts children up the tree', () => {
    const status = computeStatus(
      {
        files: [composeFile],
        findings: [
          finding('compose/no-privileged', ['runtime.no-privileged'], 4),
          finding('compose/no-privileged', ['runtime.no-privileged'], 9),
        ],
      },
      RULES,
      { 'runtime.scanned': { status: 'verified', by: 'ana', at: '2026-01-02T00:00:00.000Z', evidence: 'trivy in CI' } },
      CATALOGUE,
    );
    const group = status.sections[0]!.subsections[0]!.groups[0]!;
    assert.deepEqual(
      { ...group.counts },
      { total: 3, passing: 1, failing: 1, notApplicable: 0, manual: 0, verified: 1, acceptedRisk: 0, findings: 2 },
    );
    assert.equal(progressLabel(group.counts), '2/3');
    assert.equal(status.counts.total, 4);
    assert.equal(status.counts.notApplicable, 1);
    assert.equal(progressLabel(status.sections[0]!.counts), '2/3');
    assert.equal(progressLabel(status.sections[0]!.subsections[1]!.counts), '0/0');
  });

  it('keeps an item with an accepted risk failing', () => {
    const checks = evaluateChecks({ files: [composeFile], findings: [finding('compose/read-only', ['runtime.read-only'], 3)] }, RULES);
    const risk = { status: 'accepted-risk' as const, by: 'ana', at: '2026-01-02T00:00:00.000Z', justification: 'legacy image writes to /tmp' };
    const status = buildStatus(checks, { 'runtime.read-only': risk, 'runtime.scanned': risk }, CATALOGUE);
    const byId = new Map(statusItems(status).map((i) => [i.id, i]));
    assert.equal(byId.get('runtime.read-only')!.state, 'failing');
    assert.deepEqual(byId.get('runtime.read-only')!.acceptedRisk, risk);
    assert.equal(byId.get('runtime.scanned')!.state, 'manual');
    assert.ok(byId.get('runtime.scanned')!.acceptedRisk);
    assert.equal(status.counts.acceptedRisk, 2);
    assert.equal(status.counts.failing, 1);
  });

  it('does not let evidence turn a failing automated item green', () => {
    const checks = evaluateChecks({ files: [composeFile], findings: [finding('compose/read-only', ['runtime.read-only'], 3)] }, RULES);
    const status = buildStatus(checks, { 'runtime.read-only': { status: 'verified', by: 'b', at: 'x' } }, CATALOGUE);
    const item = statusItems(status).find((i) => i.id === 'runtime.read-only')!;
    assert.equal(item.state, 'failing');
    assert.equal(item.verified?.by, 'b');
  });

  it('does not count unparsable files or disabled rules as checks', () => {
    const broken = { ...composeFile, complete: false };
    assert.equal(evaluateChecks({ files: [broken], findings: [] }, RULES).items['runtime.read-only']!.state, 'not-applicable');
    const disabled = { ...composeFile, disabledRules: ['compose/read-only'] };
    const checks = evaluateChecks({ files: [disabled], findings: [] }, RULES);
    assert.equal(checks.items['runtime.read-only']!.state, 'not-applicable');
    assert.equal(checks.items['runtime.no-privileged']!.state, 'passing');
  });

  it('sorts findings by file and line and keeps findings without items apart', () => {
    const checks = evaluateChecks(
      {
        files: [composeFile],
        findings: [
          finding('compose/no-privileged', ['runtime.no-privileged'], 9, '/w/b.yml'),
          finding('compose/no-privileged', ['runtime.no-privileged'], 7),
          finding('compose/no-privileged', ['runtime.no-privileged'], 2),
          finding('hardenlint/parse-error', [], 1),
        ],
      },
      RULES,
    );
    assert.deepEqual(
      checks.items['runtime.no-privileged']!.findings.map((f) => `${f.path}:${f.range.start.line}`),
      ['/w/b.yml:9', '/w/compose.yml:2', '/w/compose.yml:7'],
    );
    assert.equal(checks.otherFindings.length, 1);
    assert.deepEqual(checks.filesByFormat, { compose: 1 });
  });

  it('reports store ids the checklist does not know', () => {
    const status = buildStatus(evaluateChecks({ files: [], findings: [] }, RULES), { 'gone.item': { status: 'verified', by: 'a', at: 'b' } }, CATALOGUE);
    assert.deepEqual(status.unknownStoreIds, ['gone.item']);
  });

  it('covers every item of the real checklist', () => {
    const status = computeStatus({ files: [], findings: [] }, indexRules(ALL_RULES), {}, CHECKLIST);
    assert.equal(status.counts.total, allItems().length);
    const automated = new Set(ALL_RULES.flatMap((r) => r.meta.checklist));
    assert.equal(status.counts.notApplicable, automated.size);
    assert.equal(status.counts.manual, allItems().length - automated.size);
  });
});
