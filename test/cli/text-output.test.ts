import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CLEAN_COMPOSE, PRIVILEGED_COMPOSE, runCli, tempDir, writeTree } from './helpers';

const PRIVILEGED_LINE =
  'b/docker-compose.yml:4:5  error  Service runs privileged: it gets every capability and the host devices, and can escape the container.  compose/no-privileged  [Container capabilities dropped where unnecessary; Security profiles applied]';
const READ_ONLY_LINE =
  'b/docker-compose.yml:2:3  warning  Service "web" has a writable root filesystem; set read_only: true and mount tmpfs/volumes where it writes.  compose/read-only-root-filesystem  [Read-only root filesystem where possible]';

describe('--format text', () => {
  it('prints findings grouped by file, 1-based, then the summary', () => {
    const dir = tempDir();
    writeTree(dir, { 'a/compose.yml': CLEAN_COMPOSE, 'b/docker-compose.yml': PRIVILEGED_COMPOSE, 'c/compose.yml': PRIVILEGED_COMPOSE });
    const { stdout, code } = runCli(['a', 'b', 'c'], { cwd: dir });
    assert.equal(code, 1);
    assert.equal(
      stdout,
      [
        READ_ONLY_LINE,
        PRIVILEGED_LINE,
        '',
        READ_ONLY_LINE.replace('b/docker-compose.yml', 'c/compose.yml'),
        PRIVILEGED_LINE.replace('b/docker-compose.yml', 'c/compose.yml'),
        '',
        '4 problems (2 errors, 2 warnings, 0 infos) in 2 files',
        '4 problems are fixable with --fix.',
        '',
      ].join('\n'),
    );
  });

  it('says so when there is nothing to report', () => {
    const dir = tempDir();
    writeTree(dir, { 'compose.yml': CLEAN_COMPOSE, 'other/compose.yaml': CLEAN_COMPOSE });
    const { stdout, code } = runCli([], { cwd: dir });
    assert.equal(code, 0);
    assert.equal(stdout, 'No problems in 2 files checked.\n');
  });

  it('counts information findings and singular forms', () => {
    const dir = tempDir();
    writeTree(dir, { 'compose.yml': 'services:\n  web:\n    image: x\n' });
    const { stdout } = runCli(['--rule', 'compose/read-only-root-filesystem:information', '.'], { cwd: dir });
    assert.match(stdout, /compose\.yml:2:3 {2}information {2}/);
    assert.match(stdout, /\n1 problem \(0 errors, 0 warnings, 1 info\) in 1 file\n1 problem is fixable with --fix\.\n$/);
  });

  it('--quiet reports errors only', () => {
    const dir = tempDir();
    writeTree(dir, { 'b/docker-compose.yml': PRIVILEGED_COMPOSE });
    const { stdout } = runCli(['--quiet', '.'], { cwd: dir });
    assert.equal(stdout, `${PRIVILEGED_LINE}\n\n1 problem (1 error, 0 warnings, 0 infos) in 1 file\n1 problem is fixable with --fix.\n`);
  });

  it('uses colours only on a terminal without NO_COLOR', () => {
    const dir = tempDir();
    writeTree(dir, { 'compose.yml': PRIVILEGED_COMPOSE });
    const esc = '\u001b[';
    assert.ok(runCli(['.'], { cwd: dir, tty: true }).stdout.includes(`${esc}31merror${esc}39m`));
    assert.ok(!runCli(['.'], { cwd: dir, tty: false }).stdout.includes(esc));
    assert.ok(!runCli(['.'], { cwd: dir, tty: true, env: { NO_COLOR: '1' } }).stdout.includes(esc));
    assert.ok(runCli(['.'], { cwd: dir, tty: true, env: { NO_COLOR: '' } }).stdout.includes(esc), 'an empty NO_COLOR does not count');
    assert.ok(!runCli(['--no-color', '.'], { cwd: dir, tty: true }).stdout.includes(esc));
    assert.ok(runCli(['--color', '.'], { cwd: dir, tty: false }).stdout.includes(esc));
  });

  it('shows skipped files with their reason', () => {
    const dir = tempDir();
    writeTree(dir, { 'compose.yml': Buffer.from('services:\n\u0000\u0001\u0002') });
    const { stdout, code } = runCli(['.'], { cwd: dir });
    assert.equal(code, 0);
    assert.equal(stdout, 'compose.yml  skipped: binary content (NUL bytes)\n\nNo problems in 0 files checked.\n1 file skipped.\n');
  });
});
