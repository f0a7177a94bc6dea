import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runReport, type ReportIo } from '../../server/cli/checklist-report';
import { applyStoreChange, acceptedRiskEntry, verifiedEntry } from '../../server/checklist/store';
import { CHECKLIST, allItems, plainTitle } from '../../rules/checklist';
import { BIND_ITEM, createTestLinter } from './fixtures/test-linter';

const PRIVILEGED_ITEM = 'container-runtime-security.container-capabilities-dropped-where-unnecessary';
const MANUAL_ITEM = 'operating-system-updates.latest-os-patches-installed';
const AT = new Date('2026-03-04T05:06:07.000Z');

let root: string;
beforeEach(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), 'hardenlint-report-')));
  write('stack/compose.yml', 'services:\n  web:\n    image: nginx:1.27\n    read_only: true\n    privileged: true\n');
  write('cache/redis.conf', '# cache\nbind 0.0.0.0\n');
  applyStoreChange(root, MANUAL_ITEM, verifiedEntry('ana', 'unattended-upgrades on every host,\nchecked weekly', AT));
  applyStoreChange(root, BIND_ITEM, acceptedRiskEntry('bo', 'Private network only; firewall blocks 6379', AT));
});

function write(rel: string, text: string): void {
  const path = join(root, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

function run(args: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const io: ReportIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: root, linter: createTestLinter(), now: AT };
  const code = runReport(args, io);
  return { code, stdout, stderr };
}

describe('checklist report', () => {
  it('writes Markdown with totals, every section and group, statuses, findings as file:line, evidence and accepted risks', () => {
    const { code, stdout } = run(['.']);
    assert.equal(code, 0);
    assert.match(stdout, /^# Security hardening checklist report\n/);
    assert.ok(stdout.includes('Generated 2026-03-04T05:06:07.000Z'));
    assert.ok(stdout.includes('| Failing | 3 (2 findings) |'), 'no-privileged names two items; each finding counts once');
    assert.ok(stdout.includes('| Verified by hand | 1 |'));
    assert.ok(stdout.includes('| Accepted risks | 1 |'));
    assert.ok(stdout.includes('Files checked: compose 1, redis 1.'));
    for (const section of CHECKLIST) {
      assert.ok(stdout.includes(`\n## ${section.title} — `), section.title);
      for (const group of section.subsections.flatMap((s) => s.groups)) assert.ok(stdout.includes(`\n#### ${group.title} — `), group.title);
    }
    for (const item of allItems()) assert.ok(stdout.includes(`] ${item.title} — **`), item.title);
    assert.match(stdout, /- \[ \] Container capabilities dropped where unnecessary — \*\*failing\*\*\n {2}- `stack\/compose\.yml:5` — Service runs privileged[^\n]*\(`compose\/no-privileged`\)/);
    assert.match(stdout, /\*\*failing \(accepted risk\)\*\*\n {2}- `cache\/redis\.conf:2` — Redis listens on every interface\. \(`redis\/test-bind-all`\)\n {2}- Risk accepted by bo on 2026-03-04: Private network only; firewall blocks 6379/);
    assert.match(stdout, /- \[x\] Latest OS patches installed — \*\*verified\*\*\n {2}- Verified by ana on 2026-03-04: unattended-upgrades on every host, checked weekly/);
    assert.match(stdout, /- \[ \] Automatic security updates enabled — \*\*manual, not verified\*\*/);
    assert.match(stdout, /— \*\*passing\*\*\n {2}- Checked by `compose\/read-only-root-filesystem` in 1 file\./);
  });

  it('writes JSON with the tree, counts and relative findings', () => {
    const { code, stdout } = run(['--format', 'json', '.']);
    assert.equal(code, 0);
    const report = JSON.parse(stdout);
    assert.equal(report.generatedAt, AT.toISOString());
    assert.deepEqual(report.roots, [root]);
    assert.equal(report.totals.total, allItems().length);
    assert.equal(report.totals.failing, 3);
    assert.equal(report.totals.distinctFindings, 2);
    assert.equal(report.totals.verified, 1);
    assert.equal(report.sections.length, CHECKLIST.length);
    const items = report.sections.flatMap((s: any) => s.subsections.flatMap((u: any) => u.groups.flatMap((g: any) => g.items)));
    assert.equal(items.length, allItems().length);
    const privileged = items.find((i: any) => i.id === PRIVILEGED_ITEM);
    assert.equal(privileged.status, 'failing');
    assert.deepEqual(privileged.findings[0], {
      file: 'stack/compose.yml',
      line: 5,
      column: 5,
      ruleId: 'compose/no-privileged',
      severity: 'error',
      message: privileged.findings[0].message,
    });
    const bind = items.find((i: any) => i.id === BIND_ITEM);
    assert.equal(bind.acceptedRisk.justification, 'Private network only; firewall blocks 6379');
    const manual = items.find((i: any) => i.id === MANUAL_ITEM);
    assert.equal(manual.status, 'verified');
    assert.equal(manual.title, plainTitle(manual.title));
    assert.equal(report.totals.done, report.totals.passing + report.totals.verified);
  });

  it('writes to a file with --output and reports one file given by path', () => {
    const { code, stderr } = run(['--output', 'out.md', 'cache/redis.conf']);
    assert.equal(code, 0);
    assert.match(stderr, /wrote out\.md/);
    const text = readFileSync(join(root, 'out.md'), 'utf8');
    assert.ok(text.includes('Files checked: redis 1.'));
    assert.ok(text.includes('`cache/redis.conf:2`'));
  });

  it('fails clearly on a malformed checklist file and on bad usage', () => {
    write('.hardenlint/checklist.json', '{"version": 1, "items": {"x": {"status": "nope"}}}');
    const broken = run(['.']);
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /checklist\.json: item "x"/);
    assert.equal(run(['--format', 'html', '.']).code, 2);
    assert.equal(run(['missing-folder']).code, 2);
    assert.match(run(['--help']).stdout, /Usage: hardenlint report/);
  });
});
