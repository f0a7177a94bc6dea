/**
 * Every fixed output of every fixable nginx rule's table test, and the text
 * after each offered fix a case lists (`fixOutputs`), must load in the real
 * nginx: the output is wrapped into a minimal configuration (events, http,
 * a throwaway self-signed certificate) and checked with `nginx -t`.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { nginxRules } from '../rules/nginx';
import type { InvalidCase } from './harness/rule-tester';
import { NGINX_CASES } from './rules/nginx/cases';
import { nginxSandbox, type NginxSandbox } from './rules/nginx/support/nginx-sandbox';

describe('nginx fixes load in the real nginx', () => {
  let sandbox: NginxSandbox;
  before(() => {
    sandbox = nginxSandbox();
  });
  after(() => sandbox?.dispose());
  it('rejects a configuration nginx does not accept (the check can fail)', () => {
    assert.equal(sandbox.check('server {\n    ssl_protocols TLSv9;\n}\n').ok, false);
  });
  for (const rule of nginxRules.filter((r) => r.meta.fixable)) {
    const name = rule.meta.id.split('/')[1]!;
    const cases = NGINX_CASES[name];
    it(`${rule.meta.id} has table cases`, () => assert.ok(cases, `no cases for ${name}`));
    (cases?.invalid ?? []).forEach((c: InvalidCase, i: number) => {
      const outputs = [...(c.output === null ? [] : [c.output]), ...c.errors.flatMap((e) => e.fixOutputs ?? [])];
      if (outputs.length === 0) return;
      it(`${rule.meta.id} invalid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        for (const output of outputs) {
          const result = sandbox.check(output);
          assert.ok(result.ok, `${result.output}\n--- configuration:\n${output}`);
        }
      });
    });
  }
});
