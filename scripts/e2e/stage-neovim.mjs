// Stage 3: hardenlint-ls --stdio (the bundled dist/server.js, as the package's
// bin) attached from headless Neovim 0.7 with the configuration docs/editors.md
// gives users, verbatim. test/e2e/neovim/check.lua reports what Neovim saw.
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { withTimeout } from './lib/deadline.mjs';
import { groupMembers } from './lib/code-server.mjs';
import { registerCleanup } from './lib/cleanup.mjs';

const NVIM = '/usr/bin/nvim';

/** Which finding to ask code actions for in each file, and the line its preferred fix leaves there (0-based ranges). */
const PLAN = [
  // The documented configuration turns compose/no-latest-tag off (the fixture's `image: redis` has it).
  { file: 'docker-compose.yml', rule: 'compose/no-privileged', range: [6, 4, 6, 20], fixedLine: '', absent: ['compose/no-latest-tag'] },
  { file: 'nginx/nginx.conf', rule: 'nginx/server-tokens', range: [3, 18, 3, 20], fixedLine: '    server_tokens off;' },
];

/** The Lua block under "### Neovim 0.7" in docs/editors.md. */
export function documentedNeovimConfig(repo) {
  const doc = readFileSync(join(repo, 'docs', 'editors.md'), 'utf8');
  const section = doc.split(/^### /m).find((s) => s.startsWith('Neovim 0.7'));
  const block = section?.match(/```lua\n([\s\S]*?)```/);
  if (!block) throw new Error('docs/editors.md has no ```lua block under "### Neovim 0.7"');
  return block[1];
}

export async function runNeovimStage({ repo, sandbox, serverJs, artifactsDir, timeoutMs, log }) {
  if (!existsSync(NVIM)) throw new Error(`${NVIM} is missing: run bash scripts/e2e/install-tools.sh`);
  const workspace = sandbox.dir('neovim-workspace');
  cpSync(join(repo, 'test', 'e2e', 'fixtures', 'workspace'), workspace, { recursive: true });
  // `hardenlint-ls` on PATH, as `npm install -g` would provide it.
  const bin = sandbox.dir('neovim-bin');
  chmodSync(serverJs, 0o755);
  symlinkSync(serverJs, join(bin, 'hardenlint-ls'));
  const initLua = sandbox.path('neovim-init.lua');
  writeFileSync(initLua, documentedNeovimConfig(repo));
  const reportPath = sandbox.path('neovim-report.json');

  const env = sandbox.env({
    PATH: `${bin}${delimiter}${process.env.PATH}`,
    HARDENLINT_NVIM_PLAN: JSON.stringify(PLAN.map(({ file, rule }) => ({ file, rule }))),
    HARDENLINT_NVIM_REPORT: reportPath,
  });
  const args = ['--headless', '--clean', '-n', '-i', 'NONE', '--cmd', `luafile ${initLua}`, '-c', `luafile ${join(repo, 'test', 'e2e', 'neovim', 'check.lua')}`, PLAN[0].file];
  // Own process group, so Neovim and the server it started can be stopped together.
  const child = spawn(NVIM, args, { cwd: workspace, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  const killGroup = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  };
  const unregister = registerCleanup(killGroup);
  let exitCode;
  try {
    exitCode = await withTimeout(exited, timeoutMs, 'Neovim to finish');
  } finally {
    const left = groupMembers(child.pid);
    if (left.length) log(`processes left in Neovim's group after it ended: ${left.join(', ')}; killing them`);
    killGroup();
    unregister();
  }
  writeFileSync(join(artifactsDir, 'neovim-output.txt'), output);
  if (!existsSync(reportPath)) throw new Error(`Neovim exited (${exitCode}) without a report:\n${output}`);
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  writeFileSync(join(artifactsDir, 'neovim-report.json'), JSON.stringify(report, null, 2));
  if (report.error || exitCode !== 0) throw new Error(`Neovim harness failed (exit ${exitCode}): ${report.error ?? output}`);
  return judge(report, log);
}

function judge(report, log) {
  const problems = [];
  for (const expected of PLAN) {
    const seen = report.files.find((f) => f.file === expected.file);
    const where = `${expected.file}`;
    if (!seen) {
      problems.push(`${where}: not checked`);
      continue;
    }
    if (seen.clients !== 1) problems.push(`${where}: ${seen.clients} LSP clients attached (filetype ${seen.filetype}), expected 1`);
    if (!seen.arrived) {
      problems.push(`${where}: no ${expected.rule} diagnostic arrived; got ${JSON.stringify(seen.diagnostics)}`);
      continue;
    }
    const d = seen.diagnostics.find((x) => x.code === expected.rule);
    const range = [d.lnum, d.col, d.end_lnum, d.end_col];
    if (JSON.stringify(range) !== JSON.stringify(expected.range)) problems.push(`${where}: ${expected.rule} at ${range}, expected ${expected.range}`);
    // The documented init_options.settings reach the server: checklistInMessage and rules.
    if (!/\nChecklist: ./.test(d.message)) problems.push(`${where}: message lacks the checklist items (checklistInMessage): ${JSON.stringify(d.message)}`);
    for (const rule of expected.absent ?? []) {
      if (seen.diagnostics.some((x) => x.code === rule)) problems.push(`${where}: ${rule} is reported although the documented configuration turns it off`);
    }
    const titles = seen.actions.map((a) => a.title);
    const preferred = seen.actions.filter((a) => a.isPreferred && a.kind === 'quickfix');
    if (preferred.length !== 1) problems.push(`${where}: ${preferred.length} preferred quick fixes; actions: ${JSON.stringify(titles)}`);
    if (!titles.includes(`Disable ${expected.rule} for this line`)) problems.push(`${where}: no suppression action; actions: ${JSON.stringify(titles)}`);
    if (!seen.fix_all_titles.some((t) => t.startsWith('Fix all auto-fixable hardenlint problems'))) problems.push(`${where}: no source.fixAll.hardenlint action; got ${JSON.stringify(seen.fix_all_titles)}`);
    if (!seen.gone_after_fix) problems.push(`${where}: ${expected.rule} still reported after its preferred fix was applied`);
    if (seen.fixed_line !== expected.fixedLine) problems.push(`${where}: fixed line is ${JSON.stringify(seen.fixed_line)}, expected ${JSON.stringify(expected.fixedLine)}`);
    log(`  neovim ${where} (filetype ${seen.filetype}): ${seen.diagnostics.length} diagnostics, ${seen.actions.length} code actions at ${expected.rule}, preferred fix applied`);
  }
  if (problems.length) throw new Error(`Neovim:\n  ${problems.join('\n  ')}`);
  return report;
}
