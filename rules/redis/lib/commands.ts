/**
 * Dangerous commands: which users can run FLUSHALL, CONFIG, … and the
 * enable-debug-command / enable-module-command / enable-protected-configs
 * switches. A command counts as handled when `rename-command X ""` (or any
 * rename) hides it, or the user's ACL rules deny it.
 */
import type { RedisDirective } from '../../../server/formats/redis/ast';
import { commentedDirective } from '../../../server/formats/redis/ast';
import { canRun, commandDecision, inCategory, subcommandsOf, type AclUserState } from '../../../server/formats/redis/acl';
import type { AclUserEntry, EffectiveRedis } from '../../../server/formats/redis/effective';
import type { Issue, IssueEdit, IssueFix } from './issue';
import { isOwn, type RedisSubject } from './subject';

export const DEFAULT_DANGEROUS_COMMANDS = ['flushall', 'flushdb', 'config', 'debug', 'shutdown', 'module', 'keys', 'monitor', 'replicaof', 'slaveof', 'migrate', 'swapdb'];

export interface DangerousCommandOptions {
  commands: string[];
  /** Users allowed to run them (administrators). */
  adminUsers: string[];
}

/** Commands the instance refuses regardless of ACLs (DEBUG and MODULE while their enable-* switch is "no"). */
function switchedOff(redis: EffectiveRedis, command: string): boolean {
  if (command === 'debug') return redis.get('enable-debug-command').value === 'no';
  if (command === 'module') return redis.get('enable-module-command').value === 'no';
  return false;
}

export function usableCommands(redis: EffectiveRedis, user: AclUserState, commands: readonly string[]): string[] {
  return commands
    .map((c) => c.toLowerCase())
    .filter((c) => !redis.renamedCommands.has(c) && !switchedOff(redis, c) && canRun(user, c));
}

function denyArgs(commands: readonly string[]): string[] {
  const outside = commands.filter((c) => {
    const subs = subcommandsOf(c);
    return subs.length === 0 ? !inCategory(c, 'dangerous') : !subs.some((s) => inCategory(s, 'dangerous'));
  });
  return ['-@dangerous', ...outside.map((c) => '-' + c)];
}

function upper(commands: readonly string[]): string {
  return commands.map((c) => c.toUpperCase()).join(', ');
}

function userIssue(subject: RedisSubject, entry: AclUserEntry, usable: string[]): Issue | undefined {
  const line = entry.directive!;
  const name = entry.state.name;
  const decidingArg = commandDecision(entry.state, subcommandsOf(usable[0]!)[0] ?? usable[0]!).by?.arg;
  if (!isOwn(subject, line)) {
    // Written in an aclfile: report at the aclfile setting of this document.
    const aclfile = subject.redis.get('aclfile').directive;
    if (!isOwn(subject, aclfile)) return undefined;
    return { messageId: 'user', span: aclfile.args[0]!.span, data: { user: name, commands: upper(usable) }, fixes: [] };
  }
  const deny = denyArgs(usable);
  return {
    messageId: 'user',
    span: decidingArg && line.args.includes(decidingArg) ? decidingArg.span : line.args[0]!.span,
    data: { user: name, commands: upper(usable) },
    fixes: [{
      title: `Deny ${deny.join(' ')} to user ${name} (changes runtime behaviour: ${name} can no longer run ${upper(usable)}${categoryNote(deny)})`,
      changesBehavior: true,
      // Applications and monitoring call some of these (INFO, CLIENT, KEYS): offered, never applied unseen.
      preferred: false,
      edits: [{ kind: 'append-args', directive: line, args: deny }],
    }],
  };
}

/** `-@dangerous` denies more than the commands named: say what else stops working. */
function categoryNote(deny: string[]): string {
  return deny.includes('-@dangerous')
    ? ', nor the rest of @dangerous such as INFO, CLIENT, ROLE, SORT and the replication commands: replicas and monitoring that log in as this user need a user of their own'
    : '';
}

