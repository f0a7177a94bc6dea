// Compile the tests, bundle the extension, stage the files the extension ships
// and package them with vsce, all outside the shared build folders when asked.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function run(command, args, options) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', ...options });
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}`, error: result.error };
}

/**
 * `tsc` into `outDir` and esbuild into `distDir`. Type errors elsewhere in the
 * project are reported but do not stop the run (tsc still emits); a failed
 * bundle does.
 */
export function build({ repo, outDir, distDir, log }) {
  const tsc = run(process.execPath, [join(repo, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json', '--outDir', outDir, '--tsBuildInfoFile', join(outDir, '.tsbuildinfo')], { cwd: repo, timeout: 150_000 });
  if (tsc.status !== 0) log(`tsc reported errors (continuing with what it emitted):\n${tsc.output.trim().split('\n').slice(0, 20).join('\n')}`);
  const bundle = run(process.execPath, [join(repo, 'scripts', 'bundle.mjs'), '--outdir', distDir], { cwd: repo, timeout: 60_000 });
  if (bundle.status !== 0) throw new Error(`bundling failed:\n${bundle.output}`);
  if (!existsSync(join(outDir, 'test', 'e2e', 'suite', 'index.js'))) throw new Error(`tsc did not emit ${join(outDir, 'test/e2e/suite/index.js')}`);
}

/** What the .vsix ships (see .vscodeignore): manifest, bundles, docs, grammars. */
const SHIPPED = ['package.json', '.vscodeignore', 'README.md', 'CHANGELOG.md', 'LICENSE', 'docs', 'syntaxes', 'images'];

/** A folder that looks like the repository to VS Code and vsce, with the bundles from `distDir`. */
export function stageExtension({ repo, distDir, target }) {
  mkdirSync(join(target, 'dist'), { recursive: true });
  for (const entry of SHIPPED) {
    if (existsSync(join(repo, entry))) cpSync(join(repo, entry), join(target, entry), { recursive: true });
  }
  for (const file of readdirSync(distDir)) cpSync(join(distDir, file), join(target, 'dist', file));
  return target;
}

/** The vsce options of `npm run package`, so the .vsix tested is the one that script builds. */
export function packageScriptOptions(repo) {
  const script = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).scripts?.package ?? '';
  const match = script.match(/vsce package([^&|;]*)/);
  if (!match) throw new Error(`the "package" script does not run vsce package: ${JSON.stringify(script)}`);
  return match[1].trim().split(/\s+/).filter(Boolean);
}

/** `vsce package` with the options of `npm run package`, in the staged folder; returns the .vsix path. */
export function packageVsix({ repo, stageDir, outFile }) {
  const vsce = join(repo, 'node_modules', '@vscode', 'vsce', 'vsce');
  const options = packageScriptOptions(repo);
  const result = run(process.execPath, [vsce, 'package', ...options, '--out', outFile], { cwd: stageDir, timeout: 60_000 });
  if (result.status !== 0 || !existsSync(outFile)) {
    throw new Error(`vsce package ${options.join(' ')} (as npm run package runs it) failed (${result.status}):\n${result.output}`);
  }
  return { vsix: outFile, output: result.output };
}
