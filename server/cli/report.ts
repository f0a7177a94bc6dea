/** The outcome of one CLI run, shared by the text, JSON and SARIF printers. */
import { relative, sep } from 'node:path';
import type { SourceFile } from '../engine/source';
import { SEVERITY_ORDER, type Finding, type FormatId, type Severity } from '../engine/types';
import { preferredFix } from '../engine/fix-all';

export interface FileReport {
  absPath: string;
  /** Relative to the working folder, with forward slashes. */
  displayPath: string;
  format: FormatId;
  /** The text the findings' offsets refer to (after fixes when --fix ran). */
  source?: SourceFile;
  findings: Finding[];
  /** Why the file was not linted (ignored, too large, binary). */
  skipped?: string;
  /** Fixes applied (--fix) or that would be applied (--fix-dry-run). */
  fixesApplied: number;
  /** Unified diff of the fixes, for --fix-dry-run. */
  diff?: string;
}

export interface RunReport {
  files: FileReport[];
  cwd: string;
}

export function displayPath(cwd: string, absPath: string): string {
  const rel = relative(cwd, absPath);
  return (rel === '' ? absPath : rel).split(sep).join('/');
}

export interface Totals {
  problems: number;
  bySeverity: Record<Severity, number>;
  filesWithProblems: number;
  filesChecked: number;
  filesSkipped: number;
  fixable: number;
  fixesApplied: number;
}

export function totals(report: RunReport): Totals {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  let problems = 0;
  let filesWithProblems = 0;
  let filesChecked = 0;
  let filesSkipped = 0;
  let fixable = 0;
  let fixesApplied = 0;
  for (const file of report.files) {
    if (file.skipped) filesSkipped++;
    else filesChecked++;
    if (file.findings.length > 0) filesWithProblems++;
    fixesApplied += file.fixesApplied;
    for (const f of file.findings) {
      problems++;
      bySeverity[f.severity]++;
      if (preferredFix(f)) fixable++;
    }
  }
  return { problems, bySeverity, filesWithProblems, filesChecked, filesSkipped, fixable, fixesApplied };
}

export function atLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_ORDER[severity] >= SEVERITY_ORDER[threshold];
}
