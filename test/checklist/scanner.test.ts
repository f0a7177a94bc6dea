import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { WorkspaceScanner, type ScannerOptions } from '../../server/workspace/scanner';
import { evaluateChecks, indexRules } from '../../server/checklist/status';
import { BIND_ITEM, INCLUDE_ITEM, TEST_RULES, createTestLinter } from './fixtures/test-linter';

const PRIVILEGED_ITEM = 'container-runtime-security.container-capabilities-dropped-where-unnecessary';
const PRIVILEGED = 'services:\n  web:\n    image: nginx:1.27\n    privileged: true\n';
const SAFE = 'services:\n  web:\n    image: nginx:1.27\n    read_only: true\n';

let root: string;
beforeEach(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), 'hardenlint-scan-')));
});

function write(rel: string, text: string): string {
  const path = join(root, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

function scanner(options: Partial<ScannerOptions> = {}): WorkspaceScanner {
  return new WorkspaceScanner({ linter: createTestLinter(), roots: [root], ...options });
}

function states(s: WorkspaceScanner): Record<string, string> {
  const checks = evaluateChecks(s.snapshot(), indexRules(TEST_RULES));
  return Object.fromEntries([PRIVILEGED_ITEM, BIND_ITEM, INCLUDE_ITEM].map((id) => [id, checks.items[id]!.state]));
}

function paths(s: WorkspaceScanner): string[] {
  return s.snapshot().files.map((f) => f.path.slice(root.length + 1));
}

describe('workspace scanner', () => {
  it('lints every config file of several formats and skips dependency, VCS, ignored and excluded folders', async () => {
    write('deploy/compose.yaml', PRIVILEGED);
    write('cache/redis.conf', 'bind 127.0.0.1\n');
    write('node_modules/pkg/compose.yml', PRIVILEGED);
    write('.git/compose.yml', PRIVILEGED);
    write('vendor/compose.yml', PRIVILEGED);
    write('build/redis.conf', 'bind 0.0.0.0\n');
    write('notes.txt', 'privileged: true');
    write('.hardenlint.yaml', 'ignore: ["vendor/**"]\n');
    const s = scanner({ exclude: ['**/build'] });
    assert.equal(await s.scan(), true);
    assert.deepEqual(paths(s), ['cache/redis.conf', 'deploy/compose.yaml']);
    assert.deepEqual(states(s), { [PRIVILEGED_ITEM]: 'failing', [BIND_ITEM]: 'passing', [INCLUDE_ITEM]: 'passing' });
    const finding = s.snapshot().findings.find((f) => f.ruleId === 'compose/no-privileged')!;
    assert.deepEqual(finding.range, { start: { line: 3, character: 4 }, end: { line: 3, character: 20 } });
  });

  it('skips oversized files with a reason', async () => {
    write('redis.conf', `bind 0.0.0.0\n# ${'x'.repeat(200)}\n`);
    const s = scanner({ maxFileSize: 100 });
    await s.scan();
    assert.deepEqual(paths(s), []);
    assert.match(s.snapshot().skipped[0]!.reason, /larger than 100 bytes/);
    assert.equal(states(s)[BIND_ITEM], 'not-applicable');
  });

  it('reports unknown rule ids in .hardenlint.yaml among the configuration problems, as the CLI and the editor do', async () => {
    write('docker-compose.yml', SAFE);
    const config = write('.hardenlint.yaml', 'rules:\n  compose/no-privilegd: off\n');
    const s = scanner();
    await s.scan();
    assert.deepEqual(s.snapshot().configErrors, { [config]: ['rules.compose/no-privilegd: unknown rule id; did you mean compose/no-privileged?'] });
  });

  it('does not count a file that cannot be parsed as a check', async () => {
    write('redis.conf', 'BROKEN\n');
    const s = scanner();
    await s.scan();
    assert.equal(s.snapshot().files[0]!.complete, false);
    assert.equal(states(s)[BIND_ITEM], 'not-applicable');
  });

  it('updates on create, change and delete, re-linting only what changed', async () => {
    const compose = write('compose.yml', SAFE);
    const s = scanner();
    await s.scan();
    assert.deepEqual(states(s), { [PRIVILEGED_ITEM]: 'passing', [BIND_ITEM]: 'not-applicable', [INCLUDE_ITEM]: 'not-applicable' });
    const revision = s.revision;

    const redis = write('db/redis.conf', 'bind 0.0.0.0\n');
    await s.update([{ path: redis, kind: 'created' }]);
    assert.equal(states(s)[BIND_ITEM], 'failing');
    assert.ok(s.revision > revision);

    writeFileSync(compose, PRIVILEGED);
    await s.update([{ path: compose, kind: 'changed' }]);
    assert.equal(states(s)[PRIVILEGED_ITEM], 'failing');

    const unchanged = s.revision;
    await s.update([{ path: compose, kind: 'changed' }]);
    assert.equal(s.revision, unchanged, 'same result, same revision');

    rmSync(join(root, 'db'), { recursive: true });
    await s.update([{ path: join(root, 'db'), kind: 'deleted' }]);
    assert.deepEqual(paths(s), ['compose.yml']);
    assert.equal(states(s)[BIND_ITEM], 'not-applicable');

    const folder = join(root, 'stack');
    write('stack/docker-compose.yml', SAFE);
    write('stack/inner/redis-cache.conf', 'bind 10.0.0.1\n');
    await s.update([{ path: folder, kind: 'created' }]);
    assert.deepEqual(paths(s), ['compose.yml', 'stack/docker-compose.yml', 'stack/inner/redis-cache.conf']);
  });

  it('re-lints a file when a file its rules read changes', async () => {
    write('redis.conf', 'include extra.inc\n');
    const extra = write('extra.inc', 'protected-mode yes\n');
    const s = scanner();
    await s.scan();
    assert.equal(states(s)[INCLUDE_ITEM], 'passing');
    writeFileSync(extra, 'protected-mode no\n');
    await s.update([{ path: extra, kind: 'changed' }]);
    assert.equal(states(s)[INCLUDE_ITEM], 'failing');
  });

  it('rescans when the configuration changes', async () => {
    write('compose.yml', PRIVILEGED);
    const s = scanner();
    await s.scan();
    assert.equal(states(s)[PRIVILEGED_ITEM], 'failing');
    const config = write('.hardenlint.yaml', 'rules:\n  compose/no-privileged: off\n');
    await s.update([{ path: config, kind: 'created' }]);
    assert.deepEqual(s.snapshot().findings.map((f) => f.ruleId), ['compose/read-only-root-filesystem']);
    assert.deepEqual(s.snapshot().files[0]!.disabledRules, ['compose/no-privileged']);
  });

  it('reads open documents before the disk', async () => {
    const compose = write('compose.yml', SAFE);
    const open = new Map<string, string>();
    const s = scanner({ overlay: (p) => open.get(p) });
    await s.scan();
    assert.equal(states(s)[PRIVILEGED_ITEM], 'passing');
    open.set(compose, PRIVILEGED);
    await s.update([{ path: compose, kind: 'changed' }]);
    assert.equal(states(s)[PRIVILEGED_ITEM], 'failing');
    open.delete(compose);
    await s.update([{ path: compose, kind: 'changed' }]);
    assert.equal(states(s)[PRIVILEGED_ITEM], 'passing');
  });

  it('yields to the event loop between slices and reports progress', async () => {
    for (let i = 0; i < 30; i++) write(`s${String(i).padStart(2, '0')}/compose.yml`, i % 2 ? PRIVILEGED : SAFE);
    const progress: [number, number][] = [];
    const s = scanner({ sliceMs: 0, onProgress: (done, total) => progress.push([done, total]) });
    let otherWorkRanDuringScan = false;
    let finished = false;
    setImmediate(() => {
      otherWorkRanDuringScan = !finished;
    });
    await s.scan();
    finished = true;
    assert.ok(otherWorkRanDuringScan, 'the scan let other callbacks run before it finished');
    assert.deepEqual(progress.at(-1), [30, 30]);
    assert.ok(progress.length > 2);
    assert.equal(s.snapshot().findings.filter((f) => f.ruleId === 'compose/no-privileged').length, 15);
  });

  it('stops when cancelled and keeps the earlier results', async () => {
    write('compose.yml', SAFE);
    const token = { isCancellationRequested: false };
    const s = scanner({ sliceMs: 0, onProgress: (done) => { if (done >= 3) token.isCancellationRequested = true; } });
    await s.scan();
    for (let i = 0; i < 20; i++) write(`s${i}/compose.yml`, PRIVILEGED);
    assert.equal(await s.scan(token), false);
    assert.deepEqual(paths(s), ['compose.yml']);
  });

  it('lets a newer scan supersede one in progress', async () => {
    for (let i = 0; i < 10; i++) write(`s${i}/compose.yml`, SAFE);
    const s = scanner({ sliceMs: 0 });
    const first = s.scan();
    const second = s.scan();
    assert.equal(await first, false);
    assert.equal(await second, true);
    assert.equal(paths(s).length, 10);
  });

  it("takes results linted elsewhere (the open document's diagnostics) without linting again", async () => {
    const compose = write('compose.yml', SAFE);
    const s = scanner({ exclude: ['skipped/**'] });
    await s.scan();
    const linter = createTestLinter();
    const format = linter.format('compose')!;
    const doc = linter.parse(format, PRIVILEGED);
    s.recordResult(compose, { format: 'compose', source: doc.source, findings: linter.run(doc, { path: compose }) });
    assert.equal(states(s)[PRIVILEGED_ITEM], 'failing');
    assert.deepEqual(s.snapshot().findings.find((f) => f.ruleId === 'compose/no-privileged')!.range.start, { line: 3, character: 4 });
    s.recordResult(join(root, 'skipped', 'compose.yml'), { format: 'compose', source: doc.source, findings: [] });
    s.recordResult('/elsewhere/compose.yml', { format: 'compose', source: doc.source, findings: [] });
    assert.deepEqual(paths(s), ['compose.yml']);
    s.recordResult(compose, { format: 'compose', source: doc.source, findings: [], skipped: 'ignored by configuration' });
    assert.deepEqual(paths(s), []);
  });

  it('holds back further files while paused, so an edited document is linted first', async () => {
    for (let i = 0; i < 3; i++) write(`s${i}/compose.yml`, SAFE);
    const s = scanner({ sliceMs: 0 });
    const linted: number[] = [];
    const start = performance.now();
    const scan = new WorkspaceScanner({ linter: createTestLinter(), roots: [root], sliceMs: 0, onProgress: (done) => done > 0 && linted.push(performance.now() - start) });
    scan.pauseFor(80);
    assert.equal(await scan.scan(), true);
    assert.ok(linted[0]! >= 75, `first file linted after ${linted[0]} ms`);
    assert.equal(paths(scan).length, 3);
    assert.equal(await s.scan(), true, 'an unpaused scanner runs straight away');
  });
});
