/**
 * Apply preferred fixes repeatedly (fixes from one pass may overlap, so later
 * passes pick up the rest), the way `--fix` and "fix all" work.
 */
import { applyEdits, selectNonOverlapping } from './edits';
import type { Linter, LintOptions, LintResult } from './linter';
import type { Finding, FormatId } from './types';

export const MAX_FIX_PASSES = 10;

export interface FixAllResult {
  text: string;
  /** Number of fixes applied over all passes. */
  applied: number;
  /** How many of them change runtime behaviour (their titles say so). */
  behaviourChanges: number;
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
  let behaviourChanges = 0;
  let result = first ?? linter.lintText(current, options);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixes = result.findings.filter(accept).map(preferredFix).filter((f) => f !== undefined);
    if (fixes.length === 0) break;
    const { chosen, edits } = selectNonOverlapping(fixes);
    const next = applyEdits(current, edits);
    if (next === current) break;
    applied += chosen.length;
    behaviourChanges += chosen.filter((f) => f.changesBehavior).length;
    current = next;
    // Keep the format fixed: a fix must never make the file look like something else.
    result = linter.lintText(current, { ...options, ...(result.format ? { format: result.format } : {}) });
  }
  return { text: current, applied, behaviourChanges, remaining: result.findings };
}
