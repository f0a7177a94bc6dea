/**
 * Editor settings (`hardenlint.*`): their defaults, validation of whatever the
 * client sends, and their translation into engine configuration overrides.
 */
import { normalizeSeverity, type Config, type RuleConfig } from '../engine/config';
import type { Linter } from '../engine/linter';
import type { SeveritySetting } from '../engine/types';
import type { ChecklistPlacement } from './convert';

export type RunMode = 'onType' | 'onSave';

export interface Settings {
  enable: boolean;
  /** Lint while typing (debounced) or only on open and save. */
  run: RunMode;
  /** Rule id → severity or "off"; wins over `.hardenlint.yaml`. */
  rules: Record<string, SeveritySetting>;
  /** Registries images may come from; handed to every rule with a `trustedRegistries` option. Empty: keep the configured value. */
  trustedRegistries: string[];
  /** Delay between the last keystroke and the lint, in milliseconds. */
  debounceMs: number;
  /** Largest document linted, in bytes (UTF-16 code units); undefined keeps `.hardenlint.yaml` / the default. */
  maxFileSize: number | undefined;
  /** Base URL for rule documentation links; undefined links the bundled docs (file://). */
  ruleDocsBaseUrl: string | undefined;
  /** Append checklist items to the message (editors that show neither hovers nor related information). */
  checklistInMessage: boolean;
  /** List checklist items as related information too (the Problems panel shows them); they are always on hover. */
  checklistRelatedInformation: boolean;
}

export const DEFAULT_DEBOUNCE_MS = 150;

export function defaultSettings(): Settings {
  return {
    enable: true,
    run: 'onType',
    rules: {},
    trustedRegistries: [],
    debounceMs: DEFAULT_DEBOUNCE_MS,
    maxFileSize: undefined,
    ruleDocsBaseUrl: undefined,
    checklistInMessage: false,
    checklistRelatedInformation: false,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Settings from raw client JSON; invalid values fall back to defaults and are reported through `warn`. */
/** Where diagnostics put checklist items, from the settings and what the client shows. */
export function checklistPlacement(settings: Settings, clientShowsRelated: boolean): ChecklistPlacement {
  if (settings.checklistInMessage) return 'message';
  return settings.checklistRelatedInformation && clientShowsRelated ? 'relatedInformation' : 'hover';
}

export function normalizeSettings(raw: unknown, warn: (message: string) => void = () => {}): Settings {
  const settings = defaultSettings();
  if (!isRecord(raw)) return settings;
  if (typeof raw.enable === 'boolean') settings.enable = raw.enable;
  if (raw.run === 'onType' || raw.run === 'onSave') settings.run = raw.run;
  else if (raw.run !== undefined && raw.run !== null) warn(`hardenlint.run: expected "onType" or "onSave", got ${JSON.stringify(raw.run)}`);
  if (isRecord(raw.rules)) {
    for (const [id, value] of Object.entries(raw.rules)) {
      const severity = typeof value === 'string' ? normalizeSeverity(value) : undefined;
      if (severity) settings.rules[id] = severity;
      else warn(`hardenlint.rules.${id}: expected a severity or "off", got ${JSON.stringify(value)}`);
    }
  }
  if (Array.isArray(raw.trustedRegistries)) {
    settings.trustedRegistries = raw.trustedRegistries.filter((r): r is string => typeof r === 'string' && r.trim() !== '');
  }
  if (typeof raw.debounceMs === 'number' && Number.isFinite(raw.debounceMs) && raw.debounceMs >= 0) {
    settings.debounceMs = raw.debounceMs;
  }
  if (typeof raw.maxFileSize === 'number' && Number.isFinite(raw.maxFileSize) && raw.maxFileSize > 0) {
    settings.maxFileSize = raw.maxFileSize;
  }
  if (typeof raw.checklistInMessage === 'boolean') settings.checklistInMessage = raw.checklistInMessage;
  if (typeof raw.checklistRelatedInformation === 'boolean') settings.checklistRelatedInformation = raw.checklistRelatedInformation;
  if (typeof raw.ruleDocsBaseUrl === 'string' && raw.ruleDocsBaseUrl.trim() !== '') {
    settings.ruleDocsBaseUrl = raw.ruleDocsBaseUrl.trim();
  }
  return settings;
}

/** Rule ids whose metadata declares the given option, so settings never hard-code rule ids. */
export function rulesWithOption(linter: Linter, option: string): string[] {
  return linter.rules.filter((r) => r.meta.options !== undefined && option in r.meta.options).map((r) => r.meta.id);
}

/** The part of the configuration the settings override (merged over `.hardenlint.yaml`). */
export function settingsOverrides(settings: Settings, linter: Linter): Partial<Config> {
  const rules: Record<string, RuleConfig> = {};
  for (const [id, severity] of Object.entries(settings.rules)) rules[id] = { severity };
  if (settings.trustedRegistries.length > 0) {
    for (const id of rulesWithOption(linter, 'trustedRegistries')) {
      rules[id] = { ...rules[id], options: { trustedRegistries: [...settings.trustedRegistries] } };
    }
  }
  return { rules, ...(settings.maxFileSize !== undefined ? { maxFileSize: settings.maxFileSize } : {}) };
}
