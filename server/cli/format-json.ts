/**
 * The JSON report other tools read (version 1; see docs/cli.md). Positions are
 * 0-based line / UTF-16 character pairs as in LSP; paths are relative to the
 * working folder. Only these keys are written, in this order.
 */
import { findItem } from '../../rules/checklist';
import type { Position, SourceFile } from '../engine/source';
import type { Finding, FormatId, Severity, Span } from '../engine/types';
import type { RunReport } from './report';

export interface JsonRange {
  start: Position;
  end: Position;
}

export interface JsonFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: JsonRange;
  checklist: { id: string; title: string }[];
  fixes: { title: string; isPreferred: boolean; edits: { range: JsonRange; newText: string }[] }[];
}

export interface JsonFile {
  path: string;
  format: FormatId;
  skipped?: string;
  findings: JsonFinding[];
}

export interface JsonReport {
  version: 1;
  files: JsonFile[];
}

function range(source: SourceFile | undefined, span: Span): JsonRange {
  if (!source) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return { start: source.positionAt(span.start), end: source.positionAt(span.end) };
}

/** What a report shows in place of a password a fix would generate. */
export const SECRET_PLACEHOLDER = '<new-random-password>';

function withoutSecret(text: string, secret: string | undefined): string {
  return secret ? text.split(secret).join(SECRET_PLACEHOLDER) : text;
}

export function jsonFinding(source: SourceFile | undefined, f: Finding): JsonFinding {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    range: range(source, f.span),
    // The title exactly as the checklist words it (markdown emphasis included).
    checklist: f.checklist.map((id) => ({ id, title: findItem(id)?.item.title ?? id })),
    fixes: f.fixes.map((fix) => ({
      title: fix.title,
      isPreferred: fix.isPreferred === true,
      edits: fix.edits.map((e) => ({ range: range(source, e), newText: withoutSecret(e.newText, fix.generatedSecret) })),
    })),
  };
}

export function jsonReport(report: RunReport): JsonReport {
  return {
    version: 1,
    files: report.files.map((file) => ({
      path: file.displayPath,
      format: file.format,
      ...(file.skipped ? { skipped: file.skipped } : {}),
      findings: file.findings.map((f) => jsonFinding(file.source, f)),
    })),
  };
}

export function formatJson(report: RunReport): string {
  return JSON.stringify(jsonReport(report), null, 2) + '\n';
}
