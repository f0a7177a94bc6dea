/**
 * A tiny line-based format and rules for engine tests: every line is
 * `key value`; "#" starts a comment. Uses the redis id so it fits FormatId.
 */
import { defineRule } from '../../server/engine/define-rule';
import type { Format, Rule } from '../../server/engine/types';

export interface FakeLine {
  key: string;
  value: string;
  start: number;
  end: number;
  valueStart: number;
}

export const fakeFormat: Format<FakeLine[]> = {
  id: 'redis',
  name: 'Fake',
  languageIds: ['fake'],
  matchesPath: (path) => /\.fake$/.test(path) || /\.maybe$/.test(path),
  matchesContent: (text) => !text.startsWith('not-fake'),
  parse(source) {
    const lines: FakeLine[] = [];
    const problems = [];
    for (let l = 0; l < source.lineCount; l++) {
      const text = source.lineText(l);
      const start = source.lineStart(l);
      if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
      if (text === 'BOOM') throw new Error('parser exploded');
      const m = /^(\S+)\s+(\S+)/.exec(text);
      if (!m) {
        problems.push({ span: { start, end: start + text.length }, message: `expected "key value", got "${text}"` });
        continue;
      }
      lines.push({ key: m[1]!, value: m[2]!, start, end: start + m[0].length, valueStart: start + m[0].length - m[2]!.length });
    }
    return { tree: problems.some((p) => p.message.includes('FATAL')) ? undefined : lines, problems };
  },
};

/** `debug yes` → `debug no`; the preferred fix replaces the value. */
export const noDebug = defineRule<FakeLine[]>({
  format: 'redis',
  meta: {
    id: 'redis/fake-no-debug',
    description: 'No debug.',
    checklist: ['container-hardening.read-only-root-filesystem-where'],
    severity: 'error',
    fixable: true,
    messages: { debug: 'debug is {{value}}' },
    options: { allowed: { default: 'no', description: 'the accepted value' } },
  },
  check(ctx) {
    for (const line of ctx.tree) {
      if (line.key !== 'debug' || line.value === ctx.options.allowed) continue;
      ctx.report({
        span: { start: line.valueStart, end: line.end },
        messageId: 'debug',
        data: { value: line.value },
        fixes: [
          { title: 'Set it to the accepted value', isPreferred: true, edits: [{ start: line.valueStart, end: line.end, newText: String(ctx.options.allowed) }] },
          { title: 'Delete the line', edits: [{ start: line.start, end: line.end, newText: '' }] },
        ],
      });
    }
  },
});

/** Each `level N` (N < 3) is raised by one per fix: fix-all needs several passes. */
export const raiseLevel = defineRule<FakeLine[]>({
  format: 'redis',
  meta: { id: 'redis/fake-level', description: 'Level 3.', checklist: [], severity: 'warning', fixable: true, messages: { low: 'level {{n}} is low' } },
  check(ctx) {
    for (const line of ctx.tree) {
      const n = Number(line.value);
      if (line.key !== 'level' || n >= 3) continue;
      ctx.report({
        span: { start: line.valueStart, end: line.end },
        messageId: 'low',
        data: { n },
        fixes: [{ title: 'Raise by one', isPreferred: true, edits: [{ start: line.valueStart, end: line.end, newText: String(n + 1) }] }],
      });
    }
  },
});

/** Reports `crash` lines by throwing: the linter must contain it. */
export const throwing = defineRule<FakeLine[]>({
  format: 'redis',
  meta: { id: 'redis/fake-throws', description: 'Throws.', checklist: [], severity: 'warning', fixable: false, messages: {} },
  check(ctx) {
    if (ctx.tree.some((l) => l.key === 'crash')) throw new Error('rule bug');
  },
});

export const fakeRules = [noDebug, raiseLevel, throwing] as Rule[];
