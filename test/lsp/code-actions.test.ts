import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../../server/engine/edits';
import { SourceFile } from '../../server/engine/source';
import type { Finding } from '../../server/engine/types';
import { disableForFileEdit, disableForLineEdit, kindRequested } from '../../server/lsp/code-actions';

function finding(text: string, at: string, ruleId = 'compose/no-privileged'): Finding {
  const start = text.indexOf(at);
  return { ruleId, severity: 'error', message: 'm', span: { start, end: start + at.length }, path: '/x', checklist: [], fixes: [], related: [] };
}

describe('suppression comments', () => {
  it('inserts above the line with its indentation and line ending', () => {
    const text = 'services:\r\n  web:\r\n\tprivileged: true\r\n';
    const source = new SourceFile(text);
    const out = applyEdits(text, [disableForLineEdit(source, finding(text, 'privileged'))]);
    assert.equal(out, 'services:\r\n  web:\r\n\t# hardenlint-disable-next-line compose/no-privileged\r\n\tprivileged: true\r\n');
  });

  it('on a last line without terminator, uses the file line ending', () => {
    const text = 'a:\n  b: 1';
    const out = applyEdits(text, [disableForLineEdit(new SourceFile(text), finding(text, 'b: 1', 'x/y'))]);
    assert.equal(out, 'a:\n  # hardenlint-disable-next-line x/y\n  b: 1');
  });

  it('extends an existing directive for the line, before its reason', () => {
    const text = '  # hardenlint-disable-next-line compose/a -- needed for tests\n  privileged: true\n';
    const out = applyEdits(text, [disableForLineEdit(new SourceFile(text), finding(text, 'privileged'))]);
    assert.equal(out, '  # hardenlint-disable-next-line compose/a, compose/no-privileged -- needed for tests\n  privileged: true\n');
  });

  it('disables for the file at the top, or extends the file directive', () => {
    const text = 'services: {}\n';
    assert.equal(applyEdits(text, [disableForFileEdit(new SourceFile(text), 'x/y')]), '# hardenlint-disable-file x/y\nservices: {}\n');
    const withDirective = 'a: 1\n# hardenlint-disable-file x/y\n';
    assert.equal(
      applyEdits(withDirective, [disableForFileEdit(new SourceFile(withDirective), 'x/z')]),
      'a: 1\n# hardenlint-disable-file x/y, x/z\n',
    );
  });
});

describe('code action kinds', () => {
  it('match hierarchically', () => {
    assert.equal(kindRequested(undefined, 'quickfix'), true);
    assert.equal(kindRequested(['source'], 'source.fixAll.hardenlint'), true);
    assert.equal(kindRequested(['source.fixAll'], 'source.fixAll.hardenlint'), true);
    assert.equal(kindRequested(['source.fixAll.hardenlint'], 'source.fixAll.hardenlint'), true);
    assert.equal(kindRequested(['source.fixAll.other'], 'source.fixAll.hardenlint'), false);
    assert.equal(kindRequested(['quickfix'], 'source.fixAll.hardenlint'), false);
    assert.equal(kindRequested(['source.fix'], 'source.fixAll.hardenlint'), false);
  });
});
