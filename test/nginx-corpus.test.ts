/**
 * Every nginx file of the shared corpus lints with all nginx rules, includes
 * resolved through a host limited to the corpus: no rule failure, every span
 * and fix edit inside the file, and the known-good h5bp files free of the
 * findings they were written to prevent.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Linter, RULE_FAILURE } from '../server/engine/linter';
import { ALL_FORMATS } from '../server/formats';
import { FsHost } from '../server/node/fs-host';
import { nginxRules } from '../rules/nginx';
import { corpusPath } from './harness/paths';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('nginx rules on the corpus', () => {
  const root = corpusPath('nginx');
  const files = filesUnder(root).sort();
  const linter = new Linter(ALL_FORMATS, nginxRules);
  const host = new FsHost({ roots: [root] });
  const lint = (path: string) => linter.lintText(readFileSync(path, 'utf8'), { path, host, format: 'nginx' }).findings;

  it('finds the corpus', () => assert.ok(files.length >= 60, `only ${files.length} files under ${root}`));

  it('lints every file without rule failures, with spans and edits in bounds', () => {
    for (const path of files) {
      const text = readFileSync(path, 'utf8');
      for (const f of lint(path)) {
        const where = `${relative(root, path)}: ${f.ruleId} ${f.message}`;
        assert.notEqual(f.ruleId, RULE_FAILURE, where);
        assert.ok(f.span.start >= 0 && f.span.start <= f.span.end && f.span.end <= text.length, `span out of bounds: ${where}`);
        for (const e of f.fixes.flatMap((x) => x.edits)) assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, `edit out of bounds: ${where}`);
      }
    }
  });

  it('h5bp: TLS policy, server tokens and header inheritance are clean', () => {
    const clean = new Set(['nginx/ssl-protocols', 'nginx/ssl-ciphers', 'nginx/server-tokens', 'nginx/add-header-inheritance', 'nginx/autoindex', 'nginx/alias-traversal', 'nginx/crlf-injection', 'nginx/proxy-pass-ssrf']);
    const noisy = files
      .filter((p) => relative(root, p).startsWith('h5bp/'))
      .flatMap((p) => lint(p).filter((f) => clean.has(f.ruleId)).map((f) => `${relative(root, p)}: ${f.ruleId}`));
    assert.deepEqual(noisy, []);
  });

  it('finds the legacy TLS of the GitLab config', () => {
    const found = lint(join(root, 'sites', 'gitlab-ssl.conf')).map((f) => f.ruleId);
    for (const id of ['nginx/ssl-protocols', 'nginx/ssl-ciphers', 'nginx/host-header-spoofing']) assert.ok(found.includes(id), `${id} missing: ${found.join(', ')}`);
  });
});
