/**
 * The rule runner: detect the format, parse once, run the format's rules over
 * the shared tree, apply configuration and inline suppressions.
 */
import { SourceFile } from './source';
import { parseDirectives, isSuppressed, type Directive } from './suppressions';
import { emptyConfig, type Config } from './config';
import { matchesGlob, toPosix } from './glob';
import type {
  FileHost,
  Finding,
  Format,
  FormatId,
  ParseProblem,
  ReportDescriptor,
  Rule,
  Severity,
  TreeSections,
} from './types';
import { SectionResults, shiftDescriptor, type SectionReport } from './section-results';
import { closestName } from './suggest';

export const NULL_HOST: FileHost = {
  readFile: () => undefined,
  stat: () => undefined,
  glob: () => [],
};

/** A document parsed once for one version of its text; rules and code actions share it. */
export interface ParsedDocument {
  format: Format;
  source: SourceFile;
  tree: unknown;
  problems: ParseProblem[];
  directives: Directive[];
}

export interface LintOptions {
  path: string;
  config?: Config;
  host?: FileHost;
}

export interface LintResult {
  format: FormatId | undefined;
  findings: Finding[];
  /** Set when the file was not linted (too large, binary, ignored), with the reason. */
  skipped?: string;
}

export const PARSE_ERROR_RULE = 'hardenlint/parse-error';
export const RULE_FAILURE = 'hardenlint/rule-failure';
/** A suppression comment names a rule that does not exist or does not apply to this format. */
export const UNKNOWN_RULE = 'hardenlint/unknown-rule';
/**
 * Rule ids the engine itself reports under that can be configured like rules
 * (severity or off). Parse errors cannot: a file that does not parse is not checked.
 */
export const ENGINE_RULE_IDS: readonly string[] = [RULE_FAILURE, UNKNOWN_RULE];
export const IGNORED_REASON = 'ignored by configuration';

function formatMessage(template: string, data: Record<string, string | number> | undefined): string {
  if (!data) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, key: string) => (key in data ? String(data[key]) : m));
}

export function looksBinary(text: string): boolean {
  return text.slice(0, 8000).includes('\u0000');
}

export class Linter {
  readonly formats: readonly Format[];
  readonly rules: readonly Rule[];
  private readonly rulesByFormat = new Map<FormatId, Rule[]>();
  private readonly rulesById = new Map<string, Rule>();
  private readonly optionDefaults = new Map<Rule, Readonly<Record<string, unknown>>>();
  /** Reports of section-scoped rules, reused while a section's text is unchanged. */
  private readonly sectionResults = new SectionResults();

  constructor(formats: readonly Format[], rules: readonly Rule[]) {
    this.formats = formats;
    this.rules = rules;
    for (const rule of rules) {
      if (this.rulesById.has(rule.meta.id)) throw new Error(`duplicate rule id ${rule.meta.id}`);
      this.rulesById.set(rule.meta.id, rule);
      const list = this.rulesByFormat.get(rule.format) ?? [];
      list.push(rule);
      this.rulesByFormat.set(rule.format, list);
    }
  }

  rule(id: string): Rule | undefined {
    return this.rulesById.get(id);
  }

  format(id: FormatId): Format | undefined {
    return this.formats.find((f) => f.id === id);
  }

  /** The format of a document: by language id first, then by path, then (for ambiguous paths) by content. */
  detectFormat(path: string, text?: string, languageId?: string): Format | undefined {
    if (languageId) {
      const byLanguage = this.formats.find((f) => f.languageIds.includes(languageId));
      if (byLanguage) return byLanguage;
    }
    for (const f of this.formats) {
      if (!f.matchesPath(path)) continue;
      if (f.matchesContent && text !== undefined && !f.matchesContent(text, path)) continue;
      return f;
    }
    return undefined;
  }

  /** Parse a text, or a SourceFile the caller already built for it (its line index is reused). */
  parse(format: Format, input: string | SourceFile, path = ''): ParsedDocument {
    const source = typeof input === 'string' ? new SourceFile(input) : input;
    let tree: unknown;
    let problems: ParseProblem[];
    try {
      ({ tree, problems } = format.parse(source, path));
    } catch (e) {
      tree = undefined;
      problems = [{ span: { start: 0, end: 0 }, message: `${format.name} parser failed: ${(e as Error).message}` }];
    }
    return { format, source, tree, problems, directives: parseDirectives(source) };
  }

