/**
 * Files outside the workspace are never opened or examined: include cycles,
 * includes and env_files that point outside (absolute, `../`, through a
 * symlink) on a real temporary folder, with every file-system call spied on.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { createLinter } from '../../server/default-linter';
import type { FormatId } from '../../server/engine/types';
import { FsHost } from '../../server/node/fs-host';

const SPIED = ['readFileSync', 'statSync', 'lstatSync', 'openSync', 'readdirSync', 'opendirSync', 'existsSync', 'accessSync', 'realpathSync', 'readlinkSync'] as const;

/** Records the path argument of every synchronous fs call made while `fn` runs. */
function recordFsCalls(fn: () => void): { call: string; path: string }[] {
  const calls: { call: string; path: string }[] = [];
  const target = fs as unknown as Record<string, (...args: unknown[]) => unknown>;
  const originals = new Map<string, (...args: unknown[]) => unknown>();
  for (const name of SPIED) {
    const original = target[name]!;
    originals.set(name, original);
    const spy = (...args: unknown[]) => {
      if (typeof args[0] === 'string') calls.push({ call: name, path: resolve(args[0]) });
      return original.apply(fs, args);
    };
    Object.assign(spy, original);
    target[name] = spy;
  }
  try {
    fn();
  } finally {
    for (const [name, original] of originals) target[name] = original;
  }
  return calls;
}

const linter = createLinter();
let base: string;
let root: string;
let outside: string;

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

function lint(rel: string, format: FormatId): { findings: { ruleId: string; path: string }[]; calls: { call: string; path: string }[]; ms: number } {
  const path = join(root, rel);
  const host = new FsHost({ roots: [root] });
  let findings: { ruleId: string; path: string }[] = [];
  const t0 = performance.now();
  const calls = recordFsCalls(() => {
    findings = linter.lintText(fs.readFileSync(path, 'utf8'), { path, format, host }).findings;
  });
  return { findings, calls, ms: performance.now() - t0 };
}

function assertStaysInside(calls: { call: string; path: string }[]): void {
  const escaped = calls.filter((c) => c.path !== root && !c.path.startsWith(root + sep));
  assert.deepEqual(escaped, [], 'a path outside the workspace was touched');
  assert.ok(!calls.some((c) => c.path.startsWith(outside)), 'the outside folder was touched');
}

describe('nothing outside the workspace roots is read', () => {
  before(() => {
    base = realpathSync(mkdtempSync(join(tmpdir(), 'hardenlint-roots-')));
    root = join(base, 'workspace');
    outside = join(base, 'outside');
    for (const dir of ['nginx', 'redis', 'pg']) mkdirSync(join(root, dir), { recursive: true });
    write(join(outside, 'secret.env'), 'PASSWORD=hunter2\n');
    write(join(outside, 'evil.conf'), 'autoindex on;\nserver_tokens on;\n');
    write(join(outside, 'evil-redis.conf'), 'protected-mode no\n');
    write(join(outside, 'evil-pg.conf'), 'ssl = off\n');
    chmodSync(join(outside, 'secret.env'), 0o644);

    write(join(root, 'ok.env'), 'A=b\n');
    chmodSync(join(root, 'ok.env'), 0o644);
    symlinkSync(join(outside, 'secret.env'), join(root, 'link.env'));
    write(
      join(root, 'docker-compose.yml'),
      'services:\n  web:\n    image: nginx:1.27\n    env_file:\n      - /etc/shadow\n      - ../outside/secret.env\n      - link.env\n      - ok.env\n',
    );

    symlinkSync(join(outside, 'evil.conf'), join(root, 'nginx', 'link.conf'), 'file');
    write(join(root, 'nginx', 'self.conf'), 'include nginx.conf;\n');
    write(
      join(root, 'nginx', 'nginx.conf'),
      'events {}\nhttp {\n    include /etc/nginx/*.conf;\n    include ../../outside/evil.conf;\n    include link.conf;\n    include self.conf;\n    include nginx.conf;\n    server {\n        listen 80;\n        include /etc/passwd;\n        include ../../outside/*.conf;\n        root /srv;\n    }\n}\n',
    );

    symlinkSync(join(outside, 'evil-redis.conf'), join(root, 'redis', 'link.conf'));
    write(join(root, 'redis', 'a.conf'), 'include redis.conf\n');
    write(join(root, 'redis', 'redis.conf'), 'include /etc/redis/redis.conf\ninclude ../../outside/evil-redis.conf\ninclude link.conf\ninclude a.conf\ninclude redis.conf\nbind 127.0.0.1\n');

    symlinkSync(join(outside, 'evil-pg.conf'), join(root, 'pg', 'link.conf'));
    write(
      join(root, 'pg', 'postgresql.conf'),
      "include '/etc/postgresql/15/main/postgresql.conf'\ninclude '../../outside/evil-pg.conf'\ninclude 'link.conf'\ninclude_dir '../../outside'\ninclude 'postgresql.conf'\ninclude_if_exists 'postgresql.conf'\nssl = on\n",
    );
  });
  after(() => rmSync(base, { recursive: true, force: true }));

  it('compose env_file: /etc/shadow, ../ and a symlink out are never examined', () => {
    const { findings, calls } = lint('docker-compose.yml', 'compose');
    assertStaysInside(calls);
    // The rule did look at the file inside the workspace, so the host was in use.
    assert.ok(calls.some((c) => c.path === join(root, 'ok.env')), 'ok.env was not examined');
    assert.ok(findings.some((f) => f.ruleId === 'compose/env-file-permissions'));
  });

  it('nginx includes: cycles end, and absolute, ../, glob and symlinked includes out are never read', () => {
    const { findings, calls, ms } = lint(join('nginx', 'nginx.conf'), 'nginx');
    assertStaysInside(calls);
    assert.ok(calls.some((c) => c.call === 'readFileSync' && c.path === join(root, 'nginx', 'self.conf')), 'the in-workspace include was not read');
    assert.ok(!findings.some((f) => f.ruleId === 'nginx/autoindex'), 'a finding came from the outside file');
    assert.ok(ms < 5000, `took ${ms.toFixed(0)} ms`);
  });

  it('redis includes: cycles end, and files out of the workspace are never read', () => {
    const { findings, calls, ms } = lint(join('redis', 'redis.conf'), 'redis');
    assertStaysInside(calls);
    assert.ok(!findings.some((f) => f.ruleId === 'redis/protected-mode'), 'a finding came from the outside file');
    assert.ok(ms < 5000, `took ${ms.toFixed(0)} ms`);
  });

  it('postgresql includes: cycles end, and files out of the workspace are never read', () => {
    const { findings, calls, ms } = lint(join('pg', 'postgresql.conf'), 'postgresql');
    assertStaysInside(calls);
    assert.ok(!findings.some((f) => f.ruleId === 'postgresql/ssl-enabled'), 'a finding came from the outside file');
    assert.ok(ms < 5000, `took ${ms.toFixed(0)} ms`);
  });
});
