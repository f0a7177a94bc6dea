/**
 * Code actions for hardenlint diagnostics: the finding's fixes, "fix all of
 * this rule", inline suppression comments, and `source.fixAll.hardenlint`.
 * Everything is computed from the cached analysis of the exact version the
 * diagnostic came from; anything else yields no edits.
 */
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { minimalEdit } from '../engine/edits';
import { fixAll, preferredFix } from '../engine/fix-all';
import type { Linter, LintOptions } from '../engine/linter';
import { parseDirectives, type Directive } from '../engine/suppressions';
import { SourceFile } from '../engine/source';
import type { Finding, FormatId, TextEdit } from '../engine/types';
import type { Analysis } from './analysis';
import { DIAGNOSTIC_SOURCE, isDiagnosticData, toLspEdit } from './convert';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.hardenlint`;

export interface CodeActionContext {
  linter: Linter;
  document: TextDocument;
  /** The cached analysis; used only when it is for `document.version`. */
  analysis: Analysis | undefined;
  /** Lint options for the document as it is now (for source.fixAll, which needs no diagnostics). */
  currentOptions: () => LintOptions & { format?: FormatId };
  /** Whether the client accepts versioned `documentChanges`. */
  documentChanges: boolean;
  /** Whether the client resolves an action's `edit` lazily (`codeAction/resolve`). */
  resolveEdits: boolean;
}

/** What a lazily computed "fix all of one rule" action carries until it is resolved. */
export interface FixAllRuleData {
  fixAllRule: string;
  uri: string;
  version: number;
  resultId: number;
}

function isFixAllRuleData(value: unknown): value is FixAllRuleData {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Record<string, unknown>;
  return typeof d.fixAllRule === 'string' && typeof d.uri === 'string' && typeof d.version === 'number' && typeof d.resultId === 'number';
}

/** Whether an action of `kind` was asked for (LSP kinds are hierarchical: "source" covers "source.fixAll.x"). */
export function kindRequested(only: readonly string[] | undefined, kind: string): boolean {
  if (!only) return true;
  return only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

function workspaceEdit(document: TextDocument, edits: LspTextEdit[], documentChanges: boolean): WorkspaceEdit {
  return documentChanges
    ? { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] }
    : { changes: { [document.uri]: edits } };
}

/** The finding a diagnostic stands for, only if it comes from the analysis of the current version. */
function findingOf(diagnostic: Diagnostic, ctx: CodeActionContext): Finding | undefined {
  const data = diagnostic.data;
  const { analysis, document } = ctx;
  if (diagnostic.source !== DIAGNOSTIC_SOURCE || !isDiagnosticData(data) || !analysis) return undefined;
  if (data.version !== document.version || analysis.version !== document.version) return undefined;
  if (data.resultId !== analysis.resultId || analysis.uri !== document.uri) return undefined;
  const finding = analysis.findings[data.index];
  return finding && finding.ruleId === diagnostic.code ? finding : undefined;
}

/** A line ending for inserted comment lines: the line's own, else the file's. */
function lineEnding(source: SourceFile, line: number): string {
  return source.terminatorOf(line) || source.eol;
}

/** Insert `, ruleId` after the rule list of an existing directive (before any `-- reason`). */
function extendDirective(source: SourceFile, directive: Directive, ruleId: string): TextEdit {
  const text = source.text.slice(directive.span.start, directive.span.end);
  const keyword = `disable-${directive.kind}`;
  const listStart = text.indexOf(keyword) + keyword.length;
  const rest = text.slice(listStart);
  const reason = rest.search(/\s--(\s|$)/);
  const list = (reason === -1 ? rest : rest.slice(0, reason)).trimEnd();
  const at = directive.span.start + listStart + list.length;
  return { start: at, end: at, newText: `, ${ruleId}` };
}

export function disableForLineEdit(source: SourceFile, finding: Finding): TextEdit {
  const line = source.lineOf(finding.span.start);
  const existing = parseDirectives(source).find((d) => d.kind === 'next-line' && d.targetLine === line && d.ruleIds.length > 0);
  if (existing) return extendDirective(source, existing, finding.ruleId);
  const at = source.lineStart(line);
  const newText = `${source.indentationOf(line)}# hardenlint-disable-next-line ${finding.ruleId}${lineEnding(source, line)}`;
  return { start: at, end: at, newText };
}

export function disableForFileEdit(source: SourceFile, ruleId: string): TextEdit {
  const existing = parseDirectives(source).find((d) => d.kind === 'file' && d.ruleIds.length > 0);
  if (existing) return extendDirective(source, existing, ruleId);
  return { start: 0, end: 0, newText: `# hardenlint-disable-file ${ruleId}${lineEnding(source, 0)}` };
}

/** Appended to fix-all titles when a fix they apply changes runtime behaviour, as single fixes say in theirs. */
export const CHANGES_BEHAVIOUR_NOTE = ' (changes runtime behaviour: see each fix)';

interface FixAllEdit {
  edit: LspTextEdit;
  /** Whether any fix applied changes runtime behaviour. */
  changesBehavior: boolean;
}

