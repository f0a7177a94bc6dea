import type { Rule } from './types';

const RULE_ID = /^[a-z]+(-[a-z]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/;

/** Gives rule files type checking and rejects ids that do not name their format. */
export function defineRule<Tree>(rule: Rule<Tree>): Rule<Tree> {
  if (!RULE_ID.test(rule.meta.id) || !rule.meta.id.startsWith(`${rule.format}/`)) {
    throw new Error(`rule id ${rule.meta.id} must be "${rule.format}/<kebab-name>"`);
  }
  return rule;
}
