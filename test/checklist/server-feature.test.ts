/**
 * The checklist feature inside a real language server, over an in-memory
 * JSON-RPC pipe: the scan starts when the client asks, and watched-file events,
 * edits of open documents and refresh requests produce new statuses.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import {
  createConnection,
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-languageserver/node';
import { startServer } from '../../server/lsp/server';
import { attachChecklist } from '../../server/checklist/server-feature';
import {
  CHECKLIST_REFRESH_METHOD,
  CHECKLIST_RESEND_METHOD,
  CHECKLIST_STATUS_METHOD,
  type ChecklistStatusParams,
} from '../../server/checklist/protocol';
import { BIND_ITEM, createTestLinter } from './fixtures/test-linter';

const PRIVILEGED_ITEM = 'container-runtime-security.container-capabilities-dropped-where-unnecessary';
const PRIVILEGED = 'services:\n  web:\n    image: nginx:1.27\n    read_only: true\n    privileged: true\n';
const SAFE = 'services:\n  web:\n    image: nginx:1.27\n    read_only: true\n';

describe('checklist in the language server', { timeout: 20_000 }, () => {
  let root: string;
  let client: MessageConnection;
  let close: () => void = () => {};
  const statuses: ChecklistStatusParams[] = [];
  let editorSettings: Record<string, unknown> | null = null;
  const registrations: unknown[] = [];
  let waiters: { predicate: (p: ChecklistStatusParams) => boolean; resolve: (p: ChecklistStatusParams) => void }[] = [];

  const nextStatus = (predicate: (p: ChecklistStatusParams) => boolean) =>
    new Promise<ChecklistStatusParams>((resolve) => waiters.push({ predicate, resolve }));
  const write = (rel: string, text: string) => {
    const path = join(root, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return path;
  };
  const state = (p: ChecklistStatusParams, id: string) => p.checks.items[id]?.state;

  before(async () => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'hardenlint-lsp-checklist-')));
    write('compose.yml', SAFE);
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const connection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    const feature = attachChecklist(startServer(connection, { linter: createTestLinter() }), { typingDelayMs: 20, progressAfterMs: 0 });
    connection.listen();
    client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    client.onNotification(CHECKLIST_STATUS_METHOD, (p: ChecklistStatusParams) => {
      statuses.push(p);
      const matching = waiters.filter((w) => w.predicate(p));
      waiters = waiters.filter((w) => !matching.includes(w));
      for (const w of matching) w.resolve(p);
    });
    client.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map((item) => (item.section === 'hardenlint.exclude' ? ['skipped/**'] : item.section === 'hardenlint' ? editorSettings : null)),
    );
    client.onRequest('client/registerCapability', (p: { registrations: unknown[] }) => {
      registrations.push(...p.registrations);
      return null;
    });
    client.onRequest('window/workDoneProgress/create', () => null);
    client.listen();
    close = () => {
      feature.dispose();
      client.dispose();
      connection.dispose();
      toServer.end();
      toClient.end();
    };
    await client.sendRequest('initialize', {
      processId: null, // no parent-process watchdog in tests
      rootUri: null,
      workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'w' }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
        window: { workDoneProgress: true },
      },
      initializationOptions: { workspaceTrusted: true },
    });
    await client.sendNotification('initialized', {});
  });

  after(async () => {
    await new Promise((r) => setTimeout(r, 100)); // let in-flight server requests (progress, settings) settle
    close();
  });

  it('does not scan until the client asks, then sends the status', async () => {
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(statuses.length, 0);
    write('skipped/compose.yml', PRIVILEGED);
    const first = nextStatus((p) => !p.scanning);
    await client.sendNotification(CHECKLIST_RESEND_METHOD);
    const status = await first;
    assert.equal(state(status, PRIVILEGED_ITEM), 'passing', 'the excluded folder was not scanned');
    assert.equal(state(status, BIND_ITEM), 'not-applicable');
    assert.deepEqual(status.roots, [root]);
    assert.ok(JSON.stringify(registrations).includes('**/*compose*.{yml,yaml}'), 'watches config files');
  });

  it('updates on watched-file events', async () => {
    const redis = write('cache/redis.conf', 'bind 0.0.0.0\n');
    const updated = nextStatus((p) => state(p, BIND_ITEM) === 'failing');
    await client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(redis).href, type: 1 }] });
    const status = await updated;
    const finding = status.checks.items[BIND_ITEM]!.findings[0]!;
    assert.equal(finding.uri, pathToFileURL(redis).href);
    assert.deepEqual(finding.range.start, { line: 0, character: 5 });
  });

  it('follows the unsaved text of open documents after a pause in typing', async () => {
    const uri = pathToFileURL(join(root, 'compose.yml')).href;
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockercompose', version: 1, text: SAFE } });
    const failing = nextStatus((p) => state(p, PRIVILEGED_ITEM) === 'failing');
    await client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: PRIVILEGED }] });
    await failing;
    const passing = nextStatus((p) => state(p, PRIVILEGED_ITEM) === 'passing');
    await client.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await passing;
  });

  it('rescans on request', async () => {
    write('more/docker-compose.yml', PRIVILEGED);
    const rescanned = nextStatus((p) => !p.scanning && state(p, PRIVILEGED_ITEM) === 'failing');
    await client.sendRequest(CHECKLIST_REFRESH_METHOD);
    const status = await rescanned;
    assert.equal(status.checks.filesByFormat.compose, 2);
  });

  it("applies the editor's rule settings, like the diagnostics do", async () => {
    editorSettings = { rules: { 'compose/no-privileged': 'off' } };
    await client.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const rescanned = nextStatus((p) => !p.scanning && state(p, PRIVILEGED_ITEM) !== 'failing');
    await client.sendRequest(CHECKLIST_REFRESH_METHOD);
    const status = await rescanned;
    assert.equal(status.checks.items[PRIVILEGED_ITEM]!.findings.length, 0);
    assert.equal(state(status, PRIVILEGED_ITEM), 'not-applicable', 'a rule turned off checks nothing');
  });

  it('scans an added workspace folder', async () => {
    const other = realpathSync(mkdtempSync(join(tmpdir(), 'hardenlint-lsp-checklist-other-')));
    writeFileSync(join(other, 'redis.conf'), 'bind 127.0.0.1\n');
    const rescanned = nextStatus((p) => !p.scanning && p.roots.includes(other));
    await client.sendNotification('workspace/didChangeWorkspaceFolders', {
      event: { added: [{ uri: pathToFileURL(other).href, name: 'other' }], removed: [] },
    });
    const status = await rescanned;
    assert.deepEqual(status.roots, [root, other]);
    assert.equal(status.checks.filesByFormat.redis, 2);
  });
});