  /** Whether the config's ignore globs exclude this path. */
  isIgnored(path: string, config: Config): boolean {
    if (config.ignore.length === 0) return false;
    const posix = toPosix(path);
    const base = config.baseDir ? toPosix(config.baseDir).replace(/\/?$/, '/') : '';
    const relative = base && posix.startsWith(base) ? posix.slice(base.length) : posix;
    return config.ignore.some((g) => matchesGlob(relative, g));
  }

  /** Why a document of a known format is not linted (ignored, too large, binary), or undefined. */
  skipReason(path: string, text: string, config: Config): string | undefined {
    if (this.isIgnored(path, config)) return IGNORED_REASON;
    if (text.length > config.maxFileSize) return `larger than maxFileSize (${config.maxFileSize} bytes)`;
    if (looksBinary(text)) return 'binary content (NUL bytes)';
    return undefined;
  }

  /** Lint a whole text: detection, size and binary checks, parse, rules. */
  lintText(text: string, options: LintOptions & { languageId?: string; format?: FormatId }): LintResult {
    const config = options.config ?? emptyConfig();
    const format = options.format ? this.format(options.format) : this.detectFormat(options.path, text, options.languageId);
    if (!format) return { format: undefined, findings: [] };
    const skipped = this.skipReason(options.path, text, config);
    if (skipped) return { format: format.id, findings: [], skipped };
    const doc = this.parse(format, text, options.path);
    const findings = this.run(doc, options);
    this.release(doc);
    return { format: format.id, findings };
  }

  /**
   * The caller is done with a parsed document (its findings are computed):
   * the parser may reuse its nodes for later parses of the same file, so the
   * tree must not be read afterwards. Optional: an unreleased tree stays valid.
   */
  release(doc: ParsedDocument): void {
    if (doc.tree !== undefined) doc.format.release?.(doc.tree);
  }

  /** A rule's option defaults, built once per rule (rules treat options as read-only). */
  private defaultOptions(rule: Rule): Readonly<Record<string, unknown>> {
    let opts = this.optionDefaults.get(rule);
    if (!opts) {
      opts = Object.freeze(Object.fromEntries(Object.entries(rule.meta.options ?? {}).map(([key, spec]) => [key, spec.default])));
      this.optionDefaults.set(rule, opts);
    }
    return opts;
  }

  /** Run the format's rules over an already parsed document. */
  run(doc: ParsedDocument, options: LintOptions): Finding[] {
    const config = options.config ?? emptyConfig();
    const host = options.host ?? NULL_HOST;
    const length = doc.source.text.length;
    const clamp = (n: number) => Math.max(0, Math.min(n, length));
    const findings: Finding[] = doc.problems.map((p) => ({
      ruleId: PARSE_ERROR_RULE,
      severity: p.severity ?? 'error',
      message: p.message,
      span: { start: clamp(p.span.start), end: Math.max(clamp(p.span.start), clamp(p.span.end)) },
      path: options.path,
      checklist: [],
      fixes: [],
      related: [],
    }));
    findings.push(...this.unknownDirectiveRules(doc, options.path));
    if (doc.tree === undefined) return configureEngineFindings(findings, config);
    const runs: RuleRun[] = [];
    for (const rule of this.rulesByFormat.get(doc.format.id) ?? []) {
      const ruleConfig = config.rules[rule.meta.id];
      if (ruleConfig?.severity === 'off') continue;
      const configured = ruleConfig?.severity as Severity | undefined;
      const opts = ruleConfig?.options ? { ...this.defaultOptions(rule), ...ruleConfig.options } : this.defaultOptions(rule);
      const report = (d: ReportDescriptor, message?: string): void => {
        const path = d.path ?? options.path;
        if (path !== options.path) return; // each file reports its own findings
        const template = rule.meta.messages[d.messageId];
        if (template === undefined) throw new Error(`rule ${rule.meta.id} has no message ${d.messageId}`);
        if (isSuppressed(doc.directives, rule.meta.id, doc.source.lineOf(d.span.start))) return;
        findings.push({
          ruleId: rule.meta.id,
          severity: configured ?? d.severity ?? rule.meta.severity,
          message: message ?? formatMessage(template, d.data),
          span: d.span,
          path,
          checklist: rule.meta.checklist,
          fixes: d.fixes ?? [],
          related: d.related ?? [],
        });
      };
      runs.push({ rule, options: opts, report });
    }
    const failed = new Set<Rule>();
    const check = (run: RuleRun, tree: unknown, report: (d: ReportDescriptor) => void): boolean => {
      try {
        run.rule.check({ tree, source: doc.source, path: options.path, options: run.options, host, report });
        return true;
      } catch (e) {
        if (!failed.has(run.rule)) {
          failed.add(run.rule);
          findings.push(ruleFailure(run.rule, e, options.path));
        }
        return false;
      }
    };
    const sections = runs.some((r) => r.rule.meta.scope === 'section') ? doc.format.sections?.(doc.tree, doc.source) : undefined;
    for (const run of runs) {
      if (sections && run.rule.meta.scope === 'section') continue;
      check(run, doc.tree, run.report);
    }
    if (sections) this.runSections(sections, runs, config, options.path, check);
    findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
    return configureEngineFindings(findings, config);
  }

