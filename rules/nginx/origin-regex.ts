import { defineRule } from '../../server/engine/define-rule';
import type { NginxFile, NginxArg } from '../../server/formats/nginx/ast';
import type { Span } from '../../server/engine/types';
import { ITEMS } from './support/checklist';
import { Scope } from './support/scope';
import { ifCondition } from './support/variables';

const CHECKED = /^\$\{?(http_origin|http_referer)\}?$/;

/** The domain the pattern trusts, as a plain name (`example\.com` → `example.com`); undefined when it names none. */
function trustedName(regex: string): string | undefined {
  // Runs of name characters (a split, not a repeated group: no backtracking on long patterns).
  const names = regex
    .split(/[^a-z0-9.\\-]+/i)
    .map((run) => trimDotsAndDashes(run.replace(/\\/g, '')))
    .filter((run) => /[a-z0-9-]\.[a-z]{2,}/i.test(run));
  return names[names.length - 1];
}

function trimDotsAndDashes(run: string): string {
  let start = 0;
  let end = run.length;
  while (start < end && (run[start] === '.' || run[start] === '-')) start++;
  while (end > start && (run[end - 1] === '.' || run[end - 1] === '-')) end--;
  return run.slice(start, end);
}

/** What an attacker-chosen Origin/Referer can do to an unanchored pattern. */
function weakness(regex: string): string | undefined {
  // Only patterns that name a domain are origin checks (not e.g. a capture of the whole header).
  const name = trustedName(regex);
  if (!name) return undefined;
  const problems: string[] = [];
  if (!regex.startsWith('^')) problems.push(`it is not anchored with ^, so https://evil.example/?${name} or https://evil-${name} match`);
  if (!regex.endsWith('$')) problems.push(`it is not anchored with $, so https://${name}.evil.example matches`);
  return problems.length ? problems.join('; ') : undefined;
}

export default defineRule<NginxFile>({
  format: 'nginx',
  meta: {
    id: 'nginx/origin-regex',
    description: 'Regexes that check $http_origin or $http_referer must be anchored (^https://(www\\.)?example\\.com$); otherwise attacker domains that contain the trusted name pass the check.',
    checklist: [ITEMS.corsOrigins, ITEMS.serverSideValidation],
    severity: 'warning',
    fixable: false,
    messages: {
      unanchored: 'The {{variable}} check "{{regex}}" can be bypassed: {{problem}}.',
    },
  },
  check(ctx) {
    const scope = new Scope(ctx);
    const report = (variable: string, regex: string, span: Span): void => {
      const problem = weakness(regex);
      if (problem) scope.report({ span, messageId: 'unanchored', data: { variable, regex, problem } });
    };
    for (const { directive } of scope.directives()) {
      if (!scope.mine(directive) || !directive.block) continue;
      if (directive.name === 'if') {
        const cond = ifCondition(directive);
        if (cond && CHECKED.test(cond.variable) && /^!?~\*?$/.test(cond.operator)) report(cond.variable, cond.operand.value, cond.operand.span);
      } else if (directive.name === 'map' && CHECKED.test(directive.args[0]?.value ?? '')) {
        for (const entry of directive.block.children) {
          const key: NginxArg = { value: entry.name, raw: entry.name, span: entry.nameSpan, quote: null };
          const m = /^~\*?(.*)$/s.exec(key.value);
          if (m) report(directive.args[0]!.value, m[1]!, key.span);
        }
      }
    }
  },
});
