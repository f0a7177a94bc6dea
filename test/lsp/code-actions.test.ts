import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../../server/engine/edits';
import { SourceFile } from '../../server/engine/source';
import { codeActions, disableForFileEdit, disableForLineEdit, FIX_ALL_KIND, kindRequested } from '../../server/lsp/code-actions';
import { Linter } from '../../server/engine/linter';
import { ALL_FORMATS } from '../../server/formats';
import type { Finding, Rule } from '../../server/engine/types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import connectionLogging from '../../rules/postgresql/connection-logging';
import sslEnabled from '../../rules/postgresql/ssl-enabled';

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

describe('fix-all titles', () => {
  const linter = new Linter(ALL_FORMATS, [connectionLogging, sslEnabled] as Rule[]);
  function fixAllTitle(text: string): string | undefined {
    const document = TextDocument.create('file:///srv/pg/postgresql.conf', 'postgresql-conf', 1, text);
    const actions = codeActions(
      { textDocument: { uri: document.uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: [FIX_ALL_KIND] } },
      { linter, document, analysis: undefined, currentOptions: () => ({ path: '/srv/pg/postgresql.conf', format: 'postgresql' }), documentChanges: false, resolveEdits: false },
    );
    return actions[0]?.title;
  }

  it('say when a fix they apply changes runtime behaviour', () => {
    assert.equal(fixAllTitle('log_connections = off\nlog_disconnections = on\nssl = on\n'), 'Fix all auto-fixable hardenlint problems');
    assert.equal(
      fixAllTitle("log_connections = off\nlog_disconnections = on\nssl = off\nssl_cert_file = 'db.crt'\n"),
      'Fix all auto-fixable hardenlint problems (changes runtime behaviour: see each fix)',
    );
  });
});
