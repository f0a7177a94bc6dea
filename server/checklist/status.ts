/**
 * Checklist status: which items the workspace's config files fail, pass, or
 * do not concern, and which need a person to verify them. Pure: the caller
 * hands in what was checked and found, the rule registry and the store.
 *
 * Two steps, so the language server can send the first and the editor can
 * redo the second whenever the store changes:
 *   evaluateChecks  files + findings + rules  → per automated item: failing/passing/not applicable
 *   buildStatus     checks + store            → the whole tree with counts
 */
import type { ChecklistSection } from '../../rules/checklist/types';
import type { FormatId, Severity } from '../engine/types';
import type { AcceptedRiskEntry, StoreEntry, VerifiedEntry } from './store-format';

/** 0-based line/character, as LSP counts them. */
export interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** A finding with its position resolved, ready to show or report. */
export interface LocatedFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Absolute path of the file. */
  path: string;
  range: Range;
  checklist: string[];
}

/** A file that was linted. */
export interface CheckedFile {
  path: string;
  format: FormatId;
  /** False when the file could not be parsed, so its rules did not all run. */
  complete: boolean;
  /** Rules configured `off` for this file: they do not count as checking it. */
  disabledRules?: string[];
}

export interface CheckInput {
  files: readonly CheckedFile[];
  findings: readonly LocatedFinding[];
}

/** What rules say about each checklist item: the rule ids naming it and their formats. */
export type RuleIndex = ReadonlyMap<string, { ruleIds: string[]; formats: FormatId[] }>;

interface RuleLike {
  format: FormatId;
  meta: { id: string; checklist: readonly string[] };
}

export function indexRules(rules: readonly RuleLike[]): RuleIndex {
  const index = new Map<string, { ruleIds: string[]; formats: FormatId[] }>();
  for (const rule of rules) {
    for (const itemId of rule.meta.checklist) {
      const entry = index.get(itemId) ?? { ruleIds: [], formats: [] };
      entry.ruleIds.push(rule.meta.id);
      if (!entry.formats.includes(rule.format)) entry.formats.push(rule.format);
      index.set(itemId, entry);
    }
  }
  return index;
}

export type CheckState = 'failing' | 'passing' | 'not-applicable';

/** The automated verdict on one item. JSON-safe: the language server sends it as is. */
export interface ItemCheck {
  state: CheckState;
  ruleIds: string[];
  formats: FormatId[];
  /** Relevant files whose rules for this item ran. */
  checkedFiles: number;
  findings: LocatedFinding[];
  /** Why the item is not applicable, for tooltips and the report. */
  reason?: string;
}

export interface CheckResults {
  /** Automated items only, keyed by item id. */
  items: Record<string, ItemCheck>;
  /** How many files of each format were checked. */
  filesByFormat: Partial<Record<FormatId, number>>;
  /** Findings that name no checklist item (parse errors, rule failures). */
  otherFindings: LocatedFinding[];
}

