/**
 * Whole configurations: a hardened one (Mozilla intermediate + h5bp-style
 * headers) has no finding and loads in nginx; a typical insecure site gets the
 * findings it deserves and, after fix-all, still loads in nginx.
 */
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Linter } from '../server/engine/linter';
import { fixAll } from '../server/engine/fix-all';
import { SourceFile } from '../server/engine/source';
import { ALL_FORMATS } from '../server/formats';
import { nginxRules } from '../rules/nginx';
import { repoPath } from './harness/paths';
import { nginxSandbox, type NginxSandbox } from './rules/nginx/support/nginx-sandbox';

const linter = new Linter(ALL_FORMATS, nginxRules);
const fixture = (name: string): string => readFileSync(repoPath('test', 'rules', 'nginx', 'fixtures', name), 'utf8');
let sandbox: NginxSandbox | undefined;
const nginx = (): NginxSandbox => (sandbox ??= nginxSandbox());
/** Certificates of the fixtures point into /etc/ssl; the sandbox has its own. */
const withSandboxCerts = (text: string): string => text.replace(/^\s*ssl_certificate(_key)?\s+\/etc\/ssl\/\S+;\n/gm, '');

describe('nginx whole configurations', () => {
  after(() => sandbox?.dispose());

  it('a hardened configuration has no finding', () => {
    const text = fixture('hardened.nginx.conf');
    const result = linter.lintText(text, { path: '/work/project/nginx/nginx.conf', format: 'nginx' });
    const source = new SourceFile(text);
    assert.deepEqual(result.findings.map((f) => `${f.ruleId} ${source.positionAt(f.span.start).line + 1}: ${f.message}`), []);
  });

  it('the hardened configuration loads in nginx', () => {
    const r = nginx().check(withSandboxCerts(fixture('hardened.nginx.conf')));
    assert.ok(r.ok, r.output);
  });

  it('an insecure site gets its findings, and its fixed form loads in nginx', () => {
    const text = fixture('insecure-site.conf');
    const path = '/work/project/nginx/conf.d/shop.conf';
    const found = new Set(linter.lintText(text, { path, format: 'nginx' }).findings.map((f) => f.ruleId));
    const expected = [
      'nginx/ssl-protocols',
      'nginx/ssl-ciphers',
      'nginx/ssl-session-tickets',
      'nginx/redirect-http-to-https',
      'nginx/hsts',
      'nginx/security-headers',
      'nginx/server-tokens',
      'nginx/autoindex',
      'nginx/client-max-body-size',
      'nginx/timeouts',
      'nginx/buffer-sizes',
      'nginx/rate-limiting',
      'nginx/alias-traversal',
      'nginx/proxy-pass-ssrf',
      'nginx/crlf-injection',
      'nginx/host-header-spoofing',
      'nginx/origin-regex',
    ];
    assert.deepEqual(expected.filter((id) => !found.has(id)), []);
    // A conf.d file without a workspace nginx.conf is partial: no http-level findings.
    assert.ok(!found.has('nginx/error-page'));
    const fixed = fixAll(linter, text, { path, format: 'nginx' }).text;
    assert.notEqual(fixed, text);
    const r = nginx().check(withSandboxCerts(fixed));
    assert.ok(r.ok, r.output);
  });
});
