import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Linter } from '../../server/engine/linter';
import { defineRule } from '../../server/engine/define-rule';
import type { Rule } from '../../server/engine/types';
import { defaultSettings, normalizeSettings, rulesWithOption, settingsOverrides } from '../../server/lsp/settings';
import { SettingsStore } from '../../server/lsp/settings-store';

const registryRule = defineRule({
  format: 'compose',
  meta: {
    id: 'compose/some-registry-rule',
    description: 'x',
    checklist: [],
    severity: 'warning',
    fixable: false,
    messages: {},
    options: { trustedRegistries: { default: [], description: 'registries' } },
  },
  check() {},
}) as Rule;
const otherRule = defineRule({
  format: 'compose',
  meta: { id: 'compose/other', description: 'x', checklist: [], severity: 'error', fixable: false, messages: {} },
  check() {},
}) as Rule;
const linter = new Linter([], [registryRule, otherRule]);

describe('settings', () => {
  it('keeps valid values and reports invalid ones', () => {
    const warnings: string[] = [];
    const s = normalizeSettings(
      { enable: false, run: 'sometimes', rules: { 'a/b': 'warn', 'c/d': 'off', 'e/f': 42 }, debounceMs: -1, maxFileSize: 1000, trustedRegistries: ['ghcr.io', 3, ''] },
      (m) => warnings.push(m),
    );
    assert.equal(s.enable, false);
    assert.equal(s.run, 'onType');
    assert.deepEqual(s.rules, { 'a/b': 'warning', 'c/d': 'off' });
    assert.equal(s.debounceMs, defaultSettings().debounceMs);
    assert.equal(s.maxFileSize, 1000);
    assert.deepEqual(s.trustedRegistries, ['ghcr.io']);
    assert.equal(warnings.length, 2);
  });

  it('hands trustedRegistries to the rules that declare the option, found by metadata', () => {
    assert.deepEqual(rulesWithOption(linter, 'trustedRegistries'), ['compose/some-registry-rule']);
    const overrides = settingsOverrides(normalizeSettings({ trustedRegistries: ['ghcr.io/acme'], rules: { 'compose/other': 'off' } }), linter);
    assert.deepEqual(overrides.rules, {
      'compose/other': { severity: 'off' },
      'compose/some-registry-rule': { options: { trustedRegistries: ['ghcr.io/acme'] } },
    });
    assert.equal(overrides.maxFileSize, undefined);
    // Empty keeps what .hardenlint.yaml says.
    assert.deepEqual(settingsOverrides(defaultSettings(), linter).rules, {});
  });

  it('pulls per document over initializationOptions, and forgets on change', async () => {
    let pulls = 0;
    const store = new SettingsStore({
      initial: { debounceMs: 5, run: 'onSave' },
      pull: async () => (++pulls === 1 ? { run: 'onType' } : null),
      warn: () => {},
    });
    const first = await store.get('file:///a');
    assert.equal(first.run, 'onType');
    assert.equal(first.debounceMs, 5);
    assert.equal(await store.get('file:///a'), first);
    store.changed({ hardenlint: { debounceMs: 9 } });
    const second = await store.get('file:///a');
    assert.equal(second.run, 'onSave');
    assert.equal(second.debounceMs, 9);
  });
});
