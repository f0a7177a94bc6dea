/**
 * Section-scoped rules: their reports are reused while a section's text is
 * unchanged, moved to where the section is now, and recomputed when the
 * section, the shared context or the rule settings change. A format here
 * splits text into paragraphs; the first paragraph is the shared context.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Linter } from '../../server/engine/linter';
import { emptyConfig, parseConfig } from '../../server/engine/config';
import { defineRule } from '../../server/engine/define-rule';
import { SectionResults, shiftDescriptor } from '../../server/engine/section-results';
import type { Format, TreeSections } from '../../server/engine/types';
import { createLinter } from '../../server/default-linter';
import { generateCompose } from '../bench/bench';

interface Para {
  start: number;
  text: string;
}
interface ParaTree {
  context: string;
  paras: Para[];
}

function paragraphs(text: string): Para[] {
  const out: Para[] = [];
  const re = /[^\n]+(?:\n[^\n]+)*\n*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, text: m[0] });
  return out;
}

const paraFormat: Format<ParaTree> = {
  id: 'redis',
  name: 'Paragraphs',
  languageIds: [],
  matchesPath: (p) => p.endsWith('.para'),
  parse(source) {
    const [head, ...paras] = paragraphs(source.text);
    return { tree: { context: head?.text ?? '', paras }, problems: [] };
  },
  sections(tree): TreeSections<ParaTree> {
    return { context: tree.context, parts: tree.paras.map((p) => ({ offset: p.start, text: p.text, tree: { context: tree.context, paras: [p] } })) };
  },
};

let scopedRuns = 0;
/** Reports every "bad" word of a paragraph, unless the context paragraph says "allow bad". */
const badWord = defineRule<ParaTree>({
  format: 'redis',
  meta: {
    id: 'redis/bad-word',
    description: 'No bad words.',
    checklist: [],
    severity: 'warning',
    fixable: true,
    scope: 'section',
    messages: { bad: 'bad word ({{level}})' },
    options: { level: { default: 'low', description: 'shown in the message' } },
  },
  check(ctx) {
    scopedRuns++;
    if (ctx.tree.context.includes('allow bad')) return;
    for (const p of ctx.tree.paras) {
      for (const m of p.text.matchAll(/\bbad\b/g)) {
        const start = p.start + m.index!;
        ctx.report({
          span: { start, end: start + 3 },
          messageId: 'bad',
          data: { level: String(ctx.options.level) },
          fixes: [{ title: 'good', isPreferred: true, edits: [{ start, end: start + 3, newText: 'good' }] }],
          related: [{ span: { start: p.start, end: p.start + 1 }, message: 'paragraph' }],
        });
      }
    }
  },
});

/** Fails on paragraphs containing "boom". */
const fragile = defineRule<ParaTree>({
  format: 'redis',
  meta: { id: 'redis/fragile', description: 'Throws.', checklist: [], severity: 'hint', fixable: false, scope: 'section', messages: { x: 'x' } },
  check(ctx) {
    if (ctx.tree.paras.some((p) => p.text.includes('boom'))) throw new Error('boom');
  },
});

const brief = (linter: Linter, text: string, config = emptyConfig()) =>
  linter.lintText(text, { path: '/t/a.para', config }).findings.map((f) => ({
    rule: f.ruleId,
    span: [f.span.start, f.span.end],
    message: f.message,
    edits: f.fixes.flatMap((x) => x.edits.map((e) => [e.start, e.end, e.newText])),
    related: f.related.map((r) => [r.span.start, r.span.end]),
  }));

/** What the rules give on a fresh linter (no reuse possible). */
const fresh = (text: string, config = emptyConfig()) => brief(new Linter([paraFormat], [badWord, fragile]), text, config);

