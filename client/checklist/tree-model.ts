/**
 * What the Security Checklist view shows, as plain data: no `vscode` import, so
 * it is unit-testable; tree-provider.ts turns these nodes into TreeItems.
 *
 * Levels: section → subsection → group → item → findings. The subsection level
 * is kept because its titles carry meaning ("Docker Configuration" versus
 * "Docker Compose Security") and match the checklist document one to one.
 */
import { plainTitle } from '../../rules/checklist';
import {
  applicableCount,
  doneCount,
  progressLabel,
  type ChecklistStatus,
  type Counts,
  type ItemStatus,
  type LocatedFinding,
} from '../../server/checklist/status';
import { displayFile, itemStatusLabel } from '../../server/checklist/report';

export type ChecklistFilter = 'all' | 'failing' | 'manual';

export type NodeKind = 'section' | 'subsection' | 'group' | 'item' | 'finding' | 'problems';

/** A codicon id and an optional theme colour id. */
export interface NodeIcon {
  id: string;
  color?: string;
}

export interface FindingLocation {
  path: string;
  /** The server's URI for the document, when known. */
  uri?: string;
  range: LocatedFinding['range'];
}

export interface ChecklistNode {
  /** Stable across refreshes, so the view keeps what was expanded. */
  id: string;
  kind: NodeKind;
  label: string;
  description?: string;
  tooltip?: string;
  icon?: NodeIcon;
  collapsible: 'none' | 'collapsed' | 'expanded';
  /** Manual items carry a checkbox: checked when verified. */
  checkbox?: 'checked' | 'unchecked';
  /** Whether this node is a checkbox line of the checklist document (checkbox groups and items). */
  checklistLine: boolean;
  /** For `view/item/context` menus, e.g. `item.failing`, `item.manual.acceptedRisk`, `finding`. */
  contextValue: string;
  itemId?: string;
  ruleIds?: string[];
  location?: FindingLocation;
  children: ChecklistNode[];
}

export interface TreeInput {
  status: ChecklistStatus;
  /** Workspace folders, to show finding paths relative to them. */
  roots: readonly string[];
  filter: ChecklistFilter;
}

const COLORS = {
  failing: 'testing.iconFailed',
  passing: 'testing.iconPassed',
  warning: 'problemsWarningIcon.foreground',
  muted: 'disabledForeground',
  verified: 'testing.iconPassed',
};

