/**
 * The checklist catalogue and the rule catalogue stay complete and in step:
 * every checklist line of docs/security-hardening-checklist.md is in the
 * catalogue with its exact title, every rule maps to known checklist items and
 * has a doc page and a table test.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { CHECKLIST, allItems, findItem } from '../rules/checklist';
import { ALL_RULES } from '../rules';
import { ALL_FORMATS } from '../server/formats';
import { readChecklistMarkdown } from '../server/engine/checklist-markdown';
import { repoPath } from './harness/paths';

const markdown = readChecklistMarkdown(readFileSync(repoPath('docs/security-hardening-checklist.md'), 'utf8'));

describe('checklist catalogue', () => {
  it('holds every checkbox line of the checklist (266)', () => {
    const checkboxes = markdown.filter((e) => e.checkbox);
    assert.equal(checkboxes.length, 266);
    const catalogueCheckboxes =
      CHECKLIST.flatMap((s) => s.subsections.flatMap((u) => u.groups.flatMap((g) => [...(g.checkbox ? [g.title] : []), ...g.items.map((i) => i.title)])));
    assert.equal(catalogueCheckboxes.length, 266);
  });

  it('has the same outline and titles as the markdown, in order', () => {
    const fromMarkdown = markdown
      .filter((e) => e.kind !== 'section' && e.kind !== 'subsection')
      .map((e) => `${e.kind}:${e.title}`);
    const fromCatalogue = CHECKLIST.flatMap((s) =>
      s.subsections.flatMap((u) => u.groups.flatMap((g) => [`group:${g.title}`, ...g.items.map((i) => `item:${i.title}`)])),
    );
    assert.deepEqual(fromCatalogue, fromMarkdown);
    const headings = markdown.filter((e) => e.kind === 'section' || e.kind === 'subsection').map((e) => e.title);
    for (const s of CHECKLIST) {
      assert.ok(headings.includes(s.title), `section ${s.title} not in the markdown`);
      for (const u of s.subsections) assert.ok(headings.includes(u.title), `subsection ${u.title} not in the markdown`);
    }
  });

  it('has unique, well-formed ids', () => {
    const ids = CHECKLIST.flatMap((s) => s.subsections.flatMap((u) => u.groups.flatMap((g) => [g.id, ...g.items.map((i) => i.id)])));
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z0-9-]+(\.[a-z0-9-]+)?$/);
    assert.equal(allItems().length, ids.length - CHECKLIST.flatMap((s) => s.subsections.flatMap((u) => u.groups)).length);
  });
});

describe('rule catalogue', () => {
  const formatIds = new Set(ALL_FORMATS.map((f) => f.id));
  it('has at least one rule', () => assert.ok(ALL_RULES.length > 0));
  for (const rule of ALL_RULES) {
    describe(rule.meta.id, () => {
      it('maps to known checklist items', () => {
        assert.ok(rule.meta.checklist.length > 0, 'no checklist item');
        for (const id of rule.meta.checklist) assert.ok(findItem(id), `unknown checklist item ${id}`);
      });
      it('belongs to a registered format', () => assert.ok(formatIds.has(rule.format)));
      it('has a doc page', () => {
        const doc = repoPath('docs', 'rules', `${rule.meta.id}.md`);
        assert.ok(existsSync(doc), `missing ${doc}`);
        assert.ok(readFileSync(doc, 'utf8').includes(rule.meta.id), 'doc page does not name the rule id');
      });
      it('has a table test', () => {
        const test = repoPath('test', 'rules', `${rule.meta.id}.test.ts`);
        assert.ok(existsSync(test), `missing ${test}`);
        assert.match(readFileSync(test, 'utf8'), /testRule\(/);
      });
      it('has a description and messages', () => {
        assert.ok(rule.meta.description.length > 10);
        assert.ok(Object.keys(rule.meta.messages).length > 0);
      });
    });
  }
});
