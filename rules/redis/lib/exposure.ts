/** Network exposure checks: bind addresses and protected mode. */
import { commentedDirective } from '../../../server/formats/redis/ast';
import { defaultUserOpen, isWildcardAddress, listensBeyondLoopback } from '../../../server/formats/redis/effective';
import type { Issue, IssueFix } from './issue';
import { isOwn, type RedisSubject } from './subject';

export const LOOPBACK_BIND = ['127.0.0.1', '-::1'];
const BIND_TITLE = 'Bind to 127.0.0.1 -::1 (changes runtime behaviour: only local clients can connect)';

export interface BindOptions {
  /** Report a config without `bind`, which listens on every interface (`* -::*`). */
  reportMissing: boolean;
}

export function checkBind(subject: RedisSubject, options: BindOptions): Issue[] {
  const { redis } = subject;
  const directive = redis.bind.directive;
  if (directive) {
    if (!isOwn(subject, directive)) return [];
    const wildcards = redis.bind.addresses.filter((a) => isWildcardAddress(a.value));
    if (wildcards.length === 0) return [];
    const first = wildcards[0]!;
    const fix: IssueFix = { title: BIND_TITLE, changesBehavior: true, preferred: true, edits: [{ kind: 'replace-directive', directive, name: directive.nameText, args: LOOPBACK_BIND }] };
    return [{ messageId: 'allInterfaces', span: first.span, data: { addresses: wildcards.map((a) => a.value).join(' ') }, fixes: [fix] }];
  }
  if (!options.reportMissing || !redis.complete || !listensBeyondLoopback(redis)) return [];
  const comment = commentedDirective(subject.tree, 'bind');
  return [{
    messageId: 'missing',
    span: comment?.span ?? subject.fallbackSpan,
    data: { addresses: redis.bind.addresses.map((a) => a.value).join(' ') },
    fixes: [{ title: BIND_TITLE, changesBehavior: true, preferred: true, edits: [{ kind: 'insert-lines', ...(comment ? { after: comment.span } : {}), lines: [{ name: 'bind', args: LOOPBACK_BIND }] }] }],
  }];
}

export function checkProtectedMode(subject: RedisSubject): Issue[] {
  const { redis } = subject;
  const setting = redis.get('protected-mode');
  if (setting.value !== 'no' || !isOwn(subject, setting.directive)) return [];
  const open = defaultUserOpen(redis);
  const severity = open && listensBeyondLoopback(redis) ? 'error' : open ? 'warning' : 'information';
  const arg = setting.directive.args[0]!;
  return [{
    messageId: open ? 'disabledOpen' : 'disabled',
    span: arg.span,
    data: {},
    severity,
    fixes: [{
      title: 'Set protected-mode yes (changes runtime behaviour: remote clients are refused while the default user has no password)',
      changesBehavior: true,
      preferred: true,
      edits: [{ kind: 'replace-arg', arg, value: 'yes' }],
    }],
  }];
}
