/**
 * The scanner with the language server's background linter: large files are
 * linted on the worker thread (the bundled server started as one), give the
 * same entries as linting them in-process, keep their dependencies for
 * incremental updates, and never hold the event loop for long.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { WorkspaceScanner } from '../../server/workspace/scanner';
import { BackgroundLinter, BACKGROUND_LINT_CHARS } from '../../server/lsp/background-lint';
import { createLinter } from '../../server/default-linter';
import { generateCompose } from '../bench/bench';
import { repoPath } from '../harness/paths';

const server = repoPath('dist', 'server.js');

describe('workspace scanner with the background linter', () => {
  let root: string;
  let background: BackgroundLinter;
  before(() => {
    if (!existsSync(server)) spawnSync(process.execPath, [repoPath('scripts', 'bundle.mjs')], { cwd: repoPath(), stdio: 'inherit' });
    root = realpathSync(mkdtempSync(join(tmpdir(), 'hardenlint-scan-bg-')));
    background = new BackgroundLinter(server);
  });
  after(() => {
    background.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  const write = (rel: string, text: string): string => {
    const path = join(root, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return path;
  };

  it('lints large files on the worker with the same results, and keeps the event loop free', { timeout: 120_000 }, async () => {
    const big = generateCompose(40_000);
    assert.ok(big.length >= BACKGROUND_LINT_CHARS);
    write('big/docker-compose.yml', big);
    write('small/docker-compose.yml', 'services:\n  web:\n    image: nginx:1.27\n    privileged: true\n');
    // An nginx file large enough for the worker, whose include is read by the rules there.
    const servers = Array.from({ length: 6000 }, (_, i) => `    server {\n        listen 80;\n        server_name s${i}.example.com;\n    }\n`).join('');
    write('web/nginx.conf', `events {}\nhttp {\n    include conf.d/*.conf;\n${servers}}\n`);
    const include = write('web/conf.d/common.conf', 'server_tokens off;\n');

    const inBackground = new WorkspaceScanner({
      linter: createLinter(),
      roots: [root],
      background: { minChars: BACKGROUND_LINT_CHARS, lint: (job) => background.lint({ ...job, key: `scan:${job.path}`, overlay: {} }) },
    });
    let longestPause = 0;
    let last = performance.now();
    const probe = setInterval(() => {
      const now = performance.now();
      longestPause = Math.max(longestPause, now - last);
      last = now;
    }, 5);
    await inBackground.scan();
    clearInterval(probe);
    // In-process afterwards, so its parse caches cannot have helped the scan above. It holds
    // the event loop for its whole run: the yardstick, measured under the same machine load.
    const bySync = new WorkspaceScanner({ linter: createLinter(), roots: [root] });
    const syncStart = performance.now();
    bySync.scanSync();
    const syncMs = performance.now() - syncStart;

    const strip = (s: WorkspaceScanner) => JSON.stringify(s.snapshot());
    assert.equal(strip(inBackground), strip(bySync));
    assert.ok(inBackground.snapshot().findings.length > 10_000);
    // In-process the scan holds the loop for well over a second; with the worker, only moments
    // (handing results over). A ratio, not a bound in milliseconds: loaded CI machines are slower.
    assert.ok(longestPause < Math.max(400, syncMs / 4), `the event loop was held for ${longestPause.toFixed(0)} ms; the in-process scan takes ${syncMs.toFixed(0)} ms`);

    // The include's contents were read on the worker: a change there re-lints nginx.conf.
    const headers = () => inBackground.snapshot().findings.filter((f) => f.ruleId === 'nginx/security-headers').length;
    assert.ok(headers() > 0);
    const all = ['X-Frame-Options "DENY"', 'X-Content-Type-Options "nosniff"', `Content-Security-Policy "default-src 'self'"`, 'Referrer-Policy "no-referrer"', 'X-XSS-Protection "1; mode=block"', 'Permissions-Policy "camera=()"'];
    writeFileSync(include, `server_tokens off;\n${all.map((h) => `add_header ${h} always;\n`).join('')}`);
    await inBackground.update([{ path: include, kind: 'changed' }]);
    assert.equal(headers(), 0);
  });
});
