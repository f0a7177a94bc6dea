/**
 * Untrusted workspaces. The extension executes nothing a workspace provides,
 * and a workspace's own `.hardenlint.yaml` cannot silently turn checks off:
 * in an untrusted workspace the language server ignores the whole file (rules
 * set to off, ignore globs, a tiny maxFileSize). Inline suppression comments
 * still apply there: they are written in the checked file itself, in view.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { walkFiles } from '../../server/node/walk';
import { repoPath } from '../harness/paths';
import { TestClient } from '../lsp/lsp-client';

/** Process-spawning and code-evaluating APIs, and the files allowed to use them (with the guard they must show). */
const DANGEROUS = /\bchild_process\b|\bnode:vm\b|\beval\s*\(|\bnew Function\s*\(/;
const ALLOWED: Record<string, RegExp> = {
  // git user.name for evidence authors; runs only once the workspace is trusted.
  'client/checklist/tree-provider.ts': /if \(vscode\.workspace\.isTrusted\) \{\s*try \{\s*const name = execFileSync\('git'/,
};

describe('untrusted workspaces', () => {
  it('the extension and server run no workspace programs or code', () => {
    const offenders: string[] = [];
    for (const top of ['client', 'server', 'rules']) {
      for (const path of walkFiles(repoPath(top))) {
        if (!path.endsWith('.ts')) continue;
        const rel = relative(repoPath(), path).split('\\').join('/');
        const text = readFileSync(path, 'utf8');
        if (!DANGEROUS.test(text)) continue;
        const guard = ALLOWED[rel];
        if (!guard) offenders.push(`${rel}: spawns processes or evaluates code`);
        else if (!guard.test(text)) offenders.push(`${rel}: lost its workspace-trust guard`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('package.json declares limited support and restricts the settings that hide findings', () => {
    const pkg = JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as {
      capabilities: { untrustedWorkspaces: { supported: boolean | string; restrictedConfigurations?: string[] } };
    };
    const untrusted = pkg.capabilities.untrustedWorkspaces;
    assert.equal(untrusted.supported, 'limited');
    for (const setting of ['hardenlint.enable', 'hardenlint.rules', 'hardenlint.maxFileSize', 'hardenlint.trustedRegistries']) {
      assert.ok(untrusted.restrictedConfigurations?.includes(setting), `${setting} is not restricted`);
    }
  });

  it('the server ignores .hardenlint.yaml rules, ignore globs and size limits until the workspace is trusted', { timeout: 30_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hardenlint-untrusted-'));
    const compose = 'services:\n  web:\n    image: nginx:1.27\n    privileged: true\n';
    writeFileSync(join(dir, '.hardenlint.yaml'), 'rules:\n  compose/no-privileged: off\nignore: ["**"]\nmaxFileSize: 1\n');
    const uri = pathToFileURL(join(dir, 'docker-compose.yml')).href;
    const lint = async (workspaceTrusted: boolean): Promise<string[]> => {
      const client = new TestClient();
      try {
        await client.initialize(pathToFileURL(dir).href, { workspaceTrusted });
        const published = client.waitForDiagnostics(uri, (p) => p.version === 1, 15_000);
        await client.open(uri, 'dockercompose', compose);
        return (await published).diagnostics.map((d) => String(d.code));
      } finally {
        await client.shutdown();
      }
    };
    try {
      assert.ok(!(await lint(true)).includes('compose/no-privileged'), 'a trusted workspace applies its configuration');
      assert.ok((await lint(false)).includes('compose/no-privileged'), 'an untrusted workspace turned a rule off');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
