/**
 * Redis ACL rules (`user <name> <rule>…` lines, ACL files, requirepass) and
 * what they grant: whether a user is enabled, how it authenticates, which
 * commands it may run. Command categories come from the real server
 * (defaults-data.ts), so `-@dangerous` means exactly what Redis means.
 */
import type { RedisArg } from './ast';
import { REDIS_ACL_CATEGORIES } from './defaults-data';

export interface AclUserState {
  name: string;
  enabled: boolean;
  nopass: boolean;
  /** Clear-text passwords (`>pass`), with where they are written when known. */
  passwords: { value: string; arg?: RedisArg }[];
  /** Number of `#<sha256>` hashed passwords. */
  hashedPasswords: number;
  /** The command rules in order, to evaluate per command. */
  commandRules: { rule: string; arg?: RedisArg }[];
  allKeys: boolean;
}

export function newUser(name: string): AclUserState {
  return { name, enabled: false, nopass: false, passwords: [], hashedPasswords: 0, commandRules: [], allKeys: false };
}

/** `user default on nopass ~* &* +@all`, the default user before configuration. */
export function initialDefaultUser(): AclUserState {
  return { ...newUser('default'), enabled: true, nopass: true, commandRules: [{ rule: '+@all' }], allKeys: true };
}

/** Apply one ACL rule the way ACLSetUser does (selectors in parentheses are ignored). */
export function applyAclRule(user: AclUserState, rule: string, arg?: RedisArg): void {
  const lower = rule.toLowerCase();
  if (lower === 'on') user.enabled = true;
  else if (lower === 'off') user.enabled = false;
  else if (lower === 'nopass') {
    user.nopass = true;
    user.passwords = [];
    user.hashedPasswords = 0;
  } else if (lower === 'resetpass') {
    user.nopass = false;
    user.passwords = [];
    user.hashedPasswords = 0;
  } else if (rule.startsWith('>')) {
    user.nopass = false;
    user.passwords = user.passwords.filter((p) => p.value !== rule.slice(1));
    user.passwords.push(arg ? { value: rule.slice(1), arg } : { value: rule.slice(1) });
  } else if (rule.startsWith('<')) user.passwords = user.passwords.filter((p) => p.value !== rule.slice(1));
  else if (rule.startsWith('#')) {
    user.nopass = false;
    user.hashedPasswords++;
  } else if (rule.startsWith('!')) user.hashedPasswords = Math.max(0, user.hashedPasswords - 1);
  else if (lower === 'allkeys' || rule === '~*') user.allKeys = true;
  else if (lower === 'resetkeys') user.allKeys = false;
  else if (lower === 'reset') {
    Object.assign(user, newUser(user.name));
    user.commandRules = [];
  } else if (lower === 'allcommands' || lower === 'nocommands' || rule.startsWith('+') || rule.startsWith('-')) {
    user.commandRules.push(arg ? { rule: lower, arg } : { rule: lower });
  }
}

export function applyAclRules(user: AclUserState, args: readonly RedisArg[]): void {
  for (const a of args) applyAclRule(user, a.value, a);
}

const categoriesOf = new Map<string, Set<string>>();
for (const [category, commands] of Object.entries(REDIS_ACL_CATEGORIES)) {
  for (const c of commands) {
    const set = categoriesOf.get(c) ?? new Set<string>();
    set.add(category);
    categoriesOf.set(c, set);
  }
}

/** Subcommands (`config|get`, …) of a container command; empty for plain commands. */
export function subcommandsOf(command: string): string[] {
  const prefix = command.toLowerCase() + '|';
  return [...categoriesOf.keys()].filter((c) => c.startsWith(prefix)).sort();
}

export function isKnownCommand(command: string): boolean {
  const c = command.toLowerCase();
  return categoriesOf.has(c) || subcommandsOf(c).length > 0;
}

export function inCategory(command: string, category: string): boolean {
  return categoriesOf.get(command.toLowerCase())?.has(category.toLowerCase()) ?? false;
}

/** Whether one command or `container|sub` is allowed, and the last rule that decided it. */
export function commandDecision(user: AclUserState, command: string): { allowed: boolean; by?: { rule: string; arg?: RedisArg } } {
  const c = command.toLowerCase();
  const container = c.split('|')[0]!;
  let allowed = false;
  let by: { rule: string; arg?: RedisArg } | undefined;
  for (const r of user.commandRules) {
    const rule = r.rule;
    let verdict: boolean | undefined;
    if (rule === 'allcommands' || rule === '+@all') verdict = true;
    else if (rule === 'nocommands' || rule === '-@all') verdict = false;
    else if (rule.startsWith('+@') || rule.startsWith('-@')) {
      if (inCategory(c, rule.slice(2))) verdict = rule[0] === '+';
    } else {
      const name = rule.slice(1);
      if (name === c || name === container) verdict = rule[0] === '+';
    }
    if (verdict !== undefined) {
      allowed = verdict;
      by = r;
    }
  }
  return by ? { allowed, by } : { allowed };
}

/**
 * Whether the user can run the command: a plain command by its own decision;
 * a container command when any of its dangerous subcommands (or, when none
 * is dangerous, any subcommand) is allowed.
 */
export function canRun(user: AclUserState, command: string): boolean {
  if (!user.enabled) return false;
  const subs = subcommandsOf(command);
  if (subs.length === 0) return commandDecision(user, command).allowed;
  const risky = subs.filter((s) => inCategory(s, 'dangerous'));
  return (risky.length > 0 ? risky : subs).some((s) => commandDecision(user, s).allowed);
}
