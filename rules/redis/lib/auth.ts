/** Authentication checks: does the default user need a password, and are passwords strong. */
import type { RedisArg, RedisDirective } from '../../../server/formats/redis/ast';
import { commentedDirective, lastDirective } from '../../../server/formats/redis/ast';
import { defaultUserOpen, reachableFromOutside } from '../../../server/formats/redis/effective';
import { CLIENTS_NEED_PASSWORD, type Issue } from './issue';
import { passwordWeakness, type PasswordPolicy } from './password';
import { generatePassword } from './random';
import { isOwn, type RedisSubject } from './subject';

export function checkAuthentication(subject: RedisSubject): Issue[] {
  const { redis } = subject;
  if (!redis.complete || !defaultUserOpen(redis)) return [];
  const severity = reachableFromOutside(redis) ? 'error' : 'warning';
  const exposure = reachableFromOutside(redis) ? ' and Redis listens beyond loopback' : '';
  const userLine = redis.defaultUser.directive;
  if (userLine) {
    if (!isOwn(subject, userLine)) return [];
    const nopass = [...userLine.args].reverse().find((a) => a.value.toLowerCase() === 'nopass');
    const span = (nopass ?? userLine.args[0]!).span;
    return [{
      messageId: 'nopassUser',
      span,
      data: { exposure },
      severity,
      fixes: nopass
        ? [{ title: `Replace nopass with a new random password (${CLIENTS_NEED_PASSWORD})`, changesBehavior: true, preferred: true, edits: [{ kind: 'replace-arg', arg: nopass, value: '>' + generatePassword() }] }]
        : [],
    }];
  }
  const requirepass = redis.get('requirepass').directive;
  if (requirepass) {
    if (!isOwn(subject, requirepass)) return [];
    const arg = requirepass.args[0]!;
    return [{
      messageId: 'emptyRequirepass',
      span: arg.span,
      data: { exposure },
      severity,
      fixes: [{ title: `Set a new random password (${CLIENTS_NEED_PASSWORD})`, changesBehavior: true, preferred: true, edits: [{ kind: 'replace-arg', arg, value: generatePassword() }] }],
    }];
  }
  const comment = commentedDirective(subject.tree, 'requirepass');
  return [{
    messageId: 'missing',
    span: comment?.span ?? subject.fallbackSpan,
    data: { exposure },
    severity,
    fixes: [{
      title: `Add requirepass with a new random password (${CLIENTS_NEED_PASSWORD})`,
      changesBehavior: true,
      preferred: true,
      edits: [{ kind: 'insert-lines', ...(comment ? { after: comment.span } : {}), lines: [{ name: 'requirepass', args: [generatePassword()] }] }],
    }],
  }];
}

export interface WeakPasswordOptions {
  policy: PasswordPolicy;
  /** Values whose real content is unknown here (e.g. compose `${VAR}`). */
  isOpaque?: (value: string) => boolean;
}

function weakIssue(arg: RedisArg, password: string, reason: string, where: string, value: ((fresh: string) => string) | undefined): Issue {
  return {
    messageId: 'weak',
    span: arg.span,
    data: { where, reason, length: password.length },
    fixes: value
      ? [{ title: `Replace the password with a new random one (${CLIENTS_NEED_PASSWORD})`, changesBehavior: true, preferred: true, edits: [{ kind: 'replace-arg', arg, value: value(generatePassword()) }] }]
      : [],
  };
}

/** Weak clear-text passwords in requirepass, masterauth and `>password` ACL rules written in the document. */
export function checkPasswords(subject: RedisSubject, options: WeakPasswordOptions): Issue[] {
  const issues: Issue[] = [];
  const judge = (password: string): string | undefined => (options.isOpaque?.(password) ? undefined : passwordWeakness(password, options.policy));
  for (const d of subject.own) {
    if ((d.name === 'requirepass' || d.name === 'masterauth') && d.args.length === 1 && d.args[0]!.value !== '') {
      if (d.name === 'requirepass' && lastDirective(subject.tree, 'requirepass') !== d) continue;
      const reason = judge(d.args[0]!.value);
      // masterauth must equal the master's password: a new random value would break replication.
      if (reason) issues.push(weakIssue(d.args[0]!, d.args[0]!.value, reason, d.name, d.name === 'requirepass' ? (p) => p : undefined));
    } else if (d.name === 'user') {
      issues.push(...userPasswordIssues(d, judge));
    }
  }
  return issues;
}

function userPasswordIssues(d: RedisDirective, judge: (p: string) => string | undefined): Issue[] {
  const out: Issue[] = [];
  for (const a of d.args.slice(1)) {
    if (!a.value.startsWith('>')) continue;
    const reason = judge(a.value.slice(1));
    if (reason) out.push(weakIssue(a, a.value.slice(1), reason, `user ${d.args[0]!.value}`, (p) => '>' + p));
  }
  return out;
}
