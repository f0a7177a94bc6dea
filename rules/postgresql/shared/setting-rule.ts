/**
 * Builds postgresql.conf rules from value judges: each judged parameter is
 * checked at the value that takes effect; an unset parameter is judged at
 * its default and reported at its commented-out line (or the first line).
 */
import { defineRule } from '../../../server/engine/define-rule';
import type { Fix, RelatedLocation, Rule, RuleContext, RuleOptionSpec, Severity, TextEdit } from '../../../server/engine/types';
import type { SourceFile } from '../../../server/engine/source';
import type { ConfSetting, PgConfFile } from '../../../server/formats/postgresql/conf-model';
import { formatConfValue } from '../../../server/formats/postgresql/conf-lexer';
import { findParam } from '../../../server/formats/postgresql/params';
import { confView, firstLineSpan, type ConfView } from './effective';
import type { Judgement, SettingJudge, SuggestedValue } from './judge';

/** How a value is written: booleans and numbers bare, everything else quoted (as the sample file does). */
export function writeValue(param: string, value: string, wasQuoted: boolean): string {
  const type = findParam(param)?.type;
  const bare = !wasQuoted && (type === 'bool' || type === 'integer' || type === 'real');
  return bare ? formatConfValue(value) : formatConfValue(value, true);
}

/** Text of `name = value` for a new line. */
export function settingLine(param: string, value: string): string {
  return `${findParam(param)?.name ?? param} = ${writeValue(param, value, false)}`;
}

/** Set an unset parameter: uncomment its commented-out line with the new value, or append a line. */
export function setUnsetEdits(source: SourceFile, commented: ConfSetting | undefined, param: string, value: string): TextEdit[] {
  if (commented?.commentPrefix) {
    return [
      { ...commented.commentPrefix, newText: '' },
      { ...commented.value.span, newText: writeValue(param, value, commented.value.quoted) },
    ];
  }
  const line = settingLine(param, value);
  const at = source.text.length;
  if (at === 0) return [{ start: 0, end: 0, newText: line + source.eol }];
  return [{ start: at, end: at, newText: source.endsWithNewline ? line + source.eol : source.eol + line }];
}

function toFix(edits: TextEdit[], s: SuggestedValue): Fix {
  return { title: s.title, isPreferred: s.preferred, changesBehavior: s.changesBehavior, edits };
}

/** Report one judgement about `param` in the file being linted (nothing when the value is set in another file). */
export function reportJudgement(ctx: RuleContext<PgConfFile>, view: ConfView, param: string, judgement: Judgement): void {
  const effective = view.get(param);
  const base = { messageId: judgement.messageId, ...(judgement.data ? { data: judgement.data } : {}), ...(judgement.severity ? { severity: judgement.severity } : {}) };
  if (effective.source) {
    if (effective.source.path !== ctx.path) return;
    const setting = effective.source.setting;
    const related: RelatedLocation[] = effective.overridden.map((o) => ({
      ...(o.path !== ctx.path ? { path: o.path } : {}),
      span: o.setting.span,
      message: `An earlier ${setting.name.raw} setting that this one overrides.`,
    }));
    ctx.report({
      ...base,
      span: setting.value.span,
      related,
      fixes: judgement.suggestions.map((s) => toFix([{ ...setting.value.span, newText: writeValue(param, s.value, setting.value.quoted) }], s)),
    });
    return;
  }
  if (!view.isMain) return;
  const commented = view.commentedOut(param);
  ctx.report({
    ...base,
    span: commented ? commented.span : firstLineSpan(ctx.source),
    fixes: judgement.suggestions.map((s) => toFix(setUnsetEdits(ctx.source, commented, param, s.value), s)),
  });
}

/** Run judges over a postgresql.conf as it takes effect. */
export function checkWithJudges(ctx: RuleContext<PgConfFile>, judges: readonly SettingJudge[], adjust?: (j: Judgement, view: ConfView) => Judgement): void {
  const view = confView(ctx.tree, ctx.path, ctx.host);
  const lookup = (key: string) => {
    const e = view.get(key);
    return { value: e.value, explicit: e.source !== undefined };
  };
  for (const judge of judges) {
    const effective = view.get(judge.param);
    const judgement = judge.judge({ value: effective.value, explicit: effective.source !== undefined, lookup, host: ctx.host });
    if (judgement) reportJudgement(ctx, view, judge.param, adjust ? adjust(judgement, view) : judgement);
  }
}

export interface SettingRuleSpec {
  name: string;
  description: string;
  checklist: string[];
  severity: Severity;
  fixable: boolean;
  judges: SettingJudge[];
  options?: Record<string, RuleOptionSpec>;
  adjust?: (judgement: Judgement, view: ConfView, ctx: RuleContext<PgConfFile>) => Judgement;
}

export function settingRule(spec: SettingRuleSpec): Rule<PgConfFile> {
  const messages: Record<string, string> = {};
  for (const j of spec.judges) Object.assign(messages, j.messages);
  return defineRule<PgConfFile>({
    format: 'postgresql',
    meta: {
      id: `postgresql/${spec.name}`,
      description: spec.description,
      checklist: spec.checklist,
      severity: spec.severity,
      fixable: spec.fixable,
      messages,
      ...(spec.options ? { options: spec.options } : {}),
    },
    check(ctx) {
      checkWithJudges(ctx, spec.judges, spec.adjust ? (j, view) => spec.adjust!(j, view, ctx) : undefined);
    },
  });
}