  /**
   * Rule ids in suppression comments that name no rule of this format: a typo
   * would otherwise silence nothing without a word. A close match is offered.
   */
  private unknownDirectiveRules(doc: ParsedDocument, path: string): Finding[] {
    const out: Finding[] = [];
    const own = this.rulesByFormat.get(doc.format.id) ?? [];
    for (const directive of doc.directives) {
      directive.ruleIds.forEach((id, i) => {
        const rule = this.rulesById.get(id);
        if (rule?.format === doc.format.id) return;
        const span = directive.ruleSpans[i]!;
        const closest = rule ? undefined : closestName(id, own.map((r) => r.meta.id));
        const message = rule
          ? `${id} is a ${rule.format} rule; it never reports in ${doc.format.name} files, so this suppression has no effect.`
          : `Unknown rule ${id} in a suppression comment; it silences nothing.${closest ? ` Did you mean ${closest}?` : ''}`;
        out.push({
          ruleId: UNKNOWN_RULE,
          severity: 'warning',
          message,
          span,
          path,
          checklist: [],
          fixes: closest ? [{ title: `Change to ${closest}`, edits: [{ ...span, newText: closest }] }] : [],
          related: [],
        });
      });
    }
    return out;
  }

  /** Section-scoped rules, section by section: reports of an unchanged section are reused, moved to where it is now. */
  private runSections(
    sections: TreeSections<unknown>,
    runs: readonly RuleRun[],
    config: Config,
    path: string,
    check: (run: RuleRun, tree: unknown, report: (d: ReportDescriptor) => void) => boolean,
  ): void {
    const scoped = runs.map((run, index) => ({ run, index })).filter((r) => r.run.rule.meta.scope === 'section');
    const group = `${rulesKey(config)}\u0000${path}\u0000${sections.context}`;
    for (const part of sections.parts) {
      let reports = this.sectionResults.take(group, part.text);
      if (!reports) {
        const fresh: SectionReport[] = [];
        let complete = true;
        for (const { run, index } of scoped) {
          const capture = (d: ReportDescriptor) => {
            // Checked here, inside the rule's run, as the direct report does.
            const template = run.rule.meta.messages[d.messageId];
            if (template === undefined) throw new Error(`rule ${run.rule.meta.id} has no message ${d.messageId}`);
            fresh.push({ rule: index, descriptor: shiftDescriptor(d, -part.offset), message: formatMessage(template, d.data) });
          };
          complete = check(run, part.tree, capture) && complete;
        }
        if (complete) this.sectionResults.put(group, part.text, fresh);
        reports = fresh;
      }
      for (const r of reports) runs[r.rule]!.report(shiftDescriptor(r.descriptor, part.offset), r.message);
    }
  }
}

interface RuleRun {
  rule: Rule;
  options: Readonly<Record<string, unknown>>;
  /** `message`: the descriptor's message when already formatted. */
  report: (d: ReportDescriptor, message?: string) => void;
}

/** The configured severity (or off) of the engine's own configurable findings. */
function configureEngineFindings(findings: Finding[], config: Config): Finding[] {
  if (!ENGINE_RULE_IDS.some((id) => config.rules[id]?.severity !== undefined)) return findings;
  const out: Finding[] = [];
  for (const f of findings) {
    const severity = ENGINE_RULE_IDS.includes(f.ruleId) ? config.rules[f.ruleId]?.severity : undefined;
    if (severity === 'off') continue;
    out.push(severity ? { ...f, severity } : f);
  }
  return out;
}

function ruleFailure(rule: Rule, error: unknown, path: string): Finding {
  return {
    ruleId: RULE_FAILURE,
    severity: 'information',
    message: `rule ${rule.meta.id} failed on this file: ${(error as Error).message}`,
    span: { start: 0, end: 0 },
    path,
    checklist: [],
    fixes: [],
    related: [],
  };
}

/** Rule settings as a cache key: reports depend on options (and which rules run). */
const rulesKeys = new WeakMap<Config, string>();
function rulesKey(config: Config): string {
  let key = rulesKeys.get(config);
  if (key === undefined) rulesKeys.set(config, (key = JSON.stringify(config.rules)));
  return key;
}
