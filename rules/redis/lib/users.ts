/** Least privilege for ACL users other than the default user and administrators. */
import { replaceNopassFix } from './auth';
import type { Issue } from './issue';
import { isOwn, type RedisSubject } from './subject';

export interface AclUserOptions {
  adminUsers: string[];
  /** Report `~*` / `allkeys` (all keys) too. */
  reportAllKeys: boolean;
}

export function checkAclUsers(subject: RedisSubject, options: AclUserOptions): Issue[] {
  const admins = new Set(options.adminUsers);
  const issues: Issue[] = [];
  for (const entry of subject.redis.users) {
    const d = entry.directive;
    const name = entry.state.name;
    if (name === 'default' || admins.has(name) || !isOwn(subject, d) || !entry.state.enabled) continue;
    for (const a of d.args.slice(1)) {
      const rule = a.value.toLowerCase();
      if (rule === 'nopass' && entry.state.nopass) {
        issues.push({
          messageId: 'nopass',
          span: a.span,
          data: { user: name },
          severity: 'warning',
          fixes: [replaceNopassFix(a)],
        });
      } else if (rule === '+@all' || rule === 'allcommands') {
        // `+@all -@dangerous`: everything but what the later rules take away.
        const denied = d.args.slice(d.args.indexOf(a) + 1).filter((x) => x.value.startsWith('-') && x.value.length > 1).map((x) => x.value.slice(1));
        issues.push(
          denied.length > 0
            ? { messageId: 'allCommandsBut', span: a.span, data: { user: name, denied: denied.join(', ') }, severity: 'warning', fixes: [] }
            : { messageId: 'allCommands', span: a.span, data: { user: name }, severity: 'warning', fixes: [] },
        );
      } else if ((rule === '~*' || rule === 'allkeys') && options.reportAllKeys) {
        issues.push({ messageId: 'allKeys', span: a.span, data: { user: name }, severity: 'information', fixes: [] });
      }
    }
  }
  return issues;
}
