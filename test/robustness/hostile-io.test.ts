/**
 * Hostile input through the real entry points: a file with invalid UTF-8
 * through the CLI, and huge documents through the language server over stdio
 * next to a small one whose diagnostics must not wait for them.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { main } from '../../server/cli/main';
import { TestClient } from '../lsp/lsp-client';
import { createLinter } from '../../server/default-linter';
import { generateCompose } from '../bench/bench';

const PRIVILEGED = 'services:\n  web:\n    image: nginx:1.27\n    privileged: true\n';

describe('invalid UTF-8 through the CLI', () => {
  it('lints the file, reports findings, and writes no fix that would change the undecodable bytes', () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'hardenlint-utf8-')));
    try {
      const path = join(dir, 'docker-compose.yml');
      const bytes = Buffer.concat([Buffer.from('services:\n  web:\n    image: nginx:1.27\n    # caf'), Buffer.from([0xe9, 0x20, 0xff, 0xfe, 0xc3]), Buffer.from('\n    privileged: true\n')]);
      writeFileSync(path, bytes);
      let stdout = '';
      let stderr = '';
      const code = main(['--fix', '--format', 'json', path], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: dir, env: {}, stdoutIsTTY: false });
      assert.equal(code, 1, stderr);
      assert.match(stdout, /compose\/no-privileged/);
      assert.match(stderr, /not valid UTF-8/);
      assert.ok(readFileSync(path).equals(bytes), 'the file was rewritten');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('huge documents in the language server', () => {
  const cases: { name: string; rel: string; languageId: string; text: () => string }[] = [
    { name: 'a 50 MB compose file', rel: 'big/docker-compose.yml', languageId: 'dockercompose', text: () => PRIVILEGED + '# padding\n'.repeat(5_100_000) },
    { name: 'a compose file with a 2 MB line', rel: 'long/docker-compose.yml', languageId: 'dockercompose', text: () => PRIVILEGED + `x-long: "${'a'.repeat(2_000_000)}"\n` },
    { name: 'an nginx file with a 2 MB line', rel: 'long/nginx.conf', languageId: 'nginx', text: () => `server {\n    return 200 "${'a'.repeat(2_000_000)}";\n}\n` },
  ];
  for (const c of cases) {
    it(`${c.name} does not hold up a small document's diagnostics`, { timeout: 60_000 }, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'hardenlint-huge-'));
      const client = new TestClient();
      try {
        await client.initialize(pathToFileURL(dir).href, { workspaceTrusted: true });
        const big = pathToFileURL(join(dir, c.rel)).href;
        const small = pathToFileURL(join(dir, 'docker-compose.yml')).href;
        await client.open(big, c.languageId, c.text());
        const t0 = performance.now();
        const published = client.waitForDiagnostics(small, (p) => p.version === 1, 30_000);
        await client.open(small, 'dockercompose', PRIVILEGED);
        const diagnostics = (await published).diagnostics;
        const ms = performance.now() - t0;
        assert.ok(diagnostics.some((d) => d.code === 'compose/no-privileged'));
        // Receiving the big text itself takes the server about a second on a 2-core machine.
        assert.ok(ms < 4000, `the small document waited ${ms.toFixed(0)} ms`);
        assert.equal(client.exited, false);
      } finally {
        await client.shutdown();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});

describe('large documents under the size limit', () => {
  it('are linted in the background: a small document opened after one gets its diagnostics first, and the large one gets all of its own', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hardenlint-large-'));
    const client = new TestClient();
    try {
      await client.initialize(pathToFileURL(dir).href, { workspaceTrusted: true });
      const big = pathToFileURL(join(dir, 'big', 'docker-compose.yml')).href;
      const small = pathToFileURL(join(dir, 'docker-compose.yml')).href;
      // About 1.3 MB and 30,000 findings: seconds of linting on one thread.
      const text = generateCompose(60_000);
      const arrivals: string[] = [];
      const bigPublished = client.waitForDiagnostics(big, (p) => p.version === 1, 100_000).then((p) => (arrivals.push('big'), p));
      const smallPublished = client.waitForDiagnostics(small, (p) => p.version === 1, 100_000).then((p) => (arrivals.push('small'), p));
      await client.open(big, 'dockercompose', text);
      await client.open(small, 'dockercompose', PRIVILEGED);
      const [bigDiagnostics, smallDiagnostics] = await Promise.all([bigPublished, smallPublished]);
      assert.deepEqual(arrivals, ['small', 'big']);
      assert.ok(smallDiagnostics.diagnostics.some((d) => d.code === 'compose/no-privileged'));
      const expected = createLinter().lintText(text, { path: join(dir, 'big', 'docker-compose.yml') }).findings;
      assert.equal(bigDiagnostics.diagnostics.length, expected.length);
      assert.deepEqual(
        bigDiagnostics.diagnostics.slice(0, 50).map((d) => d.code),
        expected.slice(0, 50).map((f) => f.ruleId),
      );
      // The findings are the server's own: their quick fixes work on the large document.
      const first = bigDiagnostics.diagnostics.find((d) => d.code === 'compose/no-privileged')!;
      const actions = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri: big },
        range: first.range,
        context: { diagnostics: [first] },
      })) as { title: string }[];
      assert.ok(actions.some((a) => /privileged/i.test(a.title)), JSON.stringify(actions.map((a) => a.title)));
      assert.equal(client.exited, false);
    } finally {
      await client.shutdown();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
