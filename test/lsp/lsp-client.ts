/**
 * A small JSON-RPC client for testing the bundled language server over stdio:
 * it spawns `dist/server.js`, answers the server's requests (configuration,
 * registrations) and lets tests wait for published diagnostics by predicate.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type MessageConnection,
  type PublishDiagnosticsParams,
  type TextEdit,
} from 'vscode-languageserver/node';
import { repoPath } from '../harness/paths';

/** The server under test: $HARDENLINT_SERVER, else dist/server.js (bundled first when missing). */
export function serverPath(): string {
  const fromEnv = process.env.HARDENLINT_SERVER;
  if (fromEnv) return fromEnv;
  const path = repoPath('dist', 'server.js');
  if (!existsSync(path)) {
    const result = spawnSync(process.execPath, [repoPath('scripts', 'bundle.mjs')], { cwd: repoPath(), stdio: 'inherit' });
    if (result.status !== 0) throw new Error('bundling the server failed');
  }
  return path;
}

export const CLIENT_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true },
  },
  textDocument: {
    synchronization: { didSave: true },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    codeAction: { dataSupport: true, isPreferredSupport: true, resolveSupport: { properties: ['edit'] } },
  },
};

interface Waiter {
  predicate: (p: PublishDiagnosticsParams) => boolean;
  resolve: (p: PublishDiagnosticsParams) => void;
}

export class TestClient {
  readonly connection: MessageConnection;
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: string[] = [];
  /** `window/showMessage` notifications: type and text. */
  readonly shown: { type: number; message: string }[] = [];
  readonly registrations: string[] = [];
  /** What the client answers to `workspace/configuration` for the `hardenlint` section. */
  settings: Record<string, unknown> = {};
  private waiters: Waiter[] = [];
  private readonly child: ChildProcess;

  constructor(extraArgs: string[] = []) {
    this.child = spawn(process.execPath, [serverPath(), '--stdio', ...extraArgs], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (chunk: Buffer) => this.logs.push(chunk.toString()));
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      const matching = this.waiters.filter((w) => w.predicate(p));
      this.waiters = this.waiters.filter((w) => !matching.includes(w));
      for (const w of matching) w.resolve(p);
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => this.logs.push(p.message));
    this.connection.onNotification('window/showMessage', (p: { type: number; message: string }) => this.shown.push(p));
    this.connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map((item) => (item.section === 'hardenlint' ? this.settings : null)),
    );
    this.connection.onRequest('client/registerCapability', (p: { registrations: { method: string }[] }) => {
      this.registrations.push(...p.registrations.map((r) => r.method));
      return null;
    });
    this.connection.listen();
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get exited(): boolean {
    return this.child.exitCode !== null || this.child.signalCode !== null;
  }

  async initialize(rootUri: string | null, initializationOptions?: unknown, capabilities = CLIENT_CAPABILITIES): Promise<unknown> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'workspace' }] : null,
      capabilities,
      initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** The next publish for `uri` that satisfies `predicate` (a publish already received counts only with `since`). */
  waitForDiagnostics(
    uri: string,
    predicate: (p: PublishDiagnosticsParams) => boolean = () => true,
    timeoutMs = 10_000,
  ): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; got ${JSON.stringify(this.published.filter((p) => p.uri === uri).slice(-3))}`));
      }, timeoutMs);
      const waiter: Waiter = {
        predicate: (p) => p.uri === uri && predicate(p),
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      };
      this.waiters.push(waiter);
    });
  }

  open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Replace the whole text (full sync is allowed by incremental servers too). */
  change(uri: string, version: number, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  async shutdown(): Promise<void> {
    try {
      if (!this.exited) {
        await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        const exited = new Promise((r) => this.child.once('exit', r));
        await this.connection.sendNotification('exit');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
      }
    } catch {
      /* the process may be gone already */
    } finally {
      this.connection.dispose();
      if (!this.exited) this.child.kill();
    }
  }
}

/** Apply LSP text edits (non-overlapping) to a text, as an editor would. */
export function applyLspEdits(text: string, edits: readonly TextEdit[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = (p: { line: number; character: number }) => Math.min((lineStarts[p.line] ?? text.length) + p.character, text.length);
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}
