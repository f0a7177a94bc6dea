/**
 * End-to-end tests of the bundled language server over stdio: diagnostics,
 * quick fixes, fix-all, settings, configuration files, closing, bad input.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, Hover, MarkupContent, TextDocumentEdit } from 'vscode-languageserver/node';
import { createLinter } from '../../server/default-linter';
import { fixAll } from '../../server/engine/fix-all';
import { FsHost } from '../../server/node/fs-host';
import { ConfigLoader } from '../../server/node/config-loader';
import { SourceFile } from '../../server/engine/source';
import { repoPath } from '../harness/paths';
import { applyLspEdits, CLIENT_CAPABILITIES, TestClient } from './lsp-client';

const TEST_TIMEOUT = { timeout: 30_000 };
const PRIVILEGED = 'compose/no-privileged';
const PRIVILEGED_COMPOSE = 'services:\n  web:\n    image: nginx:1.27\n    privileged: true\n';

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code);
const editsOf = (action: CodeAction) => {
  const change = action.edit?.documentChanges?.[0] as TextDocumentEdit | undefined;
  assert.ok(change, `action "${action.title}" has versioned document changes`);
  return change;
};

describe('hardenlint language server over stdio', () => {
  let dir: string;
  let client: TestClient;
  let uriCounter = 0;
  const newUri = (name = 'docker-compose.yml') => pathToFileURL(join(dir, `case${++uriCounter}`, name)).href;
  const codeActions = (uri: string, diagnostics: Diagnostic[], only?: string[]) =>
    client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics, ...(only ? { only } : {}) },
    }) as Promise<CodeAction[]>;
  /** Open a document and wait for its first diagnostics. */
  const openAndLint = async (uri: string, text: string, languageId = 'dockercompose') => {
    const published = client.waitForDiagnostics(uri, (p) => p.version === 1);
    await client.open(uri, languageId, text);
    return (await published).diagnostics;
  };
  const changeAndLint = async (uri: string, version: number, text: string) => {
    const published = client.waitForDiagnostics(uri, (p) => p.version === version);
    await client.change(uri, version, text);
    return (await published).diagnostics;
  };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hardenlint-lsp-'));
    client = new TestClient();
    client.settings = { debounceMs: 20 };
    const result = (await client.initialize(pathToFileURL(dir).href)) as { capabilities: { codeActionProvider: { codeActionKinds: string[] } } };
    assert.deepEqual(result.capabilities.codeActionProvider.codeActionKinds, ['quickfix', 'source.fixAll.hardenlint']);
  });

  after(async () => {
    await client.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes diagnostics with rule id, exact range, doc link and data; checklist items on hover', TEST_TIMEOUT, async () => {
    const uri = newUri();
    const diagnostics = await openAndLint(uri, PRIVILEGED_COMPOSE);
    const d = diagnostics.find((x) => x.code === PRIVILEGED);
    assert.ok(d, `no ${PRIVILEGED} among ${codes(diagnostics).join(', ')}`);
    assert.deepEqual(d.range, { start: { line: 3, character: 4 }, end: { line: 3, character: 20 } });
    assert.equal(d.source, 'hardenlint');
    assert.equal(d.severity, 1);
    assert.equal(d.tags, undefined);
    assert.match(d.codeDescription!.href, /^file:\/\/.*\/docs\/rules\/compose\/no-privileged\.md$/);
    const data = d.data as { version: number; resultId: number; index: number };
    assert.deepEqual(Object.keys(data).sort(), ['index', 'resultId', 'version']);
    assert.equal(data.version, 1);
    assert.equal(typeof data.resultId, 'number');
    assert.equal(typeof data.index, 'number');
    // The checklist items are given on hover, not repeated in every published diagnostic.
    assert.equal(d.relatedInformation, undefined);
    assert.ok(!d.message.includes('Checklist'), d.message);
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 10 } })) as Hover;
    assert.deepEqual(hover.range, d.range);
    const markdown = (hover.contents as MarkupContent).value;
    const link = /^`compose\/no-privileged` checklist: \[Container capabilities dropped where unnecessary\]\((file:\/\/\S+security-hardening-checklist\.md)#L(\d+)\)/.exec(markdown);
    assert.ok(link, markdown);
    const checklistLines = readFileSync(repoPath('docs', 'security-hardening-checklist.md'), 'utf8').split('\n');
    assert.match(checklistLines[Number(link[2]) - 1]!, /- \[ \] Container capabilities dropped where unnecessary/);
    // Nothing to say away from findings.
    assert.equal(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } }), null);
    await client.close(uri);
  });

  it('applies the preferred quick fix, re-lints the new version, refuses stale code actions', TEST_TIMEOUT, async () => {
    const uri = newUri();
    const first = await openAndLint(uri, PRIVILEGED_COMPOSE);
    const d = first.find((x) => x.code === PRIVILEGED)!;
    const actions = await codeActions(uri, [d]);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes(`Disable ${PRIVILEGED} for this line`), titles.join(' | '));
    assert.ok(titles.includes(`Disable ${PRIVILEGED} for the entire file`), titles.join(' | '));
    const preferred = actions.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1);
    assert.equal(preferred[0]!.kind, 'quickfix');
    assert.match(preferred[0]!.title, /changes runtime behaviour/);
    const change = editsOf(preferred[0]!);
    assert.deepEqual(change.textDocument, { uri, version: 1 });
    const fixed = applyLspEdits(PRIVILEGED_COMPOSE, change.edits as never);
    assert.equal(fixed, 'services:\n  web:\n    image: nginx:1.27\n');

    const second = await changeAndLint(uri, 2, fixed);
    assert.ok(!codes(second).includes(PRIVILEGED), codes(second).join(', '));
    // The version-1 diagnostic no longer matches the document: no edits for it.
    assert.deepEqual(await codeActions(uri, [d]), []);
    // A diagnostic of version 2 while the document is already at version 3 (not yet linted): none either.
    await client.change(uri, 3, fixed + '# edited\n');
    const v2 = second[0];
    if (v2) assert.deepEqual(await codeActions(uri, [v2], ['quickfix']), []);
    await client.close(uri);
  });

  it('inserts a disable comment with the line indentation and CRLF, and the finding goes away', TEST_TIMEOUT, async () => {
    const uri = newUri();
    const text = PRIVILEGED_COMPOSE.replace(/\n/g, '\r\n');
    const d = (await openAndLint(uri, text)).find((x) => x.code === PRIVILEGED)!;
    const disable = (await codeActions(uri, [d])).find((a) => a.title === `Disable ${PRIVILEGED} for this line`)!;
    const edited = applyLspEdits(text, editsOf(disable).edits as never);
    assert.equal(
      edited,
      `services:\r\n  web:\r\n    image: nginx:1.27\r\n    # hardenlint-disable-next-line ${PRIVILEGED}\r\n    privileged: true\r\n`,
    );
    assert.ok(!codes(await changeAndLint(uri, 2, edited)).includes(PRIVILEGED));
    await client.close(uri);
  });

  it('offers "fix all of this rule" and source.fixAll as one minimal edit equal to the engine fix-all', TEST_TIMEOUT, async () => {
    const uri = newUri();
    const text = 'services:\n  a:\n    image: nginx:1.27\n    privileged: true\n  b:\n    image: redis:7\n    privileged: true\n';
    const diagnostics = await openAndLint(uri, text);
    const d = diagnostics.find((x) => x.code === PRIVILEGED)!;
    // Removing privileged changes runtime behaviour: the fix-all titles say so, as the single fix does.
    const unresolved = (await codeActions(uri, [d])).find((a) => a.title === `Fix all ${PRIVILEGED} problems in this file (changes runtime behaviour: see each fix)`);
    assert.ok(unresolved);
    // The client resolves edits lazily: the (costly) fix-all runs only when the action is picked.
    assert.equal(unresolved.edit, undefined);
    const ruleFixAll = (await client.connection.sendRequest('codeAction/resolve', unresolved)) as CodeAction;
    const ruleFixed = applyLspEdits(text, editsOf(ruleFixAll).edits as never);
    assert.ok(!ruleFixed.includes('privileged'), ruleFixed);

    const actions = await codeActions(uri, [], ['source.fixAll.hardenlint']);
    assert.equal(actions.length, 1);
    assert.equal(actions[0]!.kind, 'source.fixAll.hardenlint');
    assert.equal(actions[0]!.title, 'Fix all auto-fixable hardenlint problems (changes runtime behaviour: see each fix)');
    const edits = editsOf(actions[0]!).edits;
    assert.equal(edits.length, 1);
    const path = join(dir, `case${uriCounter}`, 'docker-compose.yml');
    const expected = fixAll(createLinter(), text, { path, format: 'compose', host: new FsHost({ roots: [dir] }) }).text;
    assert.notEqual(expected, text);
    assert.equal(applyLspEdits(text, edits as never), expected);
    // Quick-fix-only requests do not include it.
    assert.ok((await codeActions(uri, [d], ['quickfix'])).every((a) => a.kind === 'quickfix'));
    // Once the document changed, resolving the old action yields no edit.
    await changeAndLint(uri, 2, text + '# edited\n');
    assert.equal(((await client.connection.sendRequest('codeAction/resolve', unresolved)) as CodeAction).edit, undefined);
    await client.close(uri);
  });

  it('re-lints open documents when settings change (rule off) and when .hardenlint.yaml changes', TEST_TIMEOUT, async () => {
    assert.ok(client.registrations.includes('workspace/didChangeWatchedFiles'), client.registrations.join(', '));
    const uri = newUri();
    const before = await openAndLint(uri, PRIVILEGED_COMPOSE);
    assert.ok(codes(before).includes(PRIVILEGED));
    assert.ok(codes(before).includes('compose/read-only-root-filesystem'));

    client.settings = { debounceMs: 20, rules: { [PRIVILEGED]: 'off' } };
    const relinted = client.waitForDiagnostics(uri, (p) => !codes(p.diagnostics).includes(PRIVILEGED));
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.equal((await relinted).version, 1);

    const configPath = join(dir, '.hardenlint.yaml');
    writeFileSync(configPath, 'rules:\n  compose/read-only-root-filesystem: off\n');
    const afterConfig = client.waitForDiagnostics(uri, (p) => !codes(p.diagnostics).includes('compose/read-only-root-filesystem'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(configPath).href, type: 1 }] });
    await afterConfig;

    rmSync(configPath);
    client.settings = { debounceMs: 20 };
    const restored = client.waitForDiagnostics(uri, (p) => codes(p.diagnostics).includes(PRIVILEGED) && codes(p.diagnostics).includes('compose/read-only-root-filesystem'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(configPath).href, type: 3 }] });
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await restored;
    await client.close(uri);
  });

  it('tells about misspelt rule ids and options in .hardenlint.yaml, with the names meant', TEST_TIMEOUT, async () => {
    const uri = newUri();
    const folder = join(dir, `case${uriCounter}`);
    mkdirSync(folder, { recursive: true });
    const configPath = join(folder, '.hardenlint.yaml');
    writeFileSync(
      configPath,
      'rules:\n  compose/no-privileged-mode: off\n  compose/untrusted-registry: { options: { trustedRegistry: [ghcr.io] } }\ncolour: true\n',
    );
    // The misspelt id turns nothing off.
    assert.ok(codes(await openAndLint(uri, PRIVILEGED_COMPOSE)).includes(PRIVILEGED));
    assert.ok(
      client.logs.includes(
        `Problems in ${configPath}:\n` +
          '  unknown key "colour"; the keys are rules, ignore, maxFileSize\n' +
          '  rules.compose/no-privileged-mode: unknown rule id; did you mean compose/no-privileged?\n' +
          '  rules.compose/untrusted-registry: unknown option "trustedRegistry"; did you mean "trustedRegistries"?',
      ),
      client.logs.join('\n'),
    );
    // And once as a warning the editor shows, pointing at the rest (sent right after the log line).
    for (let i = 0; i < 100 && !client.shown.some((m) => m.message.includes('.hardenlint.yaml')); i++) await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual(
      client.shown.filter((m) => m.message.includes('.hardenlint.yaml')),
      [{ type: 2, message: 'hardenlint: .hardenlint.yaml: unknown key "colour"; the keys are rules, ignore, maxFileSize (and 2 more in the hardenlint output)' }],
    );
    await client.close(uri);
  });

  it('lints every format the registry knows the way the engine does (the example configs)', TEST_TIMEOUT, async () => {
    const linter = createLinter();
    const files = readdirSync(repoPath('examples'), { recursive: true, encoding: 'utf8' })
      .map((f) => repoPath('examples', f))
      .filter((f) => statSync(f).isFile() && linter.detectFormat(f, readFileSync(f, 'utf8')) !== undefined);
    const formats = new Set(files.map((f) => linter.detectFormat(f, readFileSync(f, 'utf8'))!.id));
    assert.ok(formats.size >= 2, `examples cover ${[...formats].join(', ')}`);
    for (const path of files) {
      const text = readFileSync(path, 'utf8');
      const uri = pathToFileURL(path).href;
      // Plain text: the server must find the format from the file name, like the engine.
      const published = client.waitForDiagnostics(uri, (p) => p.version === 1);
      await client.open(uri, 'plaintext', text);
      const got = (await published).diagnostics.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`);
      const { config } = new ConfigLoader().forFile(path);
      const source = new SourceFile(text);
      const expected = linter.lintText(text, { path, config, host: new FsHost({ roots: [dirname(path)] }) }).findings.map((f) => {
        const a = source.positionAt(f.span.start);
        const b = source.positionAt(f.span.end);
        return `${f.ruleId}@${a.line}:${a.character}-${b.line}:${b.character}`;
      });
      assert.ok(expected.length > 0, `${path} has findings`);
      assert.deepEqual(got, expected, path);
      await client.close(uri);
    }
  });

  it('follows enable, run: onSave and maxFileSize without a restart', TEST_TIMEOUT, async () => {
    const uri = newUri();
    assert.ok((await openAndLint(uri, PRIVILEGED_COMPOSE)).length > 0);

    client.settings = { debounceMs: 0, enable: false };
    const disabled = client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await disabled;
    assert.deepEqual(await codeActions(uri, [], ['source.fixAll.hardenlint']), []);

    client.settings = { debounceMs: 0, run: 'onSave' };
    const enabled = client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await enabled;
    // Typing does not lint; saving does.
    await client.change(uri, 2, PRIVILEGED_COMPOSE.replace('    privileged: true\n', ''));
    const saved = client.waitForDiagnostics(uri, (p) => p.version === 2);
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    assert.ok(!codes((await saved).diagnostics).includes(PRIVILEGED));
    assert.equal(client.published.some((p) => p.uri === uri && p.version === 2 && p !== client.published.at(-1)), false);

    client.settings = { debounceMs: 0, maxFileSize: 10 };
    // Too large to lint: one information diagnostic says why the findings are gone.
    const skipped = client.waitForDiagnostics(
      uri,
      (p) => p.diagnostics.length === 1 && p.diagnostics[0]!.code === 'hardenlint/skipped' && /maxFileSize/.test(p.diagnostics[0]!.message),
    );
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await skipped;
    client.settings = { debounceMs: 20 };
    const restored = client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await restored;
    await client.close(uri);
  });

  it('lints untitled documents by language id', TEST_TIMEOUT, async () => {
    const uri = `untitled:Untitled-${++uriCounter}`;
    assert.ok(codes(await openAndLint(uri, PRIVILEGED_COMPOSE)).includes(PRIVILEGED));
    await client.close(uri);
  });

  it('clears diagnostics on close', TEST_TIMEOUT, async () => {
    const uri = newUri();
    assert.ok((await openAndLint(uri, PRIVILEGED_COMPOSE)).length > 0);
    const cleared = client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);
    await client.close(uri);
    assert.equal((await cleared).version, undefined);
  });

  it('survives garbage: unparsable YAML is one diagnostic, binary content is named, unknown formats get nothing', TEST_TIMEOUT, async () => {
    const broken = newUri();
    const diagnostics = await openAndLint(broken, 'services:\n  web: [unclosed\n   : : :\n\t- x\n');
    assert.deepEqual(codes(diagnostics), ['hardenlint/parse-error']);
    assert.equal(diagnostics[0]!.codeDescription, undefined);

    const unknown = newUri('notes.txt');
    await client.open(unknown, 'plaintext', 'privileged: true\n');
    const binary = newUri();
    await client.open(binary, 'dockercompose', 'services:\n\u0000\u0001\u0002');
    // Junk in a code action request is answered, not fatal.
    const junk = await codeActions(broken, [{ range: diagnostics[0]!.range, message: 'x', source: 'hardenlint', data: { index: 'nope' } }]);
    assert.deepEqual(junk, []);
    // The server still works, and the unknown document (opened earlier) got nothing.
    const after = newUri();
    assert.ok(codes(await openAndLint(after, PRIVILEGED_COMPOSE)).includes(PRIVILEGED));
    assert.equal(client.published.filter((p) => p.uri === unknown).length, 0);
    assert.deepEqual(codes(client.published.find((p) => p.uri === binary)?.diagnostics ?? []), ['hardenlint/skipped']);
    assert.equal(client.exited, false);
    for (const uri of [broken, unknown, binary, after]) await client.close(uri);
  });
});

describe('untrusted workspaces', () => {
  it('ignore .hardenlint.yaml', TEST_TIMEOUT, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hardenlint-lsp-'));
    writeFileSync(join(dir, '.hardenlint.yaml'), `rules:\n  ${PRIVILEGED}: off\n`);
    const trusted = new TestClient();
    const untrusted = new TestClient();
    try {
      const uri = pathToFileURL(join(dir, 'docker-compose.yml')).href;
      const lint = async (client: TestClient, workspaceTrusted: boolean) => {
        await client.initialize(pathToFileURL(dir).href, { workspaceTrusted });
        const published = client.waitForDiagnostics(uri, (p) => p.version === 1);
        await client.open(uri, 'dockercompose', PRIVILEGED_COMPOSE);
        return codes((await published).diagnostics);
      };
      assert.ok(!(await lint(trusted, true)).includes(PRIVILEGED));
      assert.ok((await lint(untrusted, false)).includes(PRIVILEGED));
    } finally {
      await trusted.shutdown();
      await untrusted.shutdown();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('checklistRelatedInformation', () => {
  it('lists the checklist items as related information, pointing at their lines in the checklist', TEST_TIMEOUT, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hardenlint-lsp-'));
    const client = new TestClient();
    client.settings = { checklistRelatedInformation: true };
    try {
      await client.initialize(pathToFileURL(dir).href);
      const uri = pathToFileURL(join(dir, 'compose.yaml')).href;
      const published = client.waitForDiagnostics(uri, (p) => p.version === 1);
      await client.open(uri, 'dockercompose', PRIVILEGED_COMPOSE);
      const d = (await published).diagnostics.find((x) => x.code === PRIVILEGED)!;
      const checklist = d.relatedInformation!.find((r) => r.message === 'Checklist: Container capabilities dropped where unnecessary');
      assert.ok(checklist, JSON.stringify(d.relatedInformation));
      const markdown = readFileSync(repoPath('docs', 'security-hardening-checklist.md'), 'utf8').split('\n');
      assert.match(checklist.location.uri, /security-hardening-checklist\.md$/);
      assert.match(markdown[checklist.location.range.start.line]!, /- \[ \] Container capabilities dropped where unnecessary/);
    } finally {
      await client.shutdown();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('clients without workspace/configuration', () => {
  it('take settings from initializationOptions.settings', TEST_TIMEOUT, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hardenlint-lsp-'));
    const client = new TestClient();
    try {
      const capabilities = {
        workspace: { workspaceEdit: { documentChanges: false } },
        textDocument: {
          ...CLIENT_CAPABILITIES.textDocument,
          publishDiagnostics: { relatedInformation: false },
          codeAction: { dataSupport: true, isPreferredSupport: true },
        },
      };
      await client.initialize(pathToFileURL(dir).href, { settings: { rules: { [PRIVILEGED]: 'warn' }, checklistInMessage: true } }, capabilities);
      const uri = pathToFileURL(join(dir, 'compose.yaml')).href;
      const published = client.waitForDiagnostics(uri, (p) => p.version === 1);
      await client.open(uri, 'yaml', PRIVILEGED_COMPOSE);
      const d = (await published).diagnostics.find((x) => x.code === PRIVILEGED)!;
      assert.equal(d.severity, 2);
      // checklistInMessage puts the checklist items into the message.
      assert.match(d.message, /\nChecklist: .*Container capabilities dropped where unnecessary/);
      const actions = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: d.range,
        context: { diagnostics: [d] },
      })) as CodeAction[];
      const preferred = actions.find((a) => a.isPreferred)!;
      assert.ok(preferred.edit?.changes?.[uri], 'plain changes when documentChanges is unsupported');
      // Without codeAction/resolve support, "fix all of this rule" carries its edit right away.
      const twice = PRIVILEGED_COMPOSE + '  db:\n    image: postgres:16\n    privileged: true\n';
      const relinted = client.waitForDiagnostics(uri, (p) => p.version === 2);
      await client.change(uri, 2, twice);
      const d2 = (await relinted).diagnostics.find((x) => x.code === PRIVILEGED)!;
      const all = ((await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: d2.range,
        context: { diagnostics: [d2] },
      })) as CodeAction[]).find((a) => a.title.startsWith(`Fix all ${PRIVILEGED} problems in this file`))!;
      assert.ok(!applyLspEdits(twice, all.edit!.changes![uri]!).includes('privileged'));
    } finally {
      await client.shutdown();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
