import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Linter } from '../../server/engine/linter';
import type { Rule } from '../../server/engine/types';
import { ALL_FORMATS } from '../../server/formats';
import noPrivileged from '../../rules/compose/no-privileged';
import untrustedRegistry from '../../rules/compose/untrusted-registry';
import { PRIVILEGED_COMPOSE, runCli, tempDir, writeTree } from './helpers';

interface Report {
  files: { path: string; skipped?: string; findings: { ruleId: string; severity: string }[] }[];
}

function lintJson(dir: string, argv: string[], cwd = dir): { report: Report; stderr: string; code: number } {
  const result = runCli(['--format', 'json', ...argv], { cwd });
  return { report: JSON.parse(result.stdout) as Report, stderr: result.stderr, code: result.code };
}

const summary = (report: Report) =>
  report.files.map((f) => `${f.path}${f.skipped ? ` (${f.skipped})` : ''}: ${f.findings.map((x) => `${x.ruleId}=${x.severity}`).join(' ')}`);

describe('configuration', () => {
  it('is found upward from each file, the nearest one winning', () => {
    const dir = tempDir();
    writeTree(dir, {
      '.hardenlint.yaml': 'rules:\n  compose/read-only-root-filesystem: off\n',
      'apps/shop/deploy/compose.yml': PRIVILEGED_COMPOSE,
      'apps/blog/.hardenlint.yml': 'rules:\n  compose/no-privileged: warning\n',
      'apps/blog/compose.yml': PRIVILEGED_COMPOSE,
    });
    assert.deepEqual(summary(lintJson(dir, ['apps']).report), [
      'apps/blog/compose.yml: compose/read-only-root-filesystem=warning compose/no-privileged=warning',
      'apps/shop/deploy/compose.yml: compose/no-privileged=error',
    ]);
  });

  it('--config replaces discovery; --rule overrides both', () => {
    const dir = tempDir();
    writeTree(dir, {
      '.hardenlint.yaml': 'rules:\n  compose/no-privileged: off\n',
      'ci/strict.yaml': 'rules:\n  compose/read-only-root-filesystem: error\n',
      'compose.yml': PRIVILEGED_COMPOSE,
    });
    assert.deepEqual(summary(lintJson(dir, ['--config', 'ci/strict.yaml', '.']).report), [
      'compose.yml: compose/read-only-root-filesystem=error compose/no-privileged=error',
    ]);
    assert.deepEqual(summary(lintJson(dir, ['--rule', 'compose/read-only-root-filesystem:hint', '--rule', 'compose/no-privileged:error', '.']).report), [
      'compose.yml: compose/read-only-root-filesystem=hint compose/no-privileged=error',
    ]);
  });

  it('warns about unknown rule ids in the config and in --rule, and keeps going', () => {
    const dir = tempDir();
    writeTree(dir, { '.hardenlint.yaml': 'rules:\n  compose/no-such-rule: error\n', 'compose.yml': PRIVILEGED_COMPOSE });
    const { stderr, code, report } = lintJson(dir, ['--rule', 'nginx/nope:off', '.']);
    assert.equal(stderr, 'hardenlint: --rule nginx/nope: unknown rule id\nhardenlint: .hardenlint.yaml: rules.compose/no-such-rule: unknown rule id\n');
    assert.equal(code, 1);
    assert.equal(report.files[0]!.findings.length, 2);
  });

  it('suggests the rule id meant, and reports unknown options and options of the wrong kind', () => {
    const dir = tempDir();
    writeTree(dir, {
      '.hardenlint.yaml':
        'rules:\n' +
        '  compose/no-privileged-mode: off\n' +
        '  untrusted-registry: off\n' +
        '  compose/untrusted-registry: [warning, { trustedRegistry: [ghcr.io] }]\n' +
        '  compose/no-privileged: { options: { trustedRegistries: ghcr.io } }\n',
      'sub/.hardenlint.yaml': 'rules:\n  compose/untrusted-registry: { options: { trustedRegistries: ghcr.io } }\n',
      'compose.yml': PRIVILEGED_COMPOSE,
      'sub/compose.yml': PRIVILEGED_COMPOSE,
    });
    const linter = new Linter(ALL_FORMATS, [noPrivileged, untrustedRegistry] as Rule[]);
    const result = runCli(['--format', 'json', '--rule', 'compose/no-privilege:warning', '.'], { cwd: dir, linter });
    assert.equal(
      result.stderr,
      [
        'hardenlint: --rule compose/no-privilege: unknown rule id; did you mean compose/no-privileged?',
        'hardenlint: .hardenlint.yaml: rules.compose/no-privileged-mode: unknown rule id; did you mean compose/no-privileged?',
        'hardenlint: .hardenlint.yaml: rules.untrusted-registry: unknown rule id; did you mean compose/untrusted-registry?',
        'hardenlint: .hardenlint.yaml: rules.compose/untrusted-registry: unknown option "trustedRegistry"; did you mean "trustedRegistries"?',
        'hardenlint: .hardenlint.yaml: rules.compose/no-privileged: unknown option "trustedRegistries"; the rule has no options',
        'hardenlint: sub/.hardenlint.yaml: rules.compose/untrusted-registry: option "trustedRegistries" should be a list, got "ghcr.io"',
        '',
      ].join('\n'),
    );
    // The misspelt id turned nothing off.
    const report = JSON.parse(result.stdout) as Report;
    assert.deepEqual(summary(report), ['compose.yml: compose/no-privileged=error', 'sub/compose.yml: compose/no-privileged=error']);
  });

  it('prints configuration errors with the config path, once, and never crashes', () => {
    const dir = tempDir();
    writeTree(dir, {
      'a/.hardenlint.yaml': 'rules: [unclosed\n',
      'a/compose.yml': PRIVILEGED_COMPOSE,
      'a/sub/compose.yml': PRIVILEGED_COMPOSE,
      'b/.hardenlint.json': '{"rules": {"compose/no-privileged": "loud"}, "colour": true, "maxFileSize": -1}',
      'b/compose.yml': PRIVILEGED_COMPOSE,
    });
    const { stderr, report } = lintJson(dir, ['.']);
    const lines = stderr.trimEnd().split('\n');
    assert.equal(lines.length, 4, stderr);
    assert.match(lines[0]!, /^hardenlint: a\/\.hardenlint\.yaml: cannot parse: /);
    assert.equal(lines[1], 'hardenlint: b/.hardenlint.json: rules.compose/no-privileged: unknown severity "loud"; use one of off, error, warning, information, hint');
    assert.equal(lines[2], 'hardenlint: b/.hardenlint.json: unknown key "colour"; the keys are rules, ignore, maxFileSize');
    assert.equal(lines[3], 'hardenlint: b/.hardenlint.json: maxFileSize must be a positive number of bytes');
    assert.equal(report.files.length, 3);
  });

  it('ignore globs in the config are relative to its folder; ignored files in folders are left out', () => {
    const dir = tempDir();
    writeTree(dir, {
      'repo/.hardenlint.yaml': 'ignore:\n  - "vendor/**"\n  - "**/*.generated.yml"\n',
      'repo/vendor/lib/compose.yml': PRIVILEGED_COMPOSE,
      'repo/deploy/compose.generated.yml': PRIVILEGED_COMPOSE,
      'repo/deploy/compose.yml': PRIVILEGED_COMPOSE,
    });
    assert.deepEqual(summary(lintJson(dir, ['repo']).report).map((s) => s.split(':')[0]), ['repo/deploy/compose.yml']);
    // Named explicitly, an ignored file is listed as skipped.
    assert.deepEqual(summary(lintJson(dir, ['repo/vendor/lib/compose.yml']).report), ['repo/vendor/lib/compose.yml (ignored by configuration): ']);
  });

  it('--ignore-pattern globs are relative to the working folder and prune folders', () => {
    const dir = tempDir();
    writeTree(dir, {
      'keep/compose.yml': PRIVILEGED_COMPOSE,
      'third_party/x/compose.yml': PRIVILEGED_COMPOSE,
      'keep/old/docker-compose.yml': PRIVILEGED_COMPOSE,
    });
    const { report } = lintJson(dir, ['--ignore-pattern', 'third_party', '--ignore-pattern', 'keep/old/**', '.']);
    assert.deepEqual(report.files.map((f) => f.path), ['keep/compose.yml']);
    const explicit = lintJson(dir, ['--ignore-pattern', 'third_party/', 'third_party/x/compose.yml']).report;
    assert.deepEqual(summary(explicit), ['third_party/x/compose.yml (ignored by --ignore-pattern): ']);
  });

  it('skips node_modules and .git when walking', () => {
    const dir = tempDir();
    writeTree(dir, {
      'node_modules/pkg/docker-compose.yml': PRIVILEGED_COMPOSE,
      '.git/compose.yml': PRIVILEGED_COMPOSE,
      'compose.yml': PRIVILEGED_COMPOSE,
    });
    assert.deepEqual(lintJson(dir, ['.']).report.files.map((f) => f.path), ['compose.yml']);
  });

  it('maxFileSize skips larger files with a message', () => {
    const dir = tempDir();
    writeTree(dir, {
      '.hardenlint.yaml': 'maxFileSize: 100\n',
      'big/compose.yml': PRIVILEGED_COMPOSE + `# ${'x'.repeat(200)}\n`,
      'small/compose.yml': PRIVILEGED_COMPOSE,
    });
    const { report, code } = lintJson(dir, ['.']);
    assert.deepEqual(summary(report)[0], 'big/compose.yml (larger than maxFileSize (266 > 100 bytes)): ');
    assert.equal(report.files[1]!.findings.length, 2);
    assert.equal(code, 1);
    const text = runCli(['big'], { cwd: dir });
    assert.equal(text.stdout, 'big/compose.yml  skipped: larger than maxFileSize (266 > 100 bytes)\n\nNo problems in 0 files checked.\n1 file skipped.\n');
    assert.equal(text.code, 0);
  });
});

