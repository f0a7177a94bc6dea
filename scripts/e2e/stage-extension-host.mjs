// Stage 1: the extension-host suite (test/e2e/suite) inside code-server's real
// extension host, loaded through the workbench URL payload
// (extensionDevelopmentPath + extensionTestsPath). The suite's run() result
// arrives through window.codeAutomationExit: 0 passed, 1 failed.
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withTimeout } from './lib/deadline.mjs';
import { workbenchUrl } from './lib/code-server.mjs';
import { withWorkbench } from './lib/workbench.mjs';

export async function runExtensionHostStage({ repo, toolsDir, sandbox, extensionDir, testsDir, artifactsDir, timeoutMs, log }) {
  const workspace = sandbox.dir('host-workspace');
  cpSync(join(repo, 'test', 'e2e', 'fixtures', 'workspace'), workspace, { recursive: true });
  const reportPath = sandbox.path('host-report.json');
  const env = sandbox.env({ HARDENLINT_E2E_REPORT: reportPath });

  const exitCode = await withWorkbench({ toolsDir, sandbox, name: 'host', env, log }, async ({ server, page }) => {
    let resolveExit;
    const exited = new Promise((resolve) => (resolveExit = resolve));
    await page.exposeFunction('codeAutomationLog', (_type, args) => {
      const first = Array.isArray(args) ? String(args[0] ?? '') : '';
      // The suite's own progress lines; the rest of the workbench log goes to the artifact.
      if (/^[✓✗] |passed, \d+ failed/.test(first)) log(`  ${first.split('\n')[0]}`);
    });
    await page.exposeFunction('codeAutomationExit', (code, logs) => {
      saveLogs(artifactsDir, 'extension-host', logs);
      resolveExit(code);
    });
    const url = workbenchUrl(server, {
      folder: workspace,
      extensionDevelopmentPath: extensionDir,
      extensionTestsPath: join(testsDir, 'index.js'),
    });
    await page.goto(url);
    return withTimeout(exited, timeoutMs, 'the extension-host suite to finish');
  });

  if (!existsSync(reportPath)) throw new Error(`the suite wrote no report (exit code ${exitCode}); see ${join(artifactsDir, 'logs', 'extension-host')}`);
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  const failed = report.results.filter((r) => !r.ok);
  for (const f of failed) log(`FAILED ${f.title}\n    ${f.error.replace(/\n/g, '\n    ')}`);
  log(`extension host: ${report.summary}`);
  if (exitCode !== 0 || failed.length > 0) throw new Error(`extension-host tests failed (exit code ${exitCode}, ${failed.length} failing)`);
  return report;
}

/** The workbench hands its log files to codeAutomationExit; keep them for failures. */
function saveLogs(artifactsDir, name, logs) {
  if (!Array.isArray(logs)) return;
  const dir = join(artifactsDir, 'logs', name);
  for (const { relativePath, contents } of logs) {
    const file = join(dir, relativePath);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, contents);
  }
}
