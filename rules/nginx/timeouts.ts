import { defineRule } from '../../server/engine/define-rule';
import type { NginxFile } from '../../server/formats/nginx/ast';
import { lookup, ownDirective } from '../../server/formats/nginx/context';
import { directiveText, insertAtFileStart, insertIntoBlock, replaceArgValue } from '../../server/formats/nginx/context-edits';
import { parseTime } from '../../server/formats/nginx/context-values';
import { ITEMS } from './support/checklist';
import { Scope } from './support/scope';

interface TimeoutSpec {
  name: string;
  option: string;
  /** nginx's built-in default, in seconds. */
  nginxDefault: number;
  bound: string;
}

const TIMEOUTS: TimeoutSpec[] = [
  { name: 'client_body_timeout', option: 'clientBodyTimeout', nginxDefault: 60, bound: '10s' },
  { name: 'client_header_timeout', option: 'clientHeaderTimeout', nginxDefault: 60, bound: '10s' },
  { name: 'keepalive_timeout', option: 'keepaliveTimeout', nginxDefault: 75, bound: '20s' },
  { name: 'send_timeout', option: 'sendTimeout', nginxDefault: 60, bound: '10s' },
];

/** Specs with their configured bounds, kept per bound text: every lint asks again with the same options. */
const boundSpecs = new Map<string, TimeoutSpec & { boundSeconds: number }>();

function withBound(spec: TimeoutSpec, bound: string): TimeoutSpec & { boundSeconds: number } {
  const key = `${spec.name}\0${bound}`;
  let found = boundSpecs.get(key);
  if (!found) {
    found = { ...spec, bound, boundSeconds: parseTime(bound) ?? parseTime(spec.bound)! };
    if (boundSpecs.size > 100) boundSpecs.clear();
    boundSpecs.set(key, found);
  }
  return found;
}

const BEHAVIOUR = 'changes runtime behaviour: slow clients are disconnected sooner';

export default defineRule<NginxFile>({
  format: 'nginx',
  meta: {
    id: 'nginx/timeouts',
    description:
      'Client timeouts (client_body_timeout, client_header_timeout, keepalive_timeout, send_timeout) should be short: nginx\'s defaults of 60-75 seconds let slow-loris clients hold connections open.',
    checklist: [ITEMS.timeouts, ITEMS.slowLoris],
    severity: 'warning',
    fixable: true,
    messages: {
      defaults: 'Timeouts left at nginx\'s slow-loris-friendly defaults: {{names}}.',
      tooLong: '{{name}} {{value}} is longer than {{bound}}.',
    },
    options: Object.fromEntries(
      TIMEOUTS.map((t) => [t.option, { default: t.bound, description: `Longest acceptable ${t.name} (nginx default ${t.nginxDefault}s).` }]),
    ),
  },
  check(ctx) {
    const scope = new Scope(ctx, { judges: TIMEOUTS.map((t) => t.name) });
    const specs = TIMEOUTS.map((t) => withBound(t, String(scope.option(t.option) ?? t.bound)));
    for (const spec of specs) {
      for (const { directive } of scope.directives(spec.name)) {
        const arg = directive.args[0];
        const seconds = arg ? parseTime(arg.value) : undefined;
        if (!scope.mine(directive) || !arg || seconds === undefined || seconds <= spec.boundSeconds) continue;
        scope.report({
          span: arg.span,
          messageId: 'tooLong',
          data: { name: spec.name, value: arg.value, bound: spec.bound },
          fixes: [{ title: `Set ${spec.name} ${spec.bound} (${BEHAVIOUR})`, changesBehavior: true, edits: [replaceArgValue(arg, spec.bound)] }],
        });
      }
    }
    for (const http of scope.contextsOf('http')) {
      const servers = http.children.filter((c) => c.kind === 'server');
      // Left at the default when neither http nor every server sets it.
      const missing = specs.filter((s) => !lookup(http, s.name) && (servers.length === 0 || servers.some((srv) => !ownDirective(srv, s.name))) && s.nginxDefault > s.boundSeconds);
      if (missing.length === 0) continue;
      const lines = missing.map((s) => directiveText(s.name, [s.bound]));
      const names = missing.map((s) => `${s.name} (${s.nginxDefault}s)`).join(', ');
      const title = `Set ${missing.map((s) => `${s.name} ${s.bound}`).join(', ')} (${BEHAVIOUR})`;
      if (http.block && scope.mine(http.block)) {
        const edit = insertIntoBlock(ctx.source, http.block, lines);
        scope.report({ span: http.block.nameSpan, messageId: 'defaults', data: { names }, fixes: edit ? [{ title, isPreferred: true, changesBehavior: true, edits: [edit] }] : [] });
      } else if (!http.block && scope.model.standaloneHttp && ctx.tree.directives[0]) {
        const edit = insertAtFileStart(ctx.source, ctx.tree, lines);
        scope.report({ span: ctx.tree.directives[0].nameSpan, messageId: 'defaults', data: { names }, fixes: [{ title, isPreferred: true, changesBehavior: true, edits: [edit] }] });
      }
    }
  },
});