function itemIcon(item: ItemStatus): NodeIcon | undefined {
  if (item.acceptedRisk) return { id: 'warning', color: COLORS.warning };
  switch (item.state) {
    case 'failing':
      return { id: 'error', color: COLORS.failing };
    case 'passing':
      return { id: 'pass', color: COLORS.passing };
    case 'not-applicable':
      return { id: 'circle-slash', color: COLORS.muted };
    case 'verified':
      return { id: 'verified', color: COLORS.verified };
    case 'manual':
      return undefined; // the checkbox says it all
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function itemDescription(item: ItemStatus): string {
  const parts: string[] = [];
  if (item.state === 'failing') parts.push(plural(item.findings.length, 'finding'));
  else if (item.state === 'verified') parts.push(item.verified ? `verified by ${item.verified.by}` : 'verified');
  else if (item.state === 'manual') parts.push('manual');
  else parts.push(itemStatusLabel(item));
  if (item.acceptedRisk) parts.push('accepted risk');
  if (item.automated && item.verified?.evidence) parts.push('evidence noted');
  return parts.join(' · ');
}

function itemTooltip(item: ItemStatus): string {
  const lines = [plainTitle(item.title), '', `Status: ${itemStatusLabel(item)}`];
  if (item.check) lines.push(`Checked by: ${item.check.ruleIds.join(', ')}`);
  else lines.push('No rule checks this item: verify it by hand and tick it, or add evidence.');
  if (item.state === 'not-applicable' && item.check?.reason) lines.push(`Not applicable: ${item.check.reason}`);
  if (item.verified) lines.push(`Verified by ${item.verified.by} on ${item.verified.at.slice(0, 10)}${item.verified.evidence ? `: ${item.verified.evidence}` : ''}`);
  if (item.acceptedRisk) lines.push(`Risk accepted by ${item.acceptedRisk.by} on ${item.acceptedRisk.at.slice(0, 10)}: ${item.acceptedRisk.justification}`);
  return lines.join('\n');
}

function itemContext(item: ItemStatus): string {
  return ['item', item.automated ? item.state : 'manual', ...(item.acceptedRisk ? ['acceptedRisk'] : []), ...(item.verified ? ['hasEvidence'] : [])].join('.');
}

const SEVERITY_ICONS: Record<string, NodeIcon> = {
  error: { id: 'error', color: 'problemsErrorIcon.foreground' },
  warning: { id: 'warning', color: 'problemsWarningIcon.foreground' },
  information: { id: 'info', color: 'problemsInfoIcon.foreground' },
  hint: { id: 'lightbulb' },
};

/** `file:line — message`, line 1-based. */
export function findingLabel(finding: LocatedFinding, roots: readonly string[]): string {
  return `${displayFile(finding.path, roots)}:${finding.range.start.line + 1} — ${finding.message}`;
}

function findingNode(parentId: string, finding: LocatedFinding & { uri?: string }, index: number, roots: readonly string[]): ChecklistNode {
  return {
    id: `${parentId}/finding:${index}:${finding.path}:${finding.range.start.line}:${finding.range.start.character}:${finding.ruleId}`,
    kind: 'finding',
    label: findingLabel(finding, roots),
    description: finding.ruleId,
    tooltip: `${finding.message}\n${finding.ruleId} (${finding.severity})`,
    icon: SEVERITY_ICONS[finding.severity] ?? { id: 'circle-filled' },
    collapsible: 'none',
    checklistLine: false,
    contextValue: 'finding',
    ruleIds: [finding.ruleId],
    location: { path: finding.path, ...(finding.uri ? { uri: finding.uri } : {}), range: finding.range },
    children: [],
  };
}

function itemNode(item: ItemStatus, roots: readonly string[]): ChecklistNode {
  const id = `item:${item.id}`;
  const icon = itemIcon(item);
  const node: ChecklistNode = {
    id,
    kind: 'item',
    label: plainTitle(item.title),
    description: itemDescription(item),
    tooltip: itemTooltip(item),
    collapsible: item.findings.length > 0 ? 'collapsed' : 'none',
    checklistLine: true,
    contextValue: itemContext(item),
    itemId: item.id,
    ruleIds: item.check?.ruleIds ?? [],
    children: item.findings.map((f, i) => findingNode(id, f, i, roots)),
  };
  if (icon) node.icon = icon;
  if (!item.automated) node.checkbox = item.state === 'verified' ? 'checked' : 'unchecked';
  return node;
}

/** `7/12`, plus what needs attention. */
export function countsDescription(c: Counts): string {
  if (applicableCount(c) === 0) return 'not applicable';
  const parts = [progressLabel(c)];
  if (c.failing) parts.push(`${c.failing} failing`);
  return parts.join(' · ');
}

function containerIcon(c: Counts): NodeIcon | undefined {
  if (c.failing > c.acceptedRisk) return { id: 'error', color: COLORS.failing };
  if (c.failing > 0) return { id: 'warning', color: COLORS.warning };
  if (applicableCount(c) === 0) return { id: 'circle-slash', color: COLORS.muted };
  if (doneCount(c) === applicableCount(c)) return { id: 'pass', color: COLORS.passing };
  return undefined;
}

function countsTooltip(title: string, c: Counts): string {
  return [
    plainTitle(title),
    '',
    `${doneCount(c)} of ${applicableCount(c)} applicable items done`,
    `${c.passing} passing, ${c.verified} verified, ${c.failing} failing, ${c.manual} to verify, ${c.notApplicable} not applicable`,
    ...(c.acceptedRisk ? [`${c.acceptedRisk} accepted risk${c.acceptedRisk === 1 ? '' : 's'}`] : []),
  ].join('\n');
}

function containerNode(
  kind: 'section' | 'subsection' | 'group',
  id: string,
  title: string,
  counts: Counts,
  children: ChecklistNode[],
  checklistLine: boolean,
  expanded: boolean,
): ChecklistNode {
  const node: ChecklistNode = {
    id: `${kind}:${id}`,
    kind,
    label: plainTitle(title),
    description: countsDescription(counts),
    tooltip: countsTooltip(title, counts),
    collapsible: expanded ? 'expanded' : 'collapsed',
    checklistLine,
    contextValue: kind,
    children,
  };
  const icon = containerIcon(counts);
  if (icon) node.icon = icon;
  return node;
}

function keep(item: ItemStatus, filter: ChecklistFilter): boolean {
  if (filter === 'failing') return item.state === 'failing';
  if (filter === 'manual') return !item.automated;
  return true;
}

/** The view's top-level nodes for a status and filter. */
export function buildTree(input: TreeInput): ChecklistNode[] {
  const { status, roots, filter } = input;
  const focused = filter !== 'all';
  const out: ChecklistNode[] = [];
  for (const section of status.sections) {
    const subsections: ChecklistNode[] = [];
    for (const subsection of section.subsections) {
      const groups: ChecklistNode[] = [];
      for (const group of subsection.groups) {
        const items = group.items.filter((i) => keep(i, filter)).map((i) => itemNode(i, roots));
        if (items.length === 0 && focused) continue;
        groups.push(containerNode('group', group.id, group.title, group.counts, items, group.checkbox, focused || group.counts.failing > 0));
      }
      if (groups.length === 0 && focused) continue;
      subsections.push(containerNode('subsection', subsection.id, subsection.title, subsection.counts, groups, false, true));
    }
    if (subsections.length === 0 && focused) continue;
    out.push(containerNode('section', section.id, section.title, section.counts, subsections, false, focused || section.counts.failing > 0));
  }
  const problems = problemsNode(status, roots);
  if (problems && filter !== 'manual') out.push(problems);
  return out;
}

/** Findings that name no checklist item (parse errors) and store entries for unknown items. */
function problemsNode(status: ChecklistStatus, roots: readonly string[]): ChecklistNode | undefined {
  const children = status.otherFindings.map((f, i) => findingNode('problems', f, i, roots));
  for (const id of status.unknownStoreIds) {
    children.push({
      id: `problems/unknown:${id}`,
      kind: 'finding',
      label: `.hardenlint/checklist.json names unknown item "${id}"`,
      tooltip: 'The entry is kept in the file. Remove it by hand if the item was renamed or dropped.',
      icon: { id: 'question' },
      collapsible: 'none',
      checklistLine: false,
      contextValue: 'unknownStoreItem',
      children: [],
    });
  }
  if (children.length === 0) return undefined;
  return {
    id: 'problems',
    kind: 'problems',
    label: 'Other problems',
    description: String(children.length),
    tooltip: 'Files that could not be parsed, rule failures, and checklist.json entries for unknown items',
    icon: { id: 'warning', color: COLORS.warning },
    collapsible: 'collapsed',
    checklistLine: false,
    contextValue: 'problems',
    children,
  };
}

/** For the view's title: `12/180 done · 5 failing · 150 to verify`. */
export function progressTitle(status: ChecklistStatus): string {
  const c = status.counts;
  const parts = [`${progressLabel(c)} done`];
  if (c.failing) parts.push(`${c.failing} failing`);
  if (c.manual) parts.push(`${c.manual} to verify`);
  if (c.acceptedRisk) parts.push(`${plural(c.acceptedRisk, 'accepted risk')}`);
  return parts.join(' · ');
}

/** Depth-first list of every node, for lookups and tests. */
export function flatten(nodes: readonly ChecklistNode[]): ChecklistNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}
