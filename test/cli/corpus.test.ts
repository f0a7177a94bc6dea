/**
 * The CLI with every shipped format and rule over the real-world corpus: every
 * file of a registered format is found, reports agree across output formats,
 * and --fix on a copy is stable and introduces no parse errors.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, cpSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from '../../server/default-linter';
import { SourceFile } from '../../server/engine/source';
import { corpusPath } from '../harness/paths';
import { runCli, tempDir } from './helpers';

const linter = createLinter();

interface JsonReport {
  files: { path: string; format: string; skipped?: string; findings: { ruleId: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[] }[];
}

/** A writable copy (the shared corpus has no write bits). */
function copyOfCorpus(): string {
  const dir = tempDir();
  cpSync(corpusPath(), join(dir, 'corpus'), { recursive: true });
  const makeWritable = (path: string): void => {
    const isDir = statSync(path).isDirectory();
    chmodSync(path, isDir ? 0o755 : 0o644);
    if (isDir) for (const name of readdirSync(path)) makeWritable(join(path, name));
  };
  makeWritable(dir);
  return dir;
}

describe('CLI on the corpus', () => {
  const dir = copyOfCorpus();
  const json = runCli(['--format', 'json', 'corpus'], { cwd: dir, linter });
  const report = JSON.parse(json.stdout) as JsonReport;

  it('lints files of every registered format, with ranges inside the files', () => {
    assert.notEqual(json.code, 2, json.stderr);
    const formats = new Set(report.files.map((f) => f.format));
    for (const format of ['compose', 'nginx', 'redis']) assert.ok(formats.has(format), `${format} files are found`);
    for (const file of report.files) {
      assert.ok(linter.format(file.format as never), `${file.path}: registered format`);
      const source = new SourceFile(readFileSync(join(dir, file.path), 'utf8'));
      for (const f of file.findings) {
        const start = source.offsetAt(f.range.start);
        const end = source.offsetAt(f.range.end);
        assert.deepEqual(source.positionAt(start), f.range.start, `${file.path}: ${f.ruleId} start is a real position`);
        assert.deepEqual(source.positionAt(end), f.range.end, `${file.path}: ${f.ruleId} end is a real position`);
        assert.ok(start <= end, `${file.path}: ${f.ruleId} range is ordered`);
      }
    }
  });

  it('reports the same findings in SARIF', () => {
    const sarif = JSON.parse(runCli(['--format', 'sarif', 'corpus'], { cwd: dir, linter }).stdout);
    const results = sarif.runs[0].results as { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[];
    const fromJson = report.files.flatMap((file) => file.findings.map((f) => `${file.path}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.ruleId}`));
    const fromSarif = results.map((r) => {
      const loc = r.locations[0]!.physicalLocation;
      return `${decodeURIComponent(loc.artifactLocation.uri)}:${loc.region.startLine}:${loc.region.startColumn} ${r.ruleId}`;
    });
    assert.deepEqual(fromSarif, fromJson);
  });

  it('--fix on a copy introduces no parse error, and a second run changes nothing', () => {
    const fixDir = copyOfCorpus();
    const first = runCli(['--fix', '--format', 'json', 'corpus'], { cwd: fixDir, linter });
    const after = JSON.parse(first.stdout) as JsonReport;
    const parseErrors = (r: JsonReport) => r.files.flatMap((f) => f.findings.filter((x) => x.ruleId === 'hardenlint/parse-error').map(() => f.path));
    assert.deepEqual(parseErrors(after), parseErrors(report));
    assert.match(first.stderr, /applied [1-9]\d* fix/);
    const second = runCli(['--fix', '--format', 'json', 'corpus'], { cwd: fixDir, linter });
    assert.equal(second.stderr, 'hardenlint: applied 0 fixes in 0 files\n');
    assert.deepEqual(JSON.parse(second.stdout), after);
  });
});
