/**
 * Performance of the engine and the language server on a generated 5,000-line
 * compose file:
 *   - parse only vs. full lint (target: lint ≤ 2× parse),
 *   - didChange → publishDiagnostics round trip over stdio with debounce 0
 *     (target: p95 < 50 ms over 200 typed single-character edits).
 * Targets are reported, not asserted: the exit code is non-zero only on a crash.
 * Usage: node out/test/bench/bench.js [--edits N] [--lines N]
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLinter } from '../../server/default-linter';
import { TestClient } from '../lsp/lsp-client';

function argValue(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** A compose file of about `lines` lines: services with a mix of hardened and insecure settings. */
export function generateCompose(lines: number): string {
  const out = ['# generated for the hardenlint benchmark', 'services:'];
  for (let i = 0; out.length < lines; i++) {
    const insecure = i % 3 === 0;
    out.push(
      `  svc${i}:`,
      `    # service ${i}`,
      `    image: registry.example.com/team/app${i}:${insecure ? 'latest' : '1.2.3'}`,
      `    restart: unless-stopped`,
      ...(insecure ? ['    privileged: true', '    ports:', `      - "${8000 + (i % 1000)}:80"`] : ['    read_only: true', '    cap_drop:', '      - ALL']),
      '    environment:',
      `      APP_NAME: app${i}`,
      `      LOG_LEVEL: info`,
      '    volumes:',
      `      - data${i}:/var/lib/app`,
      '    healthcheck:',
      '      test: ["CMD", "true"]',
      '      interval: 30s',
      '    deploy:',
      '      resources:',
      '        limits:',
      '          memory: 256M',
    );
  }
  return out.slice(0, lines).join('\n') + '\n';
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

function timeIt(runs: number, fn: () => void): number {
  fn(); // warm up
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

function engineBench(text: string) {
  const linter = createLinter();
  const format = linter.detectFormat('/bench/docker-compose.yml', text)!;
  // A path per run: parses and section results are cached per path and text, and this measures a first lint.
  let run = 0;
  const parseMs = timeIt(15, () => linter.parse(format, text, `/bench/cold-${run++}/docker-compose.yml`));
  let findings = 0;
  const lintMs = timeIt(15, () => {
    findings = linter.lintText(text, { path: `/bench/cold-${run++}/docker-compose.yml` }).findings.length;
  });
  return { parseMs, lintMs, findings };
}

async function roundTripBench(text: string, edits: number) {
  const client = new TestClient();
  client.settings = { debounceMs: 0 };
  try {
    const dir = join(tmpdir(), 'hardenlint-bench');
    await client.initialize(pathToFileURL(dir).href);
    const uri = pathToFileURL(join(dir, 'docker-compose.yml')).href;
    const opened = client.waitForDiagnostics(uri, (p) => p.version === 1, 30_000);
    await client.open(uri, 'dockercompose', text);
    const first = await opened;
    // Type into comment lines spread over the file: every keystroke is one didChange.
    const lines = text.split('\n');
    const commentLines = lines.map((l, i) => (l.trimStart().startsWith('# service') ? i : -1)).filter((i) => i >= 0);
    const targets = [commentLines[1]!, commentLines[Math.floor(commentLines.length / 2)]!, commentLines[commentLines.length - 2]!];
    const typed = 'hardening note ';
    const times: number[] = [];
    for (let k = 0; k < edits; k++) {
      const version = k + 2;
      const line = targets[k % targets.length]!;
      const character = lines[line]!.length;
      const ch = typed[k % typed.length]!;
      lines[line] += ch;
      const published = client.waitForDiagnostics(uri, (p) => p.version === version, 30_000);
      const start = performance.now();
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: ch }],
      });
      const p = await published;
      times.push(performance.now() - start);
      if (p.diagnostics.length !== first.diagnostics.length) throw new Error(`version ${version}: ${p.diagnostics.length} diagnostics, expected ${first.diagnostics.length}`);
    }
    return { times, diagnostics: first.diagnostics.length };
  } finally {
    await client.shutdown();
  }
}

async function main(): Promise<void> {
  const lineCount = argValue('--lines', 5000);
  const edits = argValue('--edits', 200);
  const text = generateCompose(lineCount);
  const engine = engineBench(text);
  const ratio = engine.lintMs / engine.parseMs;
  const rt = await roundTripBench(text, edits);
  const p50 = percentile(rt.times, 50);
  const p95 = percentile(rt.times, 95);
  const max = Math.max(...rt.times);
  const rows: [string, string, string, string][] = [
    ['measure', 'value', 'target', 'met'],
    ['file', `${text.split('\n').length - 1} lines, ${engine.findings} findings`, '', ''],
    ['parse only (median)', `${engine.parseMs.toFixed(1)} ms`, '', ''],
    ['full lint (median)', `${engine.lintMs.toFixed(1)} ms`, '', ''],
    ['lint / parse', `${ratio.toFixed(2)}×`, '≤ 2×', ratio <= 2 ? 'yes' : 'NO'],
    [`didChange→publish p50 (${edits} edits, debounce 0)`, `${p50.toFixed(1)} ms`, '', ''],
    [`didChange→publish p95 (${edits} edits, debounce 0)`, `${p95.toFixed(1)} ms`, '< 50 ms', p95 < 50 ? 'yes' : 'NO'],
    ['didChange→publish max', `${max.toFixed(1)} ms`, '', ''],
  ];
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const [i, row] of rows.entries()) {
    console.log(row.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd());
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  console.log('\nThe round trip runs the bundled server over stdio with hardenlint.debounceMs = 0 (the editor default is 150 ms).');
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
