/** The compiled CLI as a real process, with every shipped format and rule. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from '../../server/default-linter';
import { repoPath } from '../harness/paths';
import { CLI_SCRIPT, tempDir } from './helpers';

function spawnCli(argv: string[], cwd: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [CLI_SCRIPT, ...argv], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } });
}

describe('hardenlint process', () => {
  it('prints the package version, from the compiled entry and from the bundle once it is built', () => {
    const pkg = JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as { version: string };
    const result = spawnCli(['--version'], repoPath());
    assert.equal(result.status, 0);
    assert.equal(result.stdout, `${pkg.version}\n`);
    const bundle = repoPath('dist', 'cli.js');
    if (existsSync(bundle)) {
      assert.ok(readFileSync(bundle, 'utf8').startsWith('#!/usr/bin/env node\n'), 'the bundle runs as a command');
      const bundled = spawnSync(process.execPath, [bundle, '--version'], { encoding: 'utf8' });
      assert.equal(bundled.stdout, `${pkg.version}\n`);
    }
  });

  it('lints the examples, finds the privileged service, honours the suppression, exits 1', () => {
    const result = spawnCli(['--format', 'json', 'examples'], repoPath());
    assert.equal(result.status, 1, result.stderr);
    const report = JSON.parse(result.stdout) as { files: { path: string; format: string; findings: { ruleId: string; severity: string; range: { start: { line: number } } }[] }[] };
    const compose = report.files.find((f) => f.path === 'examples/docker-compose.yml');
    assert.ok(compose, 'the compose example is linted');
    assert.equal(compose.format, 'compose');
    const privileged = compose.findings.filter((f) => f.ruleId === 'compose/no-privileged');
    assert.equal(privileged.length, 1);
    assert.equal(privileged[0]!.severity, 'error');
    const text = readFileSync(repoPath('examples/docker-compose.yml'), 'utf8').split('\n');
    assert.equal(text[privileged[0]!.range.start.line]!.trim(), 'privileged: true');
    // examples/.hardenlint.yaml lowers read-only-root-filesystem, and the worker is suppressed.
    const readOnly = compose.findings.filter((f) => f.ruleId === 'compose/read-only-root-filesystem');
    assert.ok(readOnly.length > 0 && readOnly.every((f) => f.severity === 'information'));
    const workerLine = text.findIndex((l) => l === '  worker:');
    assert.ok(!readOnly.some((f) => f.range.start.line === workerLine), 'the suppressed worker is not reported');
    // Every file of a registered format is linted, whatever formats exist.
    const linter = createLinter();
    for (const file of report.files) assert.ok(linter.format(file.format as never), file.path);
    assert.ok(!result.stderr.includes('unknown rule id'), result.stderr);
  });

  it('writes valid SARIF for the examples without colour codes', () => {
    const result = spawnCli(['--format', 'sarif', 'examples'], repoPath(), { FORCE_COLOR: '1' });
    const log = JSON.parse(result.stdout) as { version: string; runs: { results: unknown[] }[] };
    assert.equal(log.version, '2.1.0');
    assert.ok(log.runs[0]!.results.length > 0);
  });

  it('--fix on a copy of the examples leaves a file that lints clean of fixed findings and is stable', () => {
    const dir = tempDir();
    cpSync(repoPath('examples'), join(dir, 'examples'), { recursive: true });
    const first = spawnCli(['--fix', 'examples'], dir);
    assert.match(first.stdout, /^Applied \d+ fix(es)? in \d+ files?\./m);
    const snapshot = readFileSync(join(dir, 'examples/docker-compose.yml'), 'utf8');
    assert.ok(!/^\s*privileged: true/m.test(snapshot));
    const second = spawnCli(['--fix', 'examples'], dir);
    assert.doesNotMatch(second.stdout, /^Applied/m);
    assert.equal(readFileSync(join(dir, 'examples/docker-compose.yml'), 'utf8'), snapshot);
  });

  it('exits 2 with a message for a missing path', () => {
    const result = spawnCli(['does-not-exist'], repoPath());
    assert.equal(result.status, 2);
    assert.equal(result.stderr, 'hardenlint: cannot read does-not-exist: no such file or folder\n');
  });
});
