/** Authentication checks: does the default user need a password, and are passwords strong. */
import type { RedisArg, RedisDirective } from '../../../server/formats/redis/ast';
import { commentedDirective, lastDirective } from '../../../server/formats/redis/ast';
import { defaultUserOpen, reachableFromOutside } from '../../../server/formats/redis/effective';
import { CLIENTS_NEED_PASSWORD, newPasswordFix, type Issue, type IssueFix } from './issue';
import { passwordWeakness, type PasswordPolicy } from './password';
import { isOwn, type RedisSubject } from './subject';


/** `nopass` → `>` and a new random password, for the default user or any other. */
export function replaceNopassFix(nopass: RedisArg): IssueFix {
  return newPasswordFix(`Replace nopass with a new random password (${CLIENTS_NEED_PASSWORD})`, (p) => [{ kind: 'replace-arg', arg: nopass, value: '>' + p }]);
}

export function checkAuthentication(subject: RedisSubject): Issue[] {
  const { redis } = subject;
  if (!redis.complete || !redis.usersComplete || !defaultUserOpen(redis)) return [];
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
        ? [replaceNopassFix(nopass)]
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
      fixes: [newPasswordFix(`Set a new random password (${CLIENTS_NEED_PASSWORD})`, (p) => [{ kind: 'replace-arg', arg, value: p }])],
    }];
  }
  const comment = commentedDirective(subject.tree, 'requirepass');
  return [{
    messageId: 'missing',
    span: comment?.span ?? subject.fallbackSpan,
    data: { exposure },
    severity,
    fixes: [
      newPasswordFix(`Add requirepass with a new random password (${CLIENTS_NEED_PASSWORD})`, (p) => [
        { kind: 'insert-lines', ...(comment ? { after: comment.span } : {}), lines: [{ name: 'requirepass', args: [p] }] },
      ]),
    ],
  }];
}

export interface WeakPasswordOptions {
  policy: PasswordPolicy;
  /** Values whose real content is unknown here (e.g. compose `${VAR}`). */
  isOpaque?: (value: string) => boolean;
  /**
   * The password the server receives for a value as written, when the two
   * differ (e.g. compose `$$` is an escaped `$`). The identity when unset.
   */
  received?: (written: string) => string;
}

/**
 * A weak password finding. Its data holds `written` (the value as written)
 * and `received` (what the server gets), so a caller can say when they differ.
 */
function weakIssue(arg: RedisArg, written: string, received: string, reason: string, where: string, value: ((fresh: string) => string) | undefined): Issue {
  return {
    messageId: 'weak',
    span: arg.span,
    data: { where, reason, length: received.length, written, received },
    fixes: value
      ? [newPasswordFix(`Replace the password with a new random one (${CLIENTS_NEED_PASSWORD})`, (p) => [{ kind: 'replace-arg', arg, value: value(p) }])]
      : [],
  };
}

/** Weak clear-text passwords in requirepass, masterauth and `>password` ACL rules written in the document. */
export function checkPasswords(subject: RedisSubject, options: WeakPasswordOptions): Issue[] {
  const issues: Issue[] = [];
  const judge = (written: string): Judged | undefined => {
    if (options.isOpaque?.(written)) return undefined;
    const received = options.received?.(written) ?? written;
    const reason = passwordWeakness(received, options.policy);
    return reason === undefined ? undefined : { written, received, reason };
  };
  for (const d of subject.own) {
    if ((d.name === 'requirepass' || d.name === 'masterauth') && d.args.length === 1 && d.args[0]!.value !== '') {
      if (d.name === 'requirepass' && lastDirective(subject.tree, 'requirepass') !== d) continue;
      const weak = judge(d.args[0]!.value);
      // masterauth must equal the master's password: a new random value would break replication.
      if (weak) issues.push(weakIssue(d.args[0]!, weak.written, weak.received, weak.reason, d.name, d.name === 'requirepass' ? (p) => p : undefined));
    } else if (d.name === 'user') {
      issues.push(...userPasswordIssues(d, judge));
    }
  }
  return issues;
}

interface Judged {
  written: string;
  received: string;
  reason: string;
}

function userPasswordIssues(d: RedisDirective, judge: (written: string) => Judged | undefined): Issue[] {
  const out: Issue[] = [];
  for (const a of d.args.slice(1)) {
    if (!a.value.startsWith('>')) continue;
    const weak = judge(a.value.slice(1));
    if (weak) out.push(weakIssue(a, weak.written, weak.received, weak.reason, `user ${d.args[0]!.value}`, (p) => '>' + p));
  }
  return out;
}
