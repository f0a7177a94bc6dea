/**
 * Checks of a parsed configuration that need the rule registry: rule ids it
 * does not know, option names a rule does not declare, option values of the
 * wrong kind. `parseConfig` cannot tell these; a misspelling would otherwise
 * leave the rule at its defaults without a word.
 */
import type { Config, RuleConfig } from './config';
import { ENGINE_RULE_IDS, PARSE_ERROR_RULE, type Linter } from './linter';
import { closestName } from './suggest';
import type { RuleOptionSpec } from './types';

/** The rule ids `id` was probably meant to be: the nearest id, else the ids whose name after the format is nearest. */
export function suggestRuleIds(id: string, knownIds: readonly string[]): string[] {
  const wanted = id.toLowerCase();
  const whole = closestName(wanted, knownIds);
  if (whole !== undefined) return [whole];
  // `no-privileged` or `docker/no-privileged`: the name without (or with the wrong) format.
  const name = closestName(nameOf(wanted), new Set(knownIds.map(nameOf)));
  return name === undefined ? [] : knownIds.filter((known) => nameOf(known) === name);
}

function nameOf(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1);
}

function didYouMean(names: readonly string[]): string {
  return names.length === 0 ? '' : `; did you mean ${names.join(' or ')}?`;
}

/** "unknown rule id", with the likely intended ids. */
export function unknownRuleIdMessage(id: string, knownIds: readonly string[]): string {
  return `unknown rule id${didYouMean(suggestRuleIds(id, knownIds))}`;
}

/** Every rule id a configuration may name. */
export function configurableRuleIds(linter: Linter): string[] {
  return [...linter.rules.map((r) => r.meta.id), ...ENGINE_RULE_IDS];
}

/** Problems with the `rules` of a parsed configuration, one message each, prefixed `rules.<id>: `. */
export function checkRuleSettings(config: Config, linter: Linter): string[] {
  const problems: string[] = [];
  let knownIds: string[] | undefined;
  for (const [id, setting] of Object.entries(config.rules)) {
    const rule = linter.rule(id);
    if (id === PARSE_ERROR_RULE) {
      problems.push(`rules.${id}: parse errors cannot be configured: a file that does not parse is not checked`);
    } else if (rule || ENGINE_RULE_IDS.includes(id)) {
      for (const problem of checkOptions(setting, rule?.meta.options ?? {})) problems.push(`rules.${id}: ${problem}`);
    } else {
      knownIds ??= configurableRuleIds(linter);
      problems.push(`rules.${id}: ${unknownRuleIdMessage(id, knownIds)}`);
    }
  }
  return problems;
}

function checkOptions(setting: RuleConfig, specs: Record<string, RuleOptionSpec>): string[] {
  const problems: string[] = [];
  const names = Object.keys(specs);
  for (const [name, value] of Object.entries(setting.options ?? {})) {
    const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
    if (spec) {
      const wrong = wrongKind(value, spec.default);
      if (wrong) problems.push(`option "${name}" ${wrong}`);
    } else {
      problems.push(`unknown option "${name}"; ${optionHint(name, names)}`);
    }
  }
  return problems;
}

/** The option meant, else the options there are. */
function optionHint(name: string, names: readonly string[]): string {
  if (names.length === 0) return 'the rule has no options';
  const near = closestName(name, names);
  return near ? `did you mean "${near}"?` : `the rule's options are ${names.join(', ')}`;
}

type Kind = 'list' | 'mapping' | 'string' | 'number' | 'boolean' | 'null';

const KIND_NAMES: Record<Kind, string> = {
  list: 'a list',
  mapping: 'a mapping',
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  null: 'null',
};

function kindOf(value: unknown): Kind | undefined {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return typeof value as Kind;
    case 'object':
      return 'mapping';
    default:
      return undefined;
  }
}

/**
 * How `value` differs in kind from the option's default, or undefined when it
 * fits. Only the outer kind is compared (not list items). A number passes for
 * a string option: rules read those with String(), and sizes, times and "0"
 * are naturally written as numbers.
 */
function wrongKind(value: unknown, fallback: unknown): string | undefined {
  const expected = kindOf(fallback);
  const actual = kindOf(value);
  if (expected === undefined || expected === 'null' || actual === expected) return undefined;
  if (expected === 'string' && actual === 'number') return undefined;
  return `should be ${KIND_NAMES[expected]}, got ${shortJson(value)}`;
}

function shortJson(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
