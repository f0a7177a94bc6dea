#!/usr/bin/env node
// Bundles the VS Code client, the language server and the CLI into dist/ with esbuild.
// Usage: node scripts/bundle.mjs [--outdir <dir>] [--minify]
import { build } from 'esbuild';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const outdirFlag = args.indexOf('--outdir');
const outdir = outdirFlag >= 0 ? args[outdirFlag + 1] : 'dist';
const minify = args.includes('--minify');
const SHEBANG = '#!/usr/bin/env node';

const targets = [
  { entry: 'client/extension.ts', out: 'client.js', external: ['vscode'] },
  { entry: 'server/lsp/main.ts', out: 'server.js', executable: true },
  // The CLI is bundled once it exists.
  { entry: 'server/cli/main.ts', out: 'cli.js', executable: true, optional: true },
];

for (const target of targets) {
  if (!existsSync(target.entry)) {
    if (target.optional) {
      console.log(`bundle: ${target.entry} not found, skipping ${target.out}`);
      continue;
    }
    throw new Error(`bundle: missing ${target.entry}`);
  }
  const outfile = join(outdir, target.out);
  await build({
    entryPoints: [target.entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    minify,
    external: target.external ?? [],
    // yaml's ES module build (identical code; warnings use console.warn) bundles into direct
    // calls; its CommonJS build goes through esbuild's interop getters and lints ~30% slower.
    alias: { yaml: './node_modules/yaml/browser/index.js' },
    logLevel: 'warning',
    ...(target.executable ? { banner: { js: SHEBANG } } : {}),
  });
  if (target.executable) {
    // An entry file with its own shebang would leave two; keep exactly one.
    const text = readFileSync(outfile, 'utf8');
    const lines = text.split('\n');
    if (lines[1]?.startsWith('#!')) writeFileSync(outfile, [lines[0], ...lines.slice(2)].join('\n'));
    chmodSync(outfile, 0o755);
  }
  console.log(`bundle: ${outfile}`);
}