describe('inline suppressions', () => {
  const lint = (text: string) => {
    const dir = tempDir();
    writeTree(dir, { 'compose.yml': text });
    return summary(lintJson(dir, ['.']).report)[0]!.replace('compose.yml: ', '');
  };

  it('disable-next-line silences the named rule on the next line only, with a reason', () => {
    assert.equal(
      lint('services:\n  web:\n    # hardenlint-disable-next-line compose/no-privileged -- needs /dev/kvm, reviewed 2024-05\n    privileged: true\n    read_only: true\n'),
      '',
    );
    assert.equal(
      lint('services:\n  web:\n    # hardenlint-disable-next-line compose/no-privileged\n    read_only: true\n    privileged: true\n'),
      'compose/no-privileged=error',
    );
  });

  it('disable-line silences findings on its own line; other rules still report', () => {
    assert.equal(lint('services:\n  web:\n    privileged: true # hardenlint-disable-line compose/no-privileged -- lab box\n'), 'compose/read-only-root-filesystem=warning');
    assert.equal(lint('services:\n  web:\n    privileged: true # hardenlint-disable-line compose/read-only-root-filesystem\n'), 'compose/read-only-root-filesystem=warning compose/no-privileged=error');
  });

  it('disable-file silences a rule everywhere, and without ids every rule', () => {
    assert.equal(lint('# hardenlint-disable-file compose/read-only-root-filesystem -- legacy stack\nservices:\n  a:\n    image: x\n  b:\n    privileged: true\n'), 'compose/no-privileged=error');
    assert.equal(lint('services:\n  a:\n    privileged: true\n# hardenlint-disable-file\n'), '');
  });

  it('a list of rule ids is accepted', () => {
    assert.equal(lint('services:\n  # hardenlint-disable-next-line compose/no-privileged, compose/read-only-root-filesystem -- test rig\n  web:\n    privileged: true\n'), 'compose/no-privileged=error');
  });
});
