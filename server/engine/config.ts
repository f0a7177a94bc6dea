/**
 * hardenlint configuration, shared by the CLI and the editor:
 *
 *   rules:
 *     compose/no-latest-tag: off
 *     compose/untrusted-registry: { severity: warning, options: { trustedRegistries: [ghcr.io] } }
 *     compose/weak-secret: [error, { minSecretBits: 256 }]
 *   ignore: ["vendor/**", "**\/*.generated.yml"]
 *   maxFileSize: 2000000
 *
 * Parsing is pure; finding the file on disk lives in the node layer.
 */
import { parse as parseYaml } from 'yaml';
import type { SeveritySetting } from './types';
import { closestName } from './suggest';

export interface RuleConfig {
  severity?: SeveritySetting;
  options?: Record<string, unknown>;
}

export interface Config {
  rules: Record<string, RuleConfig>;
  /** Globs relative to `baseDir`. */
  ignore: string[];
  /** Files larger than this many bytes are skipped with a message. */
  maxFileSize: number;
  /** Folder the ignore globs are relative to (the config file's folder). */
  baseDir?: string;
}

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

export function emptyConfig(): Config {
  return { rules: {}, ignore: [], maxFileSize: DEFAULT_MAX_FILE_SIZE };
}

const SEVERITY_NAMES: Record<string, SeveritySetting> = {
  off: 'off',
  error: 'error',
  warning: 'warning',
  warn: 'warning',
  information: 'information',
  info: 'information',
  hint: 'hint',
};

/** A severity as users write it (`warn`, `info`, any case; ESLint's 0/1/2), or undefined. */
export function normalizeSeverity(value: unknown): SeveritySetting | undefined {
  if (typeof value === 'number') return (['off', 'warning', 'error'] as const)[value];
  if (typeof value !== 'string') return undefined;
  return SEVERITY_NAMES[value.toLowerCase()];
}

export class ConfigError extends Error {}

const CONFIG_KEYS = ['rules', 'ignore', 'maxFileSize'];
const SEVERITY_WORDS = ['off', 'error', 'warning', 'information', 'hint'];

/** `; did you mean "warning"?` for a misspelt severity, or the list of them. */
function severityHint(value: unknown): string {
  const meant = typeof value === 'string' ? closestName(value.toLowerCase(), Object.keys(SEVERITY_NAMES)) : undefined;
  return meant ? `; did you mean "${SEVERITY_NAMES[meant]}"?` : `; use one of ${SEVERITY_WORDS.join(', ')}`;
}

function parseRuleConfig(id: string, value: unknown, errors: string[]): RuleConfig | undefined {
  if (Array.isArray(value)) {
    const severity = normalizeSeverity(value[0]);
    if (!severity) errors.push(`rules.${id}: unknown severity ${JSON.stringify(value[0])}${severityHint(value[0])}`);
    const options = value[1];
    if (options !== undefined && (typeof options !== 'object' || options === null)) {
      errors.push(`rules.${id}: options must be a mapping`);
      return severity ? { severity } : undefined;
    }
    return { ...(severity ? { severity } : {}), ...(options ? { options: options as Record<string, unknown> } : {}) };
  }
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const out: RuleConfig = {};
    if (obj.severity !== undefined) {
      const severity = normalizeSeverity(obj.severity);
      if (severity) out.severity = severity;
      else errors.push(`rules.${id}.severity: unknown severity ${JSON.stringify(obj.severity)}${severityHint(obj.severity)}`);
    }
    if (obj.options !== undefined) {
      if (typeof obj.options === 'object' && obj.options !== null) out.options = obj.options as Record<string, unknown>;
      else errors.push(`rules.${id}.options must be a mapping`);
    }
    return out;
  }
  const severity = normalizeSeverity(value);
  if (!severity) {
    errors.push(`rules.${id}: unknown severity ${JSON.stringify(value)}${severityHint(value)}`);
    return undefined;
  }
  return { severity };
}

/** Parse `.hardenlint.yaml` / `.hardenlint.json` text. Unknown keys are reported, not fatal. */
export function parseConfig(text: string, baseDir?: string): { config: Config; errors: string[] } {
  const errors: string[] = [];
  const config = emptyConfig();
  if (baseDir !== undefined) config.baseDir = baseDir;
  let data: unknown;
  try {
    data = parseYaml(text, { maxAliasCount: 100 });
  } catch (e) {
    errors.push(`cannot parse: ${(e as Error).message.split('\n')[0]}`);
    return { config, errors };
  }
  if (data === null || data === undefined) return { config, errors };
  if (typeof data !== 'object' || Array.isArray(data)) {
    errors.push('the configuration must be a mapping');
    return { config, errors };
  }
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (key === 'rules') {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        errors.push('rules must be a mapping of rule id to severity');
        continue;
      }
      for (const [id, setting] of Object.entries(value as Record<string, unknown>)) {
        const rc = parseRuleConfig(id, setting, errors);
        if (rc) config.rules[id] = rc;
      }
    } else if (key === 'ignore') {
      if (Array.isArray(value) && value.every((v) => typeof v === 'string')) config.ignore = value as string[];
      else errors.push('ignore must be a list of glob patterns');
    } else if (key === 'maxFileSize') {
      if (typeof value === 'number' && value > 0) config.maxFileSize = value;
      else errors.push('maxFileSize must be a positive number of bytes');
    } else {
      const meant = closestName(key, CONFIG_KEYS);
      errors.push(`unknown key "${key}"${meant ? `; did you mean "${meant}"?` : `; the keys are ${CONFIG_KEYS.join(', ')}`}`);
    }
  }
  return { config, errors };
}

/** Settings in `override` win; rule options are merged key by key. */
export function mergeConfig(base: Config, override: Partial<Config>): Config {
  const rules: Record<string, RuleConfig> = { ...base.rules };
  for (const [id, rc] of Object.entries(override.rules ?? {})) {
    const prev = rules[id] ?? {};
    rules[id] = {
      ...prev,
      ...rc,
      ...(prev.options || rc.options ? { options: { ...prev.options, ...rc.options } } : {}),
    };
  }
  const merged: Config = {
    rules,
    ignore: [...base.ignore, ...(override.ignore ?? [])],
    maxFileSize: override.maxFileSize ?? base.maxFileSize,
  };
  const baseDir = override.baseDir ?? base.baseDir;
  if (baseDir !== undefined) merged.baseDir = baseDir;
  return merged;
}