describe('section-scoped rule results', () => {
  it('reuses an unchanged section and moves its findings, fixes and related spans', () => {
    const linter = new Linter([paraFormat], [badWord, fragile]);
    const text = 'head\n\nbad one\n\nfine\n\nbad two bad\n';
    assert.deepEqual(brief(linter, text), fresh(text));
    scopedRuns = 0;
    const edited = 'head\n\nbad one, longer now\n\nfine\n\nbad two bad\n';
    const result = brief(linter, edited);
    assert.equal(scopedRuns, 1, 'only the edited paragraph is checked again');
    assert.deepEqual(result, fresh(edited));
    assert.deepEqual(result.at(-1)!.span, [edited.lastIndexOf('bad'), edited.lastIndexOf('bad') + 3]);
  });

  it('checks every section again when the shared context changes', () => {
    const linter = new Linter([paraFormat], [badWord, fragile]);
    const text = 'head\n\nbad\n\nbad\n';
    assert.equal(brief(linter, text).length, 2);
    scopedRuns = 0;
    assert.deepEqual(brief(linter, 'head, allow bad\n\nbad\n\nbad\n'), []);
    assert.equal(scopedRuns, 2);
  });

  it('checks again when rule options change', () => {
    const linter = new Linter([paraFormat], [badWord, fragile]);
    const text = 'head\n\nbad\n';
    assert.equal(brief(linter, text)[0]!.message, 'bad word (low)');
    const { config } = parseConfig('rules:\n  redis/bad-word: [warning, { level: high }]\n');
    assert.equal(brief(linter, text, config)[0]!.message, 'bad word (high)');
    assert.deepEqual(brief(linter, text, config), fresh(text, config));
  });

  it('applies suppressions and severities to reused findings as they are now', () => {
    // A compose file's leading comment belongs to no section, so the services below are reused.
    const linter = createLinter();
    const path = '/s/docker-compose.yml';
    const text = 'services:\n  web:\n    image: nginx:1.27\n    privileged: true\n';
    const privileged = (t: string, config = emptyConfig()) => linter.lintText(t, { path, config }).findings.filter((f) => f.ruleId === 'compose/no-privileged');
    assert.equal(privileged(text).length, 1);
    assert.deepEqual(privileged(`# hardenlint-disable-file compose/no-privileged\n${text}`), []);
    const { config } = parseConfig('rules:\n  compose/no-privileged: hint\n');
    assert.equal(privileged(text, config)[0]!.severity, 'hint');
    assert.equal(privileged(text)[0]!.severity, 'error');
  });

  it('reports a failing rule once and does not keep that section', () => {
    const linter = new Linter([paraFormat], [badWord, fragile]);
    const text = 'head\n\nboom\n\nboom bad\n';
    const failures = linter.lintText(text, { path: '/t/a.para' }).findings.filter((f) => f.ruleId === 'hardenlint/rule-failure');
    assert.equal(failures.length, 1);
    scopedRuns = 0;
    linter.lintText(text, { path: '/t/a.para' });
    assert.equal(scopedRuns, 2, 'sections where a rule failed are checked again');
  });

  it('keeps the compose findings of the generated 5,000-line file equal to a fresh lint after edits', () => {
    const warm = createLinter();
    let text = generateCompose(5000);
    const path = '/g/docker-compose.yml';
    warm.lintText(text, { path });
    const marker = text.indexOf('    # service 120');
    text = `${text.slice(0, marker)}    privileged: true\n${text.slice(marker)}`;
    text = text.replace('networks:\n', 'networks:\n  extra: {}\n');
    assert.deepEqual(warm.lintText(text, { path }), createLinter().lintText(text, { path }));
  });

  it('moves descriptors without changing the cached ones', () => {
    const d = { span: { start: 1, end: 2 }, messageId: 'm', fixes: [{ title: 't', edits: [{ start: 1, end: 2, newText: 'x' }] }], related: [{ span: { start: 0, end: 1 }, message: 'r' }, { path: '/other', span: { start: 5, end: 6 }, message: 'o' }] };
    const moved = shiftDescriptor(d, 10);
    assert.deepEqual(moved.span, { start: 11, end: 12 });
    assert.deepEqual(moved.fixes![0]!.edits[0], { start: 11, end: 12, newText: 'x' });
    assert.deepEqual(moved.related!.map((r) => r.span.start), [10, 5]);
    assert.equal(d.span.start, 1);
    assert.equal(d.fixes[0]!.edits[0]!.start, 1);
  });

  it('bounds the kept texts', () => {
    const results = new SectionResults(1_000);
    for (let i = 0; i < 100; i++) results.put(`group${i % 3}`, `section ${i} `.repeat(5), []);
    assert.ok(results.totalChars <= 1_000, `${results.totalChars} chars kept`);
    assert.notEqual(results.take('group0', `section 99 `.repeat(5)), undefined);
    assert.equal(results.take('group0', `section 0 `.repeat(5)), undefined);
  });
});
