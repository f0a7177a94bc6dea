import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PRIVILEGED_COMPOSE, runCli, tempDir, writeTree } from './helpers';
import { Linter } from '../../server/engine/linter';
import { ALL_FORMATS } from '../../server/formats';
import strongPassword from '../../rules/redis/strong-password';
import type { Rule } from '../../server/engine/types';

const at = (line: number, character: number) => ({ line, character });

describe('--format json', () => {
  it('writes the version 1 contract with exact 0-based ranges, checklist titles and fixes', () => {
    const dir = tempDir();
    writeTree(dir, { 'stack/docker-compose.yml': PRIVILEGED_COMPOSE });
    const { code, stdout, stderr } = runCli(['--format', 'json', 'stack'], { cwd: dir });
    assert.equal(stderr, '');
    assert.equal(code, 1);
    assert.deepEqual(JSON.parse(stdout), {
      version: 1,
      files: [
        {
          path: 'stack/docker-compose.yml',
          format: 'compose',
          findings: [
            {
              ruleId: 'compose/read-only-root-filesystem',
              severity: 'warning',
              message: 'Service "web" has a writable root filesystem; set read_only: true and mount tmpfs/volumes where it writes.',
              range: { start: at(1, 2), end: at(1, 5) },
              checklist: [{ id: 'container-hardening.read-only-root-filesystem-where', title: 'Read-only root filesystem where possible' }],
              fixes: [
                {
                  title: 'Set read_only: true (changes runtime behaviour: writes outside volumes/tmpfs will fail)',
                  isPreferred: true,
                  edits: [{ range: { start: at(4, 0), end: at(4, 0) }, newText: '    read_only: true\n' }],
                },
              ],
            },
            {
              ruleId: 'compose/no-privileged',
              severity: 'error',
              message: 'Service runs privileged: it gets every capability and the host devices, and can escape the container.',
              range: { start: at(3, 4), end: at(3, 20) },
              checklist: [
                {
                  id: 'container-runtime-security.container-capabilities-dropped-where-unnecessary',
                  title: 'Container capabilities dropped where unnecessary',
                },
                { id: 'container-hardening.security-profiles-applied', title: 'Security profiles applied' },
              ],
              fixes: [
                {
                  title: 'Remove "privileged: true" (changes runtime behaviour: the container loses host privileges)',
                  isPreferred: true,
                  edits: [{ range: { start: at(3, 0), end: at(4, 0) }, newText: '' }],
                },
              ],
            },
          ],
        },
      ],
    });
  });

  it('writes keys in the documented order', () => {
    const dir = tempDir();
    writeTree(dir, { 'docker-compose.yml': PRIVILEGED_COMPOSE });
    const report = JSON.parse(runCli(['--format', 'json'], { cwd: dir }).stdout);
    assert.deepEqual(Object.keys(report), ['version', 'files']);
    assert.deepEqual(Object.keys(report.files[0]), ['path', 'format', 'findings']);
    assert.deepEqual(Object.keys(report.files[0].findings[0]), ['ruleId', 'severity', 'message', 'range', 'checklist', 'fixes']);
  });

  it('counts characters in UTF-16 code units and lines across CRLF', () => {
    const dir = tempDir();
    // "é" is one UTF-16 unit and "🔒" two, so the 4-character name spans 5 units.
    writeTree(dir, { 'compose.yaml': 'services:\r\n  # note\r\n  wé🔒b:\r\n    image: x\r\n' });
    const report = JSON.parse(runCli(['--format', 'json', 'compose.yaml'], { cwd: dir }).stdout);
    assert.deepEqual(report.files[0].findings.map((f: { range: unknown }) => f.range), [{ start: at(2, 2), end: at(2, 7) }]);
  });

  it('lists skipped files with their reason and no findings', () => {
    const dir = tempDir();
    writeTree(dir, { 'docker-compose.yml': 'services:\n  a:\n    image: x\n\u0000\n' });
    const report = JSON.parse(runCli(['--format', 'json', '.'], { cwd: dir }).stdout);
    assert.deepEqual(report.files, [
      { path: 'docker-compose.yml', format: 'compose', skipped: 'binary content (NUL bytes)', findings: [] },
    ]);
  });

  it('shows a placeholder for a password a fix would generate, so two runs write the same report', () => {
    const dir = tempDir();
    writeTree(dir, { 'redis.conf': 'requirepass foobared\n' });
    const linter = new Linter(ALL_FORMATS, [strongPassword] as Rule[]);
    const first = runCli(['--format', 'json', '.'], { cwd: dir, linter }).stdout;
    const second = runCli(['--format', 'json', '.'], { cwd: dir, linter }).stdout;
    assert.equal(first, second);
    const fixes = JSON.parse(first).files[0].findings[0].fixes;
    assert.deepEqual(fixes, [
      {
        title: 'Replace the password with a new random one (changes runtime behaviour: clients must be given the new password)',
        isPreferred: false,
        edits: [{ range: { start: at(0, 12), end: at(0, 20) }, newText: '<new-random-password>' }],
      },
    ]);
  });

  it('keeps files without findings, and gives paths outside the working folder as ../', () => {
    const dir = tempDir();
    writeTree(dir, { 'app/compose.yml': 'services:\n  web:\n    image: x\n    read_only: true\n', 'work/.keep': '' });
    const report = JSON.parse(runCli(['--format', 'json', '../app'], { cwd: `${dir}/work` }).stdout);
    assert.deepEqual(report.files, [{ path: '../app/compose.yml', format: 'compose', findings: [] }]);
  });
});