function implicitDefaultIssue(subject: RedisSubject, usable: string[]): Issue {
  const { redis } = subject;
  const requirepass = redis.get('requirepass').directive;
  const renameComment = commentedDirective(subject.tree, 'rename-command');
  const span = isOwn(subject, requirepass) ? requirepass.nameSpan : renameComment?.span ?? subject.fallbackSpan;
  const topLevel = [...new Set(usable)];
  const renames: IssueEdit[] = [{ kind: 'insert-lines', ...(renameComment ? { after: renameComment.span } : {}), lines: topLevel.map((c) => ({ name: 'rename-command', args: [c.toUpperCase(), ''] })) }];
  const renameFix: IssueFix = {
    title: `Disable ${upper(topLevel)} with rename-command (changes runtime behaviour: nobody can run them; Redis deprecates renaming, prefer ACLs)`,
    changesBehavior: true,
    preferred: false,
    edits: renames,
  };
  const fixes: IssueFix[] = [];
  const deny = denyArgs(usable);
  const aclTitle = `Add an ACL line for user default that denies ${deny.join(' ')} (changes runtime behaviour: the default user can no longer run ${upper(usable)}${categoryNote(deny)})`;
  if (isOwn(subject, requirepass) && requirepass.args.length === 1 && requirepass.args[0]!.value !== '' && redis.get('aclfile').value === '') {
    const args = ['on', '>' + requirepass.args[0]!.value, '~*', '&*', '+@all', ...deny];
    fixes.push({ title: aclTitle.replace('Add an ACL line', 'Replace requirepass with an ACL line'), changesBehavior: true, preferred: false, edits: [{ kind: 'replace-directive', directive: requirepass, name: 'user', args: ['default', ...args] }] });
    fixes.push(renameFix);
  } else {
    fixes.push(renameFix);
    if (redis.get('aclfile').value === '') {
      fixes.push({ title: aclTitle, changesBehavior: true, preferred: false, edits: [{ kind: 'insert-lines', lines: [{ name: 'user', args: ['default', 'on', 'nopass', '~*', '&*', '+@all', ...deny] }] }] });
    }
  }
  return { messageId: 'defaultUser', span, data: { commands: upper(usable) }, fixes };
}

export function checkDangerousCommands(subject: RedisSubject, options: DangerousCommandOptions): Issue[] {
  const { redis } = subject;
  if (!redis.complete || !redis.usersComplete) return [];
  const admins = new Set(options.adminUsers);
  const issues: Issue[] = [];
  for (const entry of redis.users) {
    if (admins.has(entry.state.name) || !entry.state.enabled) continue;
    const usable = usableCommands(redis, entry.state, options.commands);
    if (usable.length === 0) continue;
    const issue = entry.directive ? userIssue(subject, entry, usable) : implicitDefaultIssue(subject, usable);
    if (issue) issues.push(issue);
  }
  return issues;
}

export const ENABLE_SWITCHES: Record<string, string> = {
  'enable-debug-command': 'DEBUG',
  'enable-module-command': 'MODULE',
  'enable-protected-configs': 'CONFIG SET of protected settings (dir, dbfilename, …)',
};

export function checkEnableSwitches(subject: RedisSubject): Issue[] {
  const issues: Issue[] = [];
  for (const [name, what] of Object.entries(ENABLE_SWITCHES)) {
    const setting = subject.redis.get(name);
    const d: RedisDirective | undefined = setting.directive;
    if (!isOwn(subject, d) || d.args.length !== 1) continue;
    const value = setting.value.toLowerCase();
    if (value !== 'yes' && value !== 'local') continue;
    issues.push({
      messageId: value === 'yes' ? 'enabled' : 'local',
      span: d.args[0]!.span,
      data: { name, what },
      severity: value === 'yes' ? 'warning' : 'information',
      fixes: [{ title: `Set ${name} no (changes runtime behaviour: ${what.split(' (')[0]} is refused)`, changesBehavior: true, preferred: true, edits: [{ kind: 'replace-arg', arg: d.args[0]!, value: 'no' }] }],
    });
  }
  return issues;
}
