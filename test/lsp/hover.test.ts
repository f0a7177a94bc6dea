import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver/node';
import { SourceFile } from '../../server/engine/source';
import type { Finding } from '../../server/engine/types';
import type { Analysis } from '../../server/lsp/analysis';
import { checklistHover } from '../../server/lsp/hover';
import { Resources } from '../../server/lsp/resources';
import { repoPath } from '../harness/paths';

const TEXT = 'services:\n  web:\n    privileged: true\n    pid: host\n';

function finding(at: string, ruleId: string, checklist: string[], length = at.length): Finding {
  const start = TEXT.indexOf(at);
  return { ruleId, severity: 'error', message: 'm', span: { start, end: start + length }, path: '/w/compose.yaml', checklist, fixes: [], related: [] };
}

function analysisOf(findings: Finding[]): Analysis {
  return {
    uri: 'file:///w/compose.yaml',
    version: 1,
    resultId: 1,
    source: new SourceFile(TEXT),
    format: 'compose',
    findings,
    options: { path: '/w/compose.yaml' },
    host: { readFile: () => undefined, stat: () => undefined, glob: () => [] },
    configErrors: undefined,
  };
}

const CAPS = 'container-runtime-security.container-capabilities-dropped-where-unnecessary';
const NAMESPACES = 'network-segmentation.docker-network-isolation';

describe('checklist hover', () => {
  const resources = new Resources(repoPath());

  it('lists the checklist items of every finding under the position, linked to their checklist lines', () => {
    const analysis = analysisOf([finding('privileged: true', 'compose/no-privileged', [CAPS]), finding('privileged', 'compose/other', [CAPS, NAMESPACES])]);
    const hover = checklistHover(analysis, { line: 2, character: 6 }, resources)!;
    assert.deepEqual(hover.range, { start: { line: 2, character: 4 }, end: { line: 2, character: 20 } });
    const lines = (hover.contents as MarkupContent).value.split('\n\n');
    assert.equal(lines.length, 2);
    assert.match(lines[0]!, /^`compose\/no-privileged` checklist: \[Container capabilities dropped where unnecessary\]\(file:\/\/\S+\/docs\/security-hardening-checklist\.md#L\d+\)$/);
    assert.match(lines[1]!, /^`compose\/other` checklist: \[Container capabilities dropped where unnecessary\]\(\S+\); \[.+\]\(\S+\)$/);
  });

  it('is empty off findings, after a finding ends, and for findings without checklist items', () => {
    const analysis = analysisOf([finding('privileged: true', 'compose/no-privileged', [CAPS]), finding('pid: host', 'compose/x', [])]);
    assert.equal(checklistHover(analysis, { line: 1, character: 3 }, resources), undefined);
    assert.equal(checklistHover(analysis, { line: 2, character: 20 }, resources), undefined, 'the end of a range is outside it');
    assert.equal(checklistHover(analysis, { line: 3, character: 6 }, resources), undefined);
  });

  it('covers a zero-width finding at its own position', () => {
    const analysis = analysisOf([finding('web:', 'compose/y', [CAPS], 0)]);
    assert.ok(checklistHover(analysis, { line: 1, character: 2 }, resources));
    assert.equal(checklistHover(analysis, { line: 1, character: 3 }, resources), undefined);
  });

  it('gives plain titles when the checklist is not shipped', () => {
    const hover = checklistHover(analysisOf([finding('privileged: true', 'compose/no-privileged', [CAPS])]), { line: 2, character: 4 }, new Resources(undefined))!;
    assert.equal((hover.contents as MarkupContent).value, '`compose/no-privileged` checklist: Container capabilities dropped where unnecessary');
  });
});
