import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { CLI_SCRIPT, CLEAN_COMPOSE, PRIVILEGED_COMPOSE, runCli, tempDir, writeTree } from './helpers';

const WARNING_ONLY = 'services:\n  web:\n    image: x\n'; // read-only-root-filesystem: warning

function fixture(): string {
  const dir = tempDir();
  writeTree(dir, { 'clean/compose.yml': CLEAN_COMPOSE, 'warn/compose.yml': WARNING_ONLY, 'error/compose.yml': PRIVILEGED_COMPOSE });
  return dir;
}

describe('exit codes', () => {
  it('0 without findings, 1 with a warning at the default --max-severity', () => {
    const dir = fixture();
    assert.equal(runCli(['clean'], { cwd: dir }).code, 0);
    assert.equal(runCli(['warn'], { cwd: dir }).code, 1);
    assert.equal(runCli(['error'], { cwd: dir }).code, 1);
  });

  it('--max-severity sets the lowest level that fails', () => {
    const dir = fixture();
    assert.equal(runCli(['--max-severity', 'error', 'warn'], { cwd: dir }).code, 0);
    assert.equal(runCli(['--max-severity', 'error', 'error'], { cwd: dir }).code, 1);
    assert.equal(runCli(['--max-severity=warn', 'warn'], { cwd: dir }).code, 1);
    // Lowered to information, a warning-only file still passes at "error".
    assert.equal(runCli(['--rule', 'compose/read-only-root-filesystem:info', 'warn'], { cwd: dir }).code, 0);
    assert.equal(runCli(['--rule', 'compose/read-only-root-filesystem:info', '--max-severity', 'information', 'warn'], { cwd: dir }).code, 1);
    assert.equal(runCli(['--rule', 'compose/read-only-root-filesystem:hint', '--max-severity', 'information', 'warn'], { cwd: dir }).code, 0);
    assert.equal(runCli(['--rule', 'compose/read-only-root-filesystem:hint', '--max-severity', 'hint', 'warn'], { cwd: dir }).code, 1);
  });

  it('--quiet drops warnings from the exit code too', () => {
    const dir = fixture();
    assert.equal(runCli(['--quiet', 'warn'], { cwd: dir }).code, 0);
    assert.equal(runCli(['--quiet', 'error'], { cwd: dir }).code, 1);
  });

  it('2 for usage errors, with the reason on stderr', () => {
    const dir = fixture();
    const cases: [string[], RegExp][] = [
      [['--format', 'xml', '.'], /--format must be text, json or sarif/],
      [['--max-severity', 'fatal', '.'], /--max-severity must be/],
      [['--max-severity', 'off', '.'], /--max-severity must be/],
      [['--rule', 'compose/no-privileged', '.'], /--rule expects <rule-id>:/],
      [['--rule', 'compose/no-privileged:loud', '.'], /--rule expects/],
      [['--bogus', '.'], /Unknown option '--bogus'/],
      [['--fix', '--fix-dry-run', '.'], /cannot be combined/],
      [['--fix-dry-run', '--format', 'json', '.'], /--format text only/],
    ];
    for (const [argv, message] of cases) {
      const result = runCli(argv, { cwd: dir });
      assert.equal(result.code, 2, argv.join(' '));
      assert.match(result.stderr, message);
      assert.match(result.stderr, /hardenlint --help/);
      assert.equal(result.stdout, '');
    }
  });

  it('2 for a missing path, naming it, while the other paths are still linted', () => {
    const dir = fixture();
    const result = runCli(['--format', 'json', 'error', 'no/such/compose.yml'], { cwd: dir });
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'hardenlint: cannot read no/such/compose.yml: no such file or folder\n');
    assert.equal(JSON.parse(result.stdout).files[0].path, 'error/compose.yml');
  });

  it('2 for a path through a file, a dangling link, a --config that is a folder or missing', () => {
    const dir = fixture();
    symlinkSync(join(dir, 'gone.yml'), join(dir, 'compose.yml'));
    assert.match(runCli(['clean/compose.yml/x'], { cwd: dir }).stderr, /cannot read clean\/compose\.yml\/x: a part of the path is not a folder/);
    assert.match(runCli(['compose.yml'], { cwd: dir }).stderr, /cannot read compose\.yml: no such file or folder/);
    const asFolder = runCli(['--config', 'clean', 'clean'], { cwd: dir });
    assert.equal(asFolder.code, 2);
    assert.match(asFolder.stderr, /cannot read config clean: is a folder, expected a file/);
    const missing = runCli(['--config', 'nope.yaml', 'clean'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read config nope\.yaml: no such file or folder/);
  });

  it('2 for an unreadable file, naming it', (t) => {
    const dir = fixture();
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'clean'), 0o755);
    chmodSync(join(dir, 'clean/compose.yml'), 0o000);
    if (process.getuid?.() !== 0) {
      const result = runCli(['clean'], { cwd: dir });
      assert.equal(result.stderr, 'hardenlint: cannot read clean/compose.yml: permission denied\n');
      assert.equal(result.code, 2);
      return;
    }
    // Root reads any file whatever its mode, so as root run the CLI as "nobody".
    const asNobody = { cwd: dir, uid: 65534, gid: 65534, encoding: 'utf8' as const };
    const probe = spawnSync(process.execPath, [CLI_SCRIPT, '--version'], asNobody);
    if (probe.status !== 0) {
      t.skip(`running as root, and user "nobody" cannot run the build (${probe.error?.message ?? probe.stderr.split('\n')[0]})`);
      return;
    }
    const result = spawnSync(process.execPath, [CLI_SCRIPT, 'clean'], asNobody);
    assert.equal(result.stderr, 'hardenlint: cannot read clean/compose.yml: permission denied\n');
    assert.equal(result.status, 2);
  });

  it('names an explicit file of no supported format on stderr, skips it, and keeps the exit code', () => {
    const dir = fixture();
    writeTree(dir, { 'notes.txt': 'hello\n' });
    const result = runCli(['notes.txt', 'clean'], { cwd: dir });
    assert.equal(result.code, 0);
    assert.equal(result.stderr, 'hardenlint: notes.txt: not a supported config file, skipped\n');
  });

  it('says when a folder holds no supported file', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'empty'));
    writeTree(dir, { 'empty/readme.md': '# x\n' });
    const result = runCli(['empty'], { cwd: dir });
    assert.equal(result.code, 0);
    assert.equal(result.stderr, 'hardenlint: no supported configuration files found in empty\n');
  });

  it('--help, --version and --list-rules exit 0', () => {
    const dir = tempDir();
    const help = runCli(['--help'], { cwd: dir });
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: hardenlint \[options\]/);
    assert.match(runCli(['--version'], { cwd: dir }).stdout, /^\d+\.\d+\.\d+\n$/);
    const list = runCli(['--list-rules'], { cwd: dir });
    assert.equal(list.code, 0);
    assert.match(list.stdout, /^compose\/no-privileged +error +yes +Container capabilities dropped where unnecessary; Security profiles applied$/m);
    assert.match(list.stdout, /^compose\/read-only-root-filesystem +warning +yes +Read-only root filesystem where possible$/m);
    const json = JSON.parse(runCli(['--list-rules', '--format', 'json'], { cwd: dir }).stdout);
    assert.deepEqual(
      json.map((r: { id: string; fixable: boolean }) => [r.id, r.fixable]),
      [
        ['compose/no-privileged', true],
        ['compose/read-only-root-filesystem', true],
      ],
    );
  });
});
