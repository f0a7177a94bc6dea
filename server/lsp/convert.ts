/** Engine types (offsets, findings, edits) to LSP types (UTF-16 positions, diagnostics, text edits). */
import {
  DiagnosticSeverity,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type Range,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver/node';
import { IGNORED_REASON } from '../engine/linter';
import { SourceFile } from '../engine/source';
import type { FileHost, Severity, Span, TextEdit } from '../engine/types';
import type { Analysis } from './analysis';
import type { Resources } from './resources';
import { pathToUri } from './uri';

export const DIAGNOSTIC_SOURCE = 'hardenlint';

/**
 * What a diagnostic carries so a code action can find its finding (and never
 * a stale one). Kept small: it is sent with every diagnostic on every change.
 * Result ids are unique across documents, so they also tell documents apart;
 * the rule id is the diagnostic's `code`.
 */
export interface DiagnosticData {
  version: number;
  resultId: number;
  /** Index of the finding in that result. */
  index: number;
}

export function isDiagnosticData(value: unknown): value is DiagnosticData {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Record<string, unknown>;
  return (
    typeof d.version === 'number' &&
    typeof d.resultId === 'number' &&
    typeof d.index === 'number'
  );
}

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toSeverity(severity: Severity): DiagnosticSeverity {
  return SEVERITIES[severity];
}

export function toRange(source: SourceFile, span: Span): Range {
  return { start: source.positionAt(span.start), end: source.positionAt(span.end) };
}

export function toLspEdit(source: SourceFile, edit: TextEdit): LspTextEdit {
  return { range: toRange(source, edit), newText: edit.newText };
}

export type ChecklistPlacement = 'hover' | 'relatedInformation' | 'message';

export interface DiagnosticOptions {
  resources: Resources;
  ruleDocsBaseUrl: string | undefined;
  /**
   * Where the checklist items of a finding go: only on hover (the default),
   * also as `relatedInformation`, or appended to the message (editors that
   * show neither).
   */
  checklist: ChecklistPlacement;
  /** Whether the client shows `relatedInformation` (other places a finding points at). */
  relatedInformation: boolean;
  /** Whether this rule id belongs to a real rule (and so has a doc page). */
  isRule: (ruleId: string) => boolean;
}

/** A related location in another file needs that file's text to become a range. */
function relatedRange(host: FileHost, path: string, span: Span): Range | undefined {
  const text = host.readFile(path);
  return text === undefined ? undefined : toRange(new SourceFile(text), span);
}

export function toDiagnostic(analysis: Analysis, index: number, options: DiagnosticOptions): Diagnostic {
  const finding = analysis.findings[index]!;
  const range = toRange(analysis.source, finding.span);
  const related: DiagnosticRelatedInformation[] = [];
  for (const r of finding.related) {
    const otherFile = r.path !== undefined && r.path !== finding.path;
    const location = otherFile
      ? { uri: pathToUri(r.path!), range: relatedRange(analysis.host, r.path!, r.span) }
      : { uri: analysis.uri, range: toRange(analysis.source, r.span) };
    if (location.range) related.push({ location: { uri: location.uri, range: location.range }, message: r.message });
  }
  let message = finding.message;
  if (options.checklist === 'relatedInformation') {
    for (const id of finding.checklist) {
      const location = options.resources.checklistLocation(id) ?? { uri: analysis.uri, range };
      related.push({ location, message: `Checklist: ${options.resources.checklistTitle(id)}` });
    }
  } else if (options.checklist === 'message' && finding.checklist.length > 0) {
    message += `\nChecklist: ${finding.checklist.map((id) => options.resources.checklistTitle(id)).join('; ')}`;
  }
  const diagnostic: Diagnostic = {
    range,
    severity: toSeverity(finding.severity),
    source: DIAGNOSTIC_SOURCE,
    code: finding.ruleId,
    message,
    data: { version: analysis.version, resultId: analysis.resultId, index } satisfies DiagnosticData,
  };
  const href = options.isRule(finding.ruleId) ? options.resources.ruleDocHref(finding.ruleId, options.ruleDocsBaseUrl) : undefined;
  if (href) diagnostic.codeDescription = { href };
  if (related.length > 0 && options.relatedInformation) diagnostic.relatedInformation = related;
  return diagnostic;
}

export const SKIPPED_CODE = 'hardenlint/skipped';

export function toDiagnostics(analysis: Analysis, options: DiagnosticOptions): Diagnostic[] {
  const diagnostics = analysis.findings.map((_, i) => toDiagnostic(analysis, i, options));
  // A file the user asked to ignore stays silent; one too large or binary says why it has no findings.
  if (analysis.skipped && analysis.skipped !== IGNORED_REASON) {
    diagnostics.push({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      source: DIAGNOSTIC_SOURCE,
      code: SKIPPED_CODE,
      message: `hardenlint did not check this file: ${analysis.skipped}.`,
    });
  }
  return diagnostics;
}