function compareFindings(a: LocatedFinding, b: LocatedFinding): number {
  return (
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

export function evaluateChecks(input: CheckInput, rules: RuleIndex): CheckResults {
  const findingsByItem = new Map<string, LocatedFinding[]>();
  const otherFindings: LocatedFinding[] = [];
  for (const finding of input.findings) {
    const automated = finding.checklist.filter((id) => rules.has(id));
    if (automated.length === 0) otherFindings.push(finding);
    for (const id of automated) {
      const list = findingsByItem.get(id) ?? [];
      list.push(finding);
      findingsByItem.set(id, list);
    }
  }
  const filesByFormat: Partial<Record<FormatId, number>> = {};
  for (const file of input.files) filesByFormat[file.format] = (filesByFormat[file.format] ?? 0) + 1;

  const items: Record<string, ItemCheck> = {};
  for (const [itemId, { ruleIds, formats }] of rules) {
    const relevant = input.files.filter((f) => formats.includes(f.format));
    const checked = relevant.filter(
      (f) => f.complete && ruleIds.some((r) => r.startsWith(`${f.format}/`) && !f.disabledRules?.includes(r)),
    );
    const findings = (findingsByItem.get(itemId) ?? []).sort(compareFindings);
    const check: ItemCheck = { state: 'not-applicable', ruleIds, formats, checkedFiles: checked.length, findings };
    if (findings.length > 0) check.state = 'failing';
    else if (checked.length > 0) check.state = 'passing';
    else if (relevant.length === 0) check.reason = `no ${formats.join(' or ')} files in the workspace`;
    else check.reason = 'the relevant files could not be parsed, or their rules are turned off';
    items[itemId] = check;
  }
  return { items, filesByFormat, otherFindings: otherFindings.sort(compareFindings) };
}

export type ItemState = CheckState | 'manual' | 'verified';

export interface Counts {
  /** Leaf items below this node. */
  total: number;
  passing: number;
  failing: number;
  notApplicable: number;
  /** Manual items nobody has verified yet. */
  manual: number;
  verified: number;
  /** Items with an accepted risk (failing or manual). */
  acceptedRisk: number;
  findings: number;
}

export interface ItemStatus {
  kind: 'item';
  id: string;
  title: string;
  state: ItemState;
  automated: boolean;
  check?: ItemCheck;
  findings: LocatedFinding[];
  /** Set when the store records the item as verified (for automated items it is a note only). */
  verified?: VerifiedEntry;
  /** Set when the team accepted the risk. A failing item stays failing. */
  acceptedRisk?: AcceptedRiskEntry;
}

export interface GroupStatus {
  kind: 'group';
  id: string;
  title: string;
  /** Whether the group line is itself a checkbox in the checklist. */
  checkbox: boolean;
  counts: Counts;
  items: ItemStatus[];
}

export interface SubsectionStatus {
  kind: 'subsection';
  id: string;
  title: string;
  counts: Counts;
  groups: GroupStatus[];
}

export interface SectionStatus {
  kind: 'section';
  id: string;
  title: string;
  counts: Counts;
  subsections: SubsectionStatus[];
}

export interface ChecklistStatus {
  sections: SectionStatus[];
  counts: Counts;
  filesByFormat: Partial<Record<FormatId, number>>;
  otherFindings: LocatedFinding[];
  /** Store entries naming items the checklist does not have (kept, shown as a warning). */
  unknownStoreIds: string[];
}

export function emptyCounts(): Counts {
  return { total: 0, passing: 0, failing: 0, notApplicable: 0, manual: 0, verified: 0, acceptedRisk: 0, findings: 0 };
}

function addCounts(into: Counts, add: Counts): Counts {
  for (const key of Object.keys(into) as (keyof Counts)[]) into[key] += add[key];
  return into;
}

function countItem(item: ItemStatus): Counts {
  const c = emptyCounts();
  c.total = 1;
  if (item.state === 'passing') c.passing = 1;
  else if (item.state === 'failing') c.failing = 1;
  else if (item.state === 'not-applicable') c.notApplicable = 1;
  else if (item.state === 'manual') c.manual = 1;
  else c.verified = 1;
  if (item.acceptedRisk) c.acceptedRisk = 1;
  c.findings = item.findings.length;
  return c;
}

/** Items that are done: passing automatically, or verified by hand. */
export function doneCount(c: Counts): number {
  return c.passing + c.verified;
}

/** Items that concern this workspace (everything but not applicable). */
export function applicableCount(c: Counts): number {
  return c.total - c.notApplicable;
}

/** `done/applicable`, e.g. `7/12`. */
export function progressLabel(c: Counts): string {
  return `${doneCount(c)}/${applicableCount(c)}`;
}

function itemStatus(id: string, title: string, checks: CheckResults, entry: StoreEntry | undefined): ItemStatus {
  const check = checks.items[id];
  const status: ItemStatus = {
    kind: 'item',
    id,
    title,
    state: check ? check.state : 'manual',
    automated: check !== undefined,
    findings: check?.findings ?? [],
  };
  if (check) status.check = check;
  if (entry?.status === 'verified') {
    status.verified = entry;
    if (!check) status.state = 'verified';
  } else if (entry?.status === 'accepted-risk') {
    // A risk accepted on a passing or not applicable item is moot; keep it visible only where it matters.
    if (!check || check.state === 'failing') status.acceptedRisk = entry;
  }
  return status;
}

export function buildStatus(
  checks: CheckResults,
  store: Readonly<Record<string, StoreEntry>>,
  checklist: readonly ChecklistSection[],
): ChecklistStatus {
  const known = new Set<string>();
  const sections = checklist.map((section): SectionStatus => {
    const subsections = section.subsections.map((subsection): SubsectionStatus => {
      const groups = subsection.groups.map((group): GroupStatus => {
        const items = group.items.map((item) => {
          known.add(item.id);
          return itemStatus(item.id, item.title, checks, store[item.id]);
        });
        const counts = items.map(countItem).reduce(addCounts, emptyCounts());
        return { kind: 'group', id: group.id, title: group.title, checkbox: group.checkbox, counts, items };
      });
      const counts = groups.map((g) => g.counts).reduce(addCounts, emptyCounts());
      return { kind: 'subsection', id: subsection.id, title: subsection.title, counts, groups };
    });
    const counts = subsections.map((s) => s.counts).reduce(addCounts, emptyCounts());
    return { kind: 'section', id: section.id, title: section.title, counts, subsections };
  });
  return {
    sections,
    counts: sections.map((s) => s.counts).reduce(addCounts, emptyCounts()),
    filesByFormat: checks.filesByFormat,
    otherFindings: checks.otherFindings,
    unknownStoreIds: Object.keys(store).filter((id) => !known.has(id)).sort(),
  };
}

/** Both steps at once, for callers that have everything at hand (the CLI report). */
export function computeStatus(
  input: CheckInput,
  rules: RuleIndex,
  store: Readonly<Record<string, StoreEntry>>,
  checklist: readonly ChecklistSection[],
): ChecklistStatus {
  return buildStatus(evaluateChecks(input, rules), store, checklist);
}

/** Every item in document order, for filters and reports. */
export function statusItems(status: ChecklistStatus): ItemStatus[] {
  return status.sections.flatMap((s) => s.subsections.flatMap((u) => u.groups.flatMap((g) => g.items)));
}
