/** Compose edit helpers: style-keeping scalar replacement and block/flow insertion. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument, type Scalar, type YAMLMap } from 'yaml';
import { applyEdits } from '../../../server/engine/edits';
import { SourceFile } from '../../../server/engine/source';
import { indentsSequences, insertKeyWithList, insertKeyWithMap, replaceScalarKeepingStyle } from '../../../server/formats/compose/edits';

function firstValue(text: string): { source: SourceFile; map: YAMLMap; value: Scalar } {
  const doc = parseDocument(text);
  const map = doc.contents as YAMLMap;
  return { source: new SourceFile(text), map, value: map.items[0]!.value as Scalar };
}

describe('compose edits', () => {
  it('keeps quotes and narrows the edit', () => {
    const { source, value } = firstValue('a: "x" # c\n');
    const edit = replaceScalarKeepingStyle(source, value, 'xy');
    assert.deepEqual(edit, { start: 5, end: 5, newText: 'y' });
  });
  it('quotes a plain string that would change type or break a flow mapping', () => {
    let t = firstValue('a: x\n');
    assert.equal(applyEdits(t.source.text, [replaceScalarKeepingStyle(t.source, t.value, 'true')]), 'a: "true"\n');
    t = firstValue('a: false\n');
    assert.equal(applyEdits(t.source.text, [replaceScalarKeepingStyle(t.source, t.value, 'true')]), 'a: true\n');
    t = firstValue('{a: x}\n');
    assert.equal(applyEdits(t.source.text, [replaceScalarKeepingStyle(t.source, t.value, '${A:?x}', true)]), '{a: "${A:?x}"}\n');
  });
  it('inserts lists and nested maps in the file style', () => {
    const block = 'svc:\n    image: x\n';
    const doc = parseDocument(block);
    const svc = (doc.contents as YAMLMap).items[0]!.value as YAMLMap;
    const source = new SourceFile(block);
    assert.equal(applyEdits(block, [insertKeyWithList(source, svc, 'k', ['A'])]), 'svc:\n    image: x\n    k:\n        - A\n');
    assert.equal(applyEdits(block, [insertKeyWithMap(source, svc, 'l', [['o', [['m', '1']]]])]), 'svc:\n    image: x\n    l:\n        o:\n            m: 1\n');
    const flow = '{image: x}\n';
    const fmap = parseDocument(flow).contents as YAMLMap;
    assert.equal(applyEdits(flow, [insertKeyWithMap(new SourceFile(flow), fmap, 'l', [['o', [['m', '1']]]])]), '{image: x, l: {o: {m: 1}}}\n');
  });
  it('detects compact sequences', () => {
    assert.equal(indentsSequences(new SourceFile('a:\n- x\n')), false);
    assert.equal(indentsSequences(new SourceFile('a:\n  - x\n')), true);
  });
});
