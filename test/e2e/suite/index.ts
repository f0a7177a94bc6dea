/**
 * Entry point for `extensionTestsPath`: VS Code (desktop, or code-server
 * through the workbench URL payload) calls `run()` inside the extension host
 * once the extension under development is loaded. Loads every `*.e2e.js` next
 * to this file, runs them in order, writes a JSON report to
 * `$HARDENLINT_E2E_REPORT` when set, and rejects when a test failed (the
 * workbench turns that into exit code 1).
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAll } from './runner';

export async function run(): Promise<void> {
  const started = Date.now();
  const files = readdirSync(__dirname).filter((f) => f.endsWith('.e2e.js')).sort();
  for (const file of files) require(join(__dirname, file));
  const lines: string[] = [];
  const results = await runAll((line) => {
    lines.push(line);
    console.log(line);
  });
  const failed = results.filter((r) => !r.ok);
  const summary = `${results.length - failed.length} passed, ${failed.length} failed (${Date.now() - started} ms)`;
  console.log(summary);
  const reportPath = process.env.HARDENLINT_E2E_REPORT;
  if (reportPath) writeFileSync(reportPath, JSON.stringify({ files, results, summary }, null, 2));
  if (results.length === 0) throw new Error('no extension-host tests were found');
  if (failed.length > 0) throw new Error(`${failed.length} extension-host test(s) failed:\n${failed.map((f) => `- ${f.title}`).join('\n')}`);
}
