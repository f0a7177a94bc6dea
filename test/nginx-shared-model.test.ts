/**
 * Every nginx rule of one lint works on the same context model, indexes and
 * header view: they are built once per parsed tree, so a large config is not
 * re-read or re-walked per rule (which made linting cost 15-30× the parse).
 * Answers must not depend on which rule asked first.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Linter } from '../server/engine/linter';
import { ALL_FORMATS } from '../server/formats';
import type { Rule, RuleContext } from '../server/engine/types';
import type { NginxFile } from '../server/formats/nginx/ast';
import { nginxModel } from '../server/formats/nginx/context-model';
import { nginxRules } from '../rules/nginx';
import { Scope } from '../rules/nginx/support/scope';
import { headerTargets } from '../rules/nginx/support/headers';
import { nginxSingle } from './bench/suite/inputs';

interface Seen {
  model: unknown;
  contexts: unknown;
  servers: unknown;
  listens: unknown;
  targets: unknown[];
}

/** The rules, each first recording what a Scope over its context holds. */
function recording(seen: Seen[]): Rule[] {
  return nginxRules.map((rule) => ({
    ...rule,
    check(ctx: RuleContext<NginxFile>) {
      const scope = new Scope(ctx);
      seen.push({
        model: nginxModel(ctx),
        contexts: scope.contexts(),
        servers: scope.servers(),
        listens: scope.directives('listen'),
        targets: headerTargets(scope, () => true),
      });
      rule.check(ctx);
    },
  })) as Rule[];
}

describe('nginx rules share one model per parsed tree', () => {
  const input = nginxSingle(400);

  it('every rule of a lint sees the same model, indexes and header targets', () => {
    const seen: Seen[] = [];
    new Linter(ALL_FORMATS, recording(seen)).lintText(input.text, { path: input.path, format: 'nginx' });
    assert.equal(seen.length, nginxRules.length);
    const first = seen[0]!;
    assert.ok((first.servers as unknown[]).length > 10);
    assert.ok(first.targets.length > 10);
    for (const s of seen) {
      assert.equal(s.model, first.model);
      assert.equal(s.contexts, first.contexts);
      assert.equal(s.servers, first.servers);
      assert.equal(s.listens, first.listens);
      assert.equal(s.targets.length, first.targets.length);
      s.targets.forEach((t, i) => assert.equal(t, first.targets[i]));
    }
  });

  it('a new parse of the text gets a new model with the same findings', () => {
    const seen: Seen[] = [];
    const linter = new Linter(ALL_FORMATS, recording(seen));
    const a = linter.lintText(input.text, { path: input.path, format: 'nginx' });
    const b = linter.lintText(input.text, { path: input.path, format: 'nginx' });
    assert.notEqual(seen[0]!.model, seen[nginxRules.length]!.model);
    assert.deepEqual(b, a);
    assert.ok(a.findings.length > 50);
  });

  it('findings do not depend on the order the rules run in', () => {
    const forward = new Linter(ALL_FORMATS, nginxRules).lintText(input.text, { path: input.path, format: 'nginx' });
    const backward = new Linter(ALL_FORMATS, [...nginxRules].reverse()).lintText(input.text, { path: input.path, format: 'nginx' });
    assert.deepEqual(backward, forward);
  });
});
