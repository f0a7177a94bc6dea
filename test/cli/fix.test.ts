import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { PRIVILEGED_COMPOSE, read, runCli, tempDir, writeTree } from './helpers';
import { createLinter } from '../../server/default-linter';

const FIXED = 'services:\n  web:\n    image: acme/web:1.27\n    read_only: true\n';

describe('--fix', () => {
  it('applies preferred fixes in place, reports them, and a second run changes nothing', () => {
    const dir = tempDir();
    writeTree(dir, { 'docker-compose.yml': PRIVILEGED_COMPOSE });
    const first = runCli(['--fix', '.'], { cwd: dir });
    assert.equal(first.code, 0);
    assert.equal(read(dir, 'docker-compose.yml'), FIXED);
    assert.equal(first.stdout, 'Applied 2 fixes in 1 file.\nNo remaining problems in 1 file checked.\n');
    const mtime = statSync(join(dir, 'docker-compose.yml')).mtimeMs;
    const second = runCli(['--fix', '.'], { cwd: dir });
    assert.equal(second.stdout, 'No remaining problems in 1 file checked.\n');
    assert.equal(read(dir, 'docker-compose.yml'), FIXED);
    assert.equal(statSync(join(dir, 'docker-compose.yml')).mtimeMs, mtime, 'an unchanged file is not rewritten');
  });

  it('keeps CRLF line endings, comments and a byte order mark', () => {
    const dir = tempDir();
    const crlf = '\uFEFFservices:\r\n  # the web tier\r\n  web:\r\n    privileged: true # needed?\r\n    image: acme/web:1.27 # pinned\r\n';
    writeTree(dir, { 'compose.yml': crlf });
    runCli(['--fix', 'compose.yml'], { cwd: dir });
    assert.equal(read(dir, 'compose.yml'), '\uFEFFservices:\r\n  # the web tier\r\n  web:\r\n    image: acme/web:1.27 # pinned\r\n    read_only: true\r\n');
    const again = runCli(['--fix', 'compose.yml'], { cwd: dir });
    assert.equal(again.code, 0);
    assert.equal(read(dir, 'compose.yml'), '\uFEFFservices:\r\n  # the web tier\r\n  web:\r\n    image: acme/web:1.27 # pinned\r\n    read_only: true\r\n');
  });

  it('lists what remains when a finding has no preferred fix', () => {
    const dir = tempDir();
    // A flow mapping: privileged is reported but cannot be removed line-wise.
    writeTree(dir, { 'compose.yml': 'services:\n  web: {image: nginx, privileged: true, read_only: true}\n' });
    const result = runCli(['--fix', '.'], { cwd: dir });
    assert.equal(result.code, 1);
    assert.match(result.stdout, /^compose\.yml:2:23 {2}error {2}Service runs privileged/);
    assert.match(result.stdout, /\n1 problem remaining \(1 error, 0 warnings, 0 infos\) in 1 file\n$/);
  });

  it('with --quiet fixes errors only', () => {
    const dir = tempDir();
    writeTree(dir, { 'compose.yml': PRIVILEGED_COMPOSE });
    runCli(['--fix', '--quiet', '.'], { cwd: dir });
    assert.equal(read(dir, 'compose.yml'), 'services:\n  web:\n    image: acme/web:1.27\n');
  });

  it('tells the fix count on stderr for JSON output and reports the remaining findings', () => {
    const dir = tempDir();
    writeTree(dir, { 'compose.yml': PRIVILEGED_COMPOSE });
    const result = runCli(['--fix', '--format', 'json', '.'], { cwd: dir });
    assert.equal(result.stderr, 'hardenlint: applied 2 fixes in 1 file\n');
    assert.deepEqual(JSON.parse(result.stdout).files, [{ path: 'compose.yml', format: 'compose', findings: [] }]);
  });

  it('does not write back a file that is not valid UTF-8', () => {
    const dir = tempDir();
    const bytes = Buffer.concat([Buffer.from('services:\n  web:\n    privileged: true\n    image: caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    writeTree(dir, { 'compose.yml': bytes });
    const result = runCli(['--fix', '.'], { cwd: dir });
    assert.match(result.stderr, /compose\.yml: not valid UTF-8, no fixes written/);
    assert.equal(result.code, 1);
  });
});

describe('--fix-dry-run', () => {
  it('prints a unified diff and the outcome, and changes nothing', () => {
    const dir = tempDir();
    writeTree(dir, { 'app/docker-compose.yml': PRIVILEGED_COMPOSE });
    const result = runCli(['--fix-dry-run', 'app'], { cwd: dir });
    assert.equal(read(dir, 'app/docker-compose.yml'), PRIVILEGED_COMPOSE);
    assert.equal(
      result.stdout,
      [
        '--- a/app/docker-compose.yml',
        '+++ b/app/docker-compose.yml',
        '@@ -1,4 +1,4 @@',
        ' services:',
        '   web:',
        '     image: acme/web:1.27',
        '-    privileged: true',
        '+    read_only: true',
        '',
        'Would apply 2 fixes in 1 file; nothing was changed.',
        'No remaining problems in 1 file checked.',
        '',
      ].join('\n'),
    );
    assert.equal(result.code, 0, 'the exit code reflects what would remain');
  });
});

describe('--fix-type safe', () => {
  it('applies only fixes that keep runtime behaviour', () => {
    const dir = tempDir();
    const conf = "ssl = off\nssl_cert_file = '/etc/ssl/certs/db.pem'\nlog_connections = off\n";
    writeTree(dir, { 'postgresql.conf': conf });
    const linter = createLinter();
    runCli(['--fix', '--fix-type', 'safe', 'postgresql.conf'], { cwd: dir, linter });
    const fixed = read(dir, 'postgresql.conf');
    assert.match(fixed, /^ssl = off$/m, 'turning TLS on changes behaviour and is left for --fix-type all');
    assert.match(fixed, /^log_connections = on$/m);
    runCli(['--fix', 'postgresql.conf'], { cwd: dir, linter });
    assert.match(read(dir, 'postgresql.conf'), /^ssl = on$/m);
  });

  it('rejects other values', () => {
    const result = runCli(['--fix', '--fix-type', 'some', '.'], { cwd: tempDir() });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--fix-type must be all or safe/);
  });
});
