/**
 * The language server over stdio (the bundled dist/server.js): keystroke
 * latency on a 5,000-line file, time to first diagnostics, and a 1,000-file
 * workspace scan with and without the server around it.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { Linter } from '../../../server/engine/linter';
import { WorkspaceScanner } from '../../../server/workspace/scanner';
import { TestClient } from '../../lsp/lsp-client';
import { generateCompose } from '../bench';
import { corpusByFormat } from './inputs';
import { ms, percentile, type Row } from './measure';

const SMALL = 'services:\n  web:\n    image: nginx:1.27\n    privileged: true\n';

export async function keystrokeRows(lines: number, edits: number): Promise<Row[]> {
  const text = generateCompose(lines);
  const client = new TestClient();
  client.settings = { debounceMs: 0 };
  const section = `lsp: typing into a ${lines}-line compose file`;
  try {
    const dir = mkdtempSync(join(tmpdir(), 'hardenlint-bench-lsp-'));
    await client.initialize(pathToFileURL(dir).href, { workspaceTrusted: true });
    const uri = pathToFileURL(join(dir, 'docker-compose.yml')).href;
    const t0 = performance.now();
    const opened = client.waitForDiagnostics(uri, (p) => p.version === 1, 60_000);
    await client.open(uri, 'dockercompose', text);
    await opened;
    const firstMs = performance.now() - t0;
    const docLines = text.split('\n');
    const comments = docLines.map((l, i) => (l.trimStart().startsWith('# service') ? i : -1)).filter((i) => i >= 0);
    const targets = [comments[1]!, comments[Math.floor(comments.length / 2)]!, comments[comments.length - 2]!];
    const times: number[] = [];
    for (let k = 0; k < edits; k++) {
      const version = k + 2;
      const line = targets[k % targets.length]!;
      const character = docLines[line]!.length;
      docLines[line] += 'x';
      const published = client.waitForDiagnostics(uri, (p) => p.version === version, 60_000);
      const start = performance.now();
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }],
      });
      await published;
      times.push(performance.now() - start);
    }
    const p95 = percentile(times, 95);
    return [
      { section, measure: 'didOpen → first publishDiagnostics', value: ms(firstMs) },
      { section, measure: `didChange → publishDiagnostics p50 (${edits} keystrokes, debounce 0)`, value: ms(percentile(times, 50)) },
      { section, measure: 'didChange → publishDiagnostics p95', value: ms(p95), target: '< 50 ms', met: p95 < 50 },
      { section, measure: 'didChange → publishDiagnostics p99', value: ms(percentile(times, 99)) },
    ];
  } finally {
    await client.shutdown();
  }
}

/** A workspace of `count` config files copied from the corpus (cycled), in nested project folders. */
export function corpusWorkspace(linter: Linter, count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'hardenlint-bench-ws-'));
  const samples = [...corpusByFormat(linter).values()].flat();
  const names: Record<string, string> = { compose: 'docker-compose.yml', postgresql: 'postgresql.conf', 'pg-hba': 'pg_hba.conf', redis: 'redis.conf' };
  for (let i = 0; i < count; i++) {
    const s = samples[i % samples.length]!;
    const folder = join(dir, `project${Math.floor(i / 10)}`, `part${i % 10}`);
    mkdirSync(folder, { recursive: true });
    const name = names[s.format] ?? (s.path.endsWith('nginx.conf') ? 'nginx.conf' : join('nginx', 'conf.d', `site${i}.conf`));
    mkdirSync(join(folder, name, '..'), { recursive: true });
    cpSync(s.path, join(folder, name));
  }
  return dir;
}

export async function workspaceRows(linter: Linter, count: number): Promise<Row[]> {
  const dir = corpusWorkspace(linter, count);
  const section = `workspace: ${count} config files`;
  const rows: Row[] = [];

  const scanner = new WorkspaceScanner({ linter, roots: [dir] });
  const t0 = performance.now();
  await scanner.scan();
  const scanMs = performance.now() - t0;
  const snapshot = scanner.snapshot();
  rows.push({ section, measure: `scanner alone: full scan (${snapshot.files.length} linted, ${snapshot.skipped.length} skipped)`, value: ms(scanMs), target: '< 5 s', met: scanMs < 5000 });

  const client = new TestClient();
  try {
    await client.initialize(pathToFileURL(dir).href, { workspaceTrusted: true });
    const active = pathToFileURL(join(dir, 'active', 'docker-compose.yml')).href;
    mkdirSync(join(dir, 'active'));
    writeFileSync(join(dir, 'active', 'docker-compose.yml'), SMALL);
    let firstStatusMs: number | undefined;
    let completeMs: number | undefined;
    const start = performance.now();
    const complete = new Promise<void>((resolve) => {
      client.connection.onNotification('hardenlint/checklistStatus', (p: { scanning: boolean }) => {
        firstStatusMs ??= performance.now() - start;
        if (!p.scanning && completeMs === undefined) {
          completeMs = performance.now() - start;
          resolve();
        }
      });
    });
    const refresh = client.connection.sendRequest('hardenlint/checklistRefresh');
    // The editor opens a file while the scan runs: its diagnostics must not wait for the scan.
    await new Promise((r) => setTimeout(r, 50));
    const openedAt = performance.now();
    const published = client.waitForDiagnostics(active, (p) => p.version === 1, 60_000);
    await client.open(active, 'dockercompose', SMALL);
    await published;
    const activeMs = performance.now() - openedAt;
    await Promise.race([Promise.all([refresh, complete]), new Promise((r) => setTimeout(r, 120_000))]);
    rows.push({ section, measure: 'server: first checklist status', value: firstStatusMs === undefined ? 'none' : ms(firstStatusMs) });
    rows.push({ section, measure: 'server: complete checklist status (scan done)', value: completeMs === undefined ? 'none within 120 s' : ms(completeMs), target: '< 5 s', met: completeMs !== undefined && completeMs < 5000 });
    rows.push({ section, measure: 'server: diagnostics of a document opened during the scan', value: ms(activeMs), target: '< 250 ms', met: activeMs < 250 });
  } finally {
    await client.shutdown();
  }
  return rows;
}