/** One minimal edit applying every accepted preferred fix, or undefined when nothing changes. */
function fixAllEdit(
  ctx: CodeActionContext,
  source: SourceFile,
  options: LintOptions & { format?: FormatId },
  accept?: (f: Finding) => boolean,
  analysis?: Analysis,
): FixAllEdit | undefined {
  // The cached analysis is the first lint of this text with these options: reuse it.
  const first = analysis && analysis.source === source ? { format: analysis.format as FormatId | undefined, findings: analysis.findings } : undefined;
  const result = fixAll(ctx.linter, source.text, options, accept, first);
  if (result.applied === 0 || result.text === source.text) return undefined;
  return { edit: toLspEdit(source, minimalEdit(source.text, result.text)), changesBehavior: result.changesBehavior };
}

function quickFixes(params: CodeActionParams, ctx: CodeActionContext): CodeAction[] {
  const actions: CodeAction[] = [];
  const analysis = ctx.analysis!;
  const source = analysis.source;
  const rulesDone = new Set<string>();
  const edit = (edits: TextEdit[]) => workspaceEdit(ctx.document, edits.map((e) => toLspEdit(source, e)), ctx.documentChanges);
  for (const diagnostic of params.context.diagnostics) {
    const finding = findingOf(diagnostic, ctx);
    if (!finding) continue;
    for (const fix of finding.fixes) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        ...(fix.isPreferred ? { isPreferred: true } : {}),
        edit: edit(fix.edits),
      });
    }
    const ruleId = finding.ruleId;
    if (rulesDone.has(ruleId) || !ctx.linter.rule(ruleId)) continue;
    rulesDone.add(ruleId);
    const fixable = analysis.findings.filter((f) => f.ruleId === ruleId && preferredFix(f));
    if (fixable.length > 1) {
      const note = fixable.some((f) => preferredFix(f)!.changesBehavior) ? CHANGES_BEHAVIOUR_NOTE : '';
      const title = `Fix all ${ruleId} problems in this file${note}`;
      if (ctx.resolveEdits) {
        // Fix-all re-lints the file in passes: only pay for it when the action is picked,
        // not on every light-bulb request.
        const data: FixAllRuleData = { fixAllRule: ruleId, uri: analysis.uri, version: analysis.version, resultId: analysis.resultId };
        actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], data });
      } else {
        const all = fixAllEdit(ctx, source, analysis.options, (f) => f.ruleId === ruleId, analysis);
        if (all) actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: workspaceEdit(ctx.document, [all.edit], ctx.documentChanges) });
      }
    }
    actions.push({
      title: `Disable ${ruleId} for this line`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: edit([disableForLineEdit(source, finding)]),
    });
    actions.push({
      title: `Disable ${ruleId} for the entire file`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: edit([disableForFileEdit(source, ruleId)]),
    });
  }
  return actions;
}

/** `source.fixAll.hardenlint`: every preferred fix, as one minimal edit on the current text. */
function fixAllAction(ctx: CodeActionContext): CodeAction | undefined {
  const options = ctx.currentOptions();
  if (!options.format) return undefined;
  const fresh = ctx.analysis?.version === ctx.document.version ? ctx.analysis.source : undefined;
  const all = fixAllEdit(ctx, fresh ?? new SourceFile(ctx.document.getText()), options);
  if (!all) return undefined;
  return {
    title: `Fix all auto-fixable hardenlint problems${all.changesBehavior ? CHANGES_BEHAVIOUR_NOTE : ''}`,
    kind: FIX_ALL_KIND,
    edit: workspaceEdit(ctx.document, [all.edit], ctx.documentChanges),
  };
}

export function codeActions(params: CodeActionParams, ctx: CodeActionContext): CodeAction[] {
  const only = params.context.only;
  const actions: CodeAction[] = [];
  const fresh = ctx.analysis !== undefined && ctx.analysis.version === ctx.document.version;
  if (fresh && kindRequested(only, CodeActionKind.QuickFix)) actions.push(...quickFixes(params, ctx));
  // Asked for by kind (fix on save), it runs on the current text even before the next lint;
  // unfiltered requests (Neovim, Emacs) list it beside quick fixes for current diagnostics only.
  if (only ? kindRequested(only, FIX_ALL_KIND) : actions.length > 0) {
    const action = fixAllAction(ctx);
    if (action) actions.push(action);
  }
  return actions;
}

/** `codeAction/resolve`: compute the edit of a "fix all of one rule" action, if the document has not moved on. */
export function resolveCodeAction(action: CodeAction, ctx: CodeActionContext): CodeAction {
  const data = action.data;
  const { analysis, document } = ctx;
  if (!isFixAllRuleData(data) || !analysis || action.edit) return action;
  if (data.uri !== document.uri || data.version !== document.version || analysis.version !== document.version) return action;
  if (data.resultId !== analysis.resultId) return action;
  const all = fixAllEdit(ctx, analysis.source, analysis.options, (f) => f.ruleId === data.fixAllRule, analysis);
  return all ? { ...action, edit: workspaceEdit(document, [all.edit], ctx.documentChanges) } : action;
}

export function fixAllRuleUri(action: CodeAction): string | undefined {
  return isFixAllRuleData(action.data) ? action.data.uri : undefined;
}
