#!/usr/bin/env node
// End-to-end tests in real editors (see docs/testing-in-editors.md):
//   1. host   – the extension-host suite in code-server's real VS Code extension host
//   2. ui     – the packaged .vsix in a fresh code-server, driven through Chromium
//   3. neovim – hardenlint-ls --stdio attached from headless Neovim
// Usage: node scripts/e2e/run.mjs [--stage host,ui,neovim] [--out DIR] [--skip-build] [--keep]
//   --out DIR      compile into DIR and bundle into DIR/dist (default: out/ and dist/)
//   --skip-build   use what is already compiled and bundled
//   --keep         keep the temporary folder (workspaces, code-server logs)
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build, packageVsix, stageExtension } from './lib/build.mjs';
import { cleanupAll } from './lib/cleanup.mjs';
import { secondsSince } from './lib/deadline.mjs';
import { createSandbox } from './lib/sandbox.mjs';
import { runExtensionHostStage } from './stage-extension-host.mjs';
import { runNeovimStage } from './stage-neovim.mjs';
import { runUiStage } from './stage-ui.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({
  options: {
    stage: { type: 'string', default: 'host,ui,neovim' },
    out: { type: 'string', default: 'out' },
    'skip-build': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const stages = values.stage.split(',').map((s) => s.trim()).filter(Boolean);
for (const s of stages) if (!['host', 'ui', 'neovim'].includes(s)) throw new Error(`unknown stage "${s}" (host, ui, neovim)`);

const toolsDir = join(repo, '.tools');
const outDir = resolve(repo, values.out);
const distDir = values.out === 'out' ? join(repo, 'dist') : join(outDir, 'dist');
const artifactsDir = join(repo, 'test-artifacts', 'e2e');
/** Per-stage limits, and one for the whole run: CI gives this step 10 minutes. */
const LIMITS_MS = { host: 150_000, ui: 150_000, neovim: 60_000, total: 570_000 };

const log = (line) => console.log(`[e2e] ${line}`);
const sandbox = createSandbox();
const durations = {};
let failed = false;

async function timed(name, fn) {
  const start = performance.now();
  try {
    return await fn();
  } finally {
    durations[name] = secondsSince(start);
    log(`${name}: ${durations[name]} s`);
  }
}

// Ctrl+C or a CI time limit: stop the browser, code-server's process group and Neovim, then leave.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    log(`${signal}: stopping`);
    await cleanupAll(log);
    log(`temporary files kept in ${sandbox.root}`);
    process.exit(130);
  });
}

const started = performance.now();
setTimeout(async () => {
  log(`the run exceeded ${LIMITS_MS.total / 1000} s: stopping`);
  await cleanupAll(log);
  log(`temporary files kept in ${sandbox.root}`);
  process.exit(1);
}, LIMITS_MS.total).unref();
try {
  rmSync(artifactsDir, { recursive: true, force: true });
  mkdirSync(artifactsDir, { recursive: true });
  if (!values['skip-build']) await timed('build', () => build({ repo, outDir, distDir, log }));
  for (const bundle of ['client.js', 'server.js']) {
    if (!existsSync(join(distDir, bundle))) throw new Error(`${join(distDir, bundle)} is missing: build first (npm run build) or drop --skip-build`);
  }
  const extensionDir = stageExtension({ repo, distDir, target: sandbox.path('extension') });
  const testsDir = join(outDir, 'test', 'e2e', 'suite');

  const run = async (name, fn) => {
    if (!stages.includes(name)) return;
    try {
      await timed(name, fn);
    } catch (e) {
      failed = true;
      log(`${name} FAILED: ${e.stack ?? e.message}`);
    }
  };
  await run('host', () =>
    runExtensionHostStage({ repo, toolsDir, sandbox, extensionDir, testsDir, artifactsDir, timeoutMs: LIMITS_MS.host, log }),
  );
  await run('ui', async () => {
    const { vsix } = packageVsix({ repo, stageDir: extensionDir, outFile: sandbox.path('hardenlint.vsix') });
    log(`packaged ${vsix}`);
    await runUiStage({ repo, toolsDir, sandbox, vsix, artifactsDir, timeoutMs: LIMITS_MS.ui, log });
  });
  await run('neovim', () => runNeovimStage({ repo, sandbox, serverJs: join(distDir, 'server.js'), artifactsDir, timeoutMs: LIMITS_MS.neovim, log }));
} catch (e) {
  failed = true;
  log(`FAILED: ${e.stack ?? e.message}`);
} finally {
  durations.total = secondsSince(started);
  log(`durations (s): ${JSON.stringify(durations)}`);
  if (values.keep || failed) log(`temporary files kept in ${sandbox.root}`);
  else sandbox.remove();
}
process.exit(failed ? 1 : 0);
