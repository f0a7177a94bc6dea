/**
 * Apply preferred fixes repeatedly (fixes from one pass may overlap, so later
 * passes pick up the rest), the way `--fix` and "fix all" work.
 */
import { applyEdits, selectNonOverlapping } from './edits';
import { PARSE_ERROR_RULE, type Linter, type LintOptions, type LintResult } from './linter';
import type { Finding, FormatId } from './types';

export const MAX_FIX_PASSES = 10;

export interface FixAllResult {
  text: string;
  /** Number of fixes applied over all passes. */
  applied: number;
  /** Whether any of them changes runtime behaviour (their titles say so). */
  changesBehavior: boolean;
  /** Findings left after the last pass. */
  remaining: Finding[];
}

export function preferredFix(finding: Finding) {
  return finding.fixes.find((f) => f.isPreferred);
}

export function fixAll(
  linter: Linter,
  text: string,
  options: LintOptions & { languageId?: string; format?: FormatId },
  accept: (finding: Finding) => boolean = () => true,
  /** The lint of `text` with these options, when the caller already has it (saves one lint). */
  first?: LintResult,
): FixAllResult {
  let current = text;
  let applied = 0;
  let changesBehavior = false;
  let result = first ?? linter.lintText(current, options);
  // Keep the format fixed: a fix must never make the file look like something else.
  const lint = (text: string, format: FormatId | undefined): LintResult => linter.lintText(text, { ...options, ...(format ? { format } : {}) });
  // Only the parse decides whether a fix broke the file: no rules run for it.
  const parseProblems = (text: string, format: FormatId | undefined): number => {
    const f = format && linter.format(format);
    if (!f) return 0;
    const doc = linter.parse(f, text, options.path);
    linter.release(doc);
    return doc.problems.length;
  };
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixes = result.findings.filter(accept).map(preferredFix).filter((f) => f !== undefined);
    if (fixes.length === 0) break;
    let { chosen, edits } = selectNonOverlapping(fixes);
    let next = applyEdits(current, edits);
    if (next === current) break;
    let nextResult = lint(next, result.format);
    if (parseErrors(nextResult) > parseErrors(result)) {
      // A fix that leaves the file unparsable is a bug; never write its result: keep only the fixes that parse on their own.
      const before = parseProblems(current, result.format);
      chosen = chosen.filter((fix) => parseProblems(applyEdits(current, fix.edits), result.format) <= before);
      next = applyEdits(current, chosen.flatMap((fix) => fix.edits));
      nextResult = lint(next, result.format);
      if (chosen.length === 0 || next === current || parseErrors(nextResult) > parseErrors(result)) break;
    }
    applied += chosen.length;
    changesBehavior ||= chosen.some((f) => f.changesBehavior);
    current = next;
    result = nextResult;
  }
  return { text: current, applied, changesBehavior, remaining: result.findings };
}

function parseErrors(result: LintResult): number {
  return result.findings.filter((f) => f.ruleId === PARSE_ERROR_RULE).length;
}
