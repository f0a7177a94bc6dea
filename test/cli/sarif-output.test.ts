import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { findItem, plainTitle } from '../../rules/checklist';
import { PRIVILEGED_COMPOSE, runCli, tempDir, testLinter, writeTree } from './helpers';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any;

function sarifFor(files: Record<string, string>, args: string[] = ['.']): { log: Json; dir: string; code: number } {
  const dir = tempDir();
  writeTree(dir, files);
  const { stdout, code } = runCli(['--format', 'sarif', ...args], { cwd: dir });
  return { log: JSON.parse(stdout), dir, code };
}

function assertRegion(region: Json): void {
  for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn']) {
    assert.ok(Number.isInteger(region[key]) && region[key] >= 1, `${key} is a 1-based integer`);
  }
}

describe('--format sarif', () => {
  it('has the SARIF 2.1.0 top level and one run with the driver', () => {
    const { log, dir, code } = sarifFor({ 'docker-compose.yml': PRIVILEGED_COMPOSE });
    assert.equal(code, 1);
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-2\.1\.0/);
    assert.equal(log.runs.length, 1);
    const run = log.runs[0];
    assert.equal(run.tool.driver.name, 'hardenlint');
    assert.equal(run.tool.driver.informationUri, undefined, 'no home page is named in package.json');
    assert.match(run.tool.driver.version, /^\d+\.\d+\.\d+/);
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: pathToFileURL(dir).href + '/' } });
  });

  it('describes every rule with level and checklist tags, and no local help path', () => {
    const { log } = sarifFor({ 'docker-compose.yml': PRIVILEGED_COMPOSE });
    const rules: Json[] = log.runs[0].tool.driver.rules;
    for (const rule of testLinter.rules) {
      const d = rules.find((r) => r.id === rule.meta.id);
      assert.ok(d, `rule ${rule.meta.id} is described`);
      assert.equal(typeof d.shortDescription.text, 'string');
      assert.equal(d.fullDescription.text, rule.meta.description);
      assert.equal(d.helpUri, undefined, 'without a repository in package.json no local path is published');
      assert.equal(d.defaultConfiguration.level, rule.meta.severity === 'error' ? 'error' : 'warning');
      for (const id of rule.meta.checklist) {
        assert.ok(d.properties.tags.includes(`checklist:${id}`));
        assert.ok(d.properties.tags.includes(plainTitle(findItem(id)!.item.title)));
      }
    }
    assert.ok(rules.some((r) => r.id === 'hardenlint/parse-error'));
  });

  it('gives results with level, message, 1-based region, relative URI and rule index', () => {
    const { log } = sarifFor({ 'app/docker-compose.yml': PRIVILEGED_COMPOSE });
    const run = log.runs[0];
    const results: Json[] = run.results;
    assert.equal(results.length, 2);
    const privileged = results.find((r) => r.ruleId === 'compose/no-privileged');
    assert.equal(privileged.level, 'error');
    assert.match(privileged.message.text, /runs privileged/);
    assert.equal(run.tool.driver.rules[privileged.ruleIndex].id, 'compose/no-privileged');
    const location = privileged.locations[0].physicalLocation;
    assert.deepEqual(location.artifactLocation, { uri: 'app/docker-compose.yml', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(location.region, { startLine: 4, startColumn: 5, endLine: 4, endColumn: 21 });
    for (const r of results) r.locations.forEach((l: Json) => assertRegion(l.physicalLocation.region));
    assert.equal(results.find((r) => r.ruleId === 'compose/read-only-root-filesystem').level, 'warning');
  });

  it('carries preferred fixes as replacements: deleted region and inserted text', () => {
    const { log } = sarifFor({ 'docker-compose.yml': PRIVILEGED_COMPOSE });
    const results: Json[] = log.runs[0].results;
    const removal = results.find((r) => r.ruleId === 'compose/no-privileged').fixes;
    assert.equal(removal.length, 1);
    assert.match(removal[0].description.text, /^Remove "privileged: true"/);
    assert.deepEqual(removal[0].artifactChanges, [
      {
        artifactLocation: { uri: 'docker-compose.yml', uriBaseId: '%SRCROOT%' },
        replacements: [{ deletedRegion: { startLine: 4, startColumn: 1, endLine: 5, endColumn: 1 }, insertedContent: { text: '' } }],
      },
    ]);
    const insertion = results.find((r) => r.ruleId === 'compose/read-only-root-filesystem').fixes[0].artifactChanges[0].replacements[0];
    // An insertion point: an empty region.
    assert.deepEqual(insertion, { deletedRegion: { startLine: 5, startColumn: 1, endLine: 5, endColumn: 1 }, insertedContent: { text: '    read_only: true\n' } });
  });

  it('maps information to note and percent-encodes URIs', () => {
    const dir = tempDir();
    writeTree(dir, { 'my stack/compose.yml': PRIVILEGED_COMPOSE });
    const log = JSON.parse(runCli(['--format', 'sarif', '--rule', 'compose/no-privileged:info', '.'], { cwd: dir }).stdout);
    const result = log.runs[0].results.find((r: Json) => r.ruleId === 'compose/no-privileged');
    assert.equal(result.level, 'note');
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'my%20stack/compose.yml');
  });

  it('reports skipped files as notifications and leaves results empty for them', () => {
    const { log } = sarifFor({ 'docker-compose.yml': 'services: {}\n\u0000' });
    const run = log.runs[0];
    assert.deepEqual(run.results, []);
    assert.equal(run.invocations[0].executionSuccessful, true);
    assert.match(run.invocations[0].toolExecutionNotifications[0].message.text, /docker-compose\.yml skipped: binary/);
  });
});
