/**
 * Every benchmark in one run, printed as one table: engine throughput per
 * format (corpus and generated large files), lint / parse ratios, memory, the
 * language server's keystroke latency and workspace scan, and peers (dclint,
 * nginx -t). Targets are reported, never asserted.
 * Usage: node --expose-gc out/test/bench/suite/run.js [--quick] [--json file]
 * (re-runs itself with --expose-gc when needed, for the heap numbers).
 */
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';
import { createLinter } from '../../../server/default-linter';
import { corpusRows, largeFileRows } from './engine';
import { keystrokeRows, workspaceRows } from './lsp';
import { dclintRows, nginxTRows } from './peers';
import type { Row } from './measure';

function printTable(rows: Row[]): void {
  const header = ['section', 'measure', 'value', 'target', 'met'];
  const cells = rows.map((r) => [r.section, r.measure, r.value, r.target ?? '', r.met === undefined ? '' : r.met ? 'yes' : 'NO']);
  const widths = header.map((h, c) => Math.max(h.length, ...cells.map((row) => row[c]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of cells) console.log(line(row));
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const jsonAt = process.argv.indexOf('--json');
  const linter = createLinter();
  const rows: Row[] = [];
  const step = async (name: string, fn: () => Row[] | Promise<Row[]>) => {
    process.stderr.write(`bench: ${name}…\n`);
    try {
      rows.push(...(await fn()));
    } catch (e) {
      rows.push({ section: name, measure: 'failed', value: (e as Error).message.split('\n')[0]! });
    }
  };
  await step('engine: corpus', () => corpusRows(linter));
  await step('engine: large files', () => largeFileRows(linter));
  await step('lsp: keystrokes', () => keystrokeRows(5000, quick ? 50 : 200));
  await step('workspace', () => workspaceRows(linter, 1000));
  await step('peers: dclint', () => dclintRows(linter));
  await step('peers: nginx -t', () => nginxTRows(linter));
  console.log(`\nhardenlint benchmark, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB\n`);
  printTable(rows);
  if (jsonAt >= 0 && process.argv[jsonAt + 1]) writeFileSync(process.argv[jsonAt + 1]!, JSON.stringify(rows, null, 2));
}

if (require.main === module) {
  if (typeof (globalThis as { gc?: unknown }).gc !== 'function') {
    const child = spawnSync(process.execPath, ['--expose-gc', __filename, ...process.argv.slice(2)], { stdio: 'inherit' });
    process.exit(child.status ?? 1);
  }
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
