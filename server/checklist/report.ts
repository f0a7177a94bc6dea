/**
 * The checklist as a report: Markdown for people (and pull requests), JSON for
 * tools. Both show every item with its status, the findings behind a failing
 * item as `file:line`, and what the team recorded (evidence, accepted risks).
 */
import { isAbsolute, relative, sep } from 'node:path';
import { plainTitle } from '../../rules/checklist';
import {
  applicableCount,
  doneCount,
  progressLabel,
  statusItems,
  type ChecklistStatus,
  type Counts,
  type ItemStatus,
  type LocatedFinding,
} from './status';

export interface ReportInput {
  status: ChecklistStatus;
  /** Folders the report covers; paths are shown relative to the first one that contains them. */
  roots: string[];
  /** Folders file paths are shown relative to (the first that contains them); the roots when absent. */
  relativeTo?: string[];
  generatedAt: Date;
  title?: string;
  skipped?: { path: string; reason: string }[];
  configErrors?: Record<string, string[]>;
}

export const DEFAULT_REPORT_TITLE = 'Security hardening checklist report';

export function displayFile(path: string, roots: readonly string[]): string {
  for (const root of roots) {
    const rel = relative(root, path);
    if (rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)) return rel.split(sep).join('/');
  }
  return path.split(sep).join('/');
}

/** `file:line` with a 1-based line. */
export function findingLocation(finding: LocatedFinding, roots: readonly string[]): string {
  return `${displayFile(finding.path, roots)}:${finding.range.start.line + 1}`;
}

export function itemStatusLabel(item: ItemStatus): string {
  switch (item.state) {
    case 'failing':
      return item.acceptedRisk ? 'failing (accepted risk)' : 'failing';
    case 'passing':
      return 'passing';
    case 'not-applicable':
      return 'not applicable';
    case 'verified':
      return 'verified';
    case 'manual':
      return item.acceptedRisk ? 'manual (accepted risk)' : 'manual, not verified';
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').trim();
}

function date(iso: string): string {
  return iso.slice(0, 10);
}

function countSummary(c: Counts): string {
  const parts = [`${progressLabel(c)} done`];
  if (c.failing) parts.push(`${c.failing} failing`);
  if (c.manual) parts.push(`${c.manual} to verify`);
  if (c.acceptedRisk) parts.push(`${c.acceptedRisk} accepted risk`);
  return parts.join(', ');
}

function markdownItem(item: ItemStatus, roots: readonly string[]): string[] {
  const done = item.state === 'passing' || item.state === 'verified';
  const lines = [`- [${done ? 'x' : ' '}] ${item.title} — **${itemStatusLabel(item)}**`];
  const detail = (text: string): void => {
    lines.push(`  - ${text}`);
  };
  for (const f of item.findings) detail(`\`${findingLocation(f, roots)}\` — ${oneLine(f.message)} (\`${f.ruleId}\`)`);
  if (item.state === 'not-applicable' && item.check?.reason) detail(`Not applicable: ${item.check.reason}.`);
  if (item.state === 'passing' && item.check) {
    detail(`Checked by ${item.check.ruleIds.map((r) => `\`${r}\``).join(', ')} in ${item.check.checkedFiles} file${item.check.checkedFiles === 1 ? '' : 's'}.`);
  }
  if (item.verified) {
    const evidence = item.verified.evidence ? `: ${oneLine(item.verified.evidence)}` : '';
    detail(`Verified by ${item.verified.by} on ${date(item.verified.at)}${evidence}`);
  }
  if (item.acceptedRisk) {
    detail(`Risk accepted by ${item.acceptedRisk.by} on ${date(item.acceptedRisk.at)}: ${oneLine(item.acceptedRisk.justification)}`);
  }
  return lines;
}

/** Findings across all items, each counted once even when its rule names several items. */
export function distinctFindingCount(status: ChecklistStatus): number {
  const seen = new Set<string>();
  for (const item of statusItems(status)) {
    for (const f of item.findings) seen.add(`${f.path}\u0000${f.ruleId}\u0000${f.range.start.line}:${f.range.start.character}\u0000${f.message}`);
  }
  return seen.size;
}

export function renderMarkdownReport(input: ReportInput): string {
  const { status } = input;
  const roots = input.relativeTo ?? input.roots;
  const c = status.counts;
  const out: string[] = [`# ${input.title ?? DEFAULT_REPORT_TITLE}`, ''];
  out.push(`Generated ${input.generatedAt.toISOString()} for ${input.roots.map((r) => `\`${r}\``).join(', ')}.`, '');
  out.push('## Totals', '');
  out.push('| Status | Items |', '| --- | ---: |');
  out.push(`| Passing (checked automatically) | ${c.passing} |`);
  out.push(`| Verified by hand | ${c.verified} |`);
  const findings = distinctFindingCount(status);
  out.push(`| Failing | ${c.failing} (${findings} finding${findings === 1 ? '' : 's'}) |`);
  out.push(`| Manual, not verified | ${c.manual} |`);
  out.push(`| Not applicable | ${c.notApplicable} |`);
  out.push(`| Accepted risks | ${c.acceptedRisk} |`);
  out.push(`| **Done** | **${doneCount(c)}/${applicableCount(c)}** |`, '');
  // The checklist's bold checkbox lines head groups of items: they are not items themselves.
  out.push('Items are the checklist\'s checkbox lines other than the ones that head a group of items; **Done** counts passing and verified items out of those that apply.', '');
  const formats = Object.entries(status.filesByFormat).sort(([a], [b]) => a.localeCompare(b)).map(([format, n]) => `${format} ${n}`);
  out.push(`Files checked: ${formats.length ? formats.join(', ') : 'none'}.`, '');

  for (const section of status.sections) {
    out.push(`## ${section.title} — ${countSummary(section.counts)}`, '');
    for (const subsection of section.subsections) {
      out.push(`### ${subsection.title} — ${countSummary(subsection.counts)}`, '');
      for (const group of subsection.groups) {
        out.push(`#### ${group.title} — ${countSummary(group.counts)}`, '');
        for (const item of group.items) out.push(...markdownItem(item, roots));
        out.push('');
      }
    }
  }

  const notes: string[] = [];
  for (const f of status.otherFindings) notes.push(`- \`${findingLocation(f, roots)}\` — ${oneLine(f.message)} (\`${f.ruleId}\`)`);
  for (const s of input.skipped ?? []) notes.push(`- \`${displayFile(s.path, roots)}\` was not checked: ${s.reason}.`);
  for (const [file, errors] of Object.entries(input.configErrors ?? {})) {
    for (const e of errors) notes.push(`- \`${displayFile(file, roots)}\`: ${e}`);
  }
  for (const id of status.unknownStoreIds) notes.push(`- \`.hardenlint/checklist.json\` names \`${id}\`, which the checklist does not have.`);
  if (notes.length) out.push('## Other problems', '', ...notes, '');
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  severity: string;
  message: string;
}

function jsonFinding(f: LocatedFinding, roots: readonly string[]): JsonFinding {
  return {
    file: displayFile(f.path, roots),
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
  };
}

function jsonCounts(c: Counts): Counts & { done: number; applicable: number } {
  return { ...c, done: doneCount(c), applicable: applicableCount(c) };
}

export function renderJsonReport(input: ReportInput): string {
  const { status } = input;
  const roots = input.relativeTo ?? input.roots;
  const report = {
    title: input.title ?? DEFAULT_REPORT_TITLE,
    generatedAt: input.generatedAt.toISOString(),
    roots: input.roots,
    totals: { ...jsonCounts(status.counts), distinctFindings: distinctFindingCount(status) },
    filesByFormat: status.filesByFormat,
    sections: status.sections.map((section) => ({
      id: section.id,
      title: section.title,
      counts: jsonCounts(section.counts),
      subsections: section.subsections.map((subsection) => ({
        id: subsection.id,
        title: subsection.title,
        counts: jsonCounts(subsection.counts),
        groups: subsection.groups.map((group) => ({
          id: group.id,
          title: group.title,
          counts: jsonCounts(group.counts),
          items: group.items.map((item) => ({
            id: item.id,
            title: plainTitle(item.title),
            status: item.state,
            automated: item.automated,
            ...(item.check ? { rules: item.check.ruleIds } : {}),
            ...(item.check?.reason && item.state === 'not-applicable' ? { reason: item.check.reason } : {}),
            findings: item.findings.map((f) => jsonFinding(f, roots)),
            ...(item.verified ? { verified: item.verified } : {}),
            ...(item.acceptedRisk ? { acceptedRisk: item.acceptedRisk } : {}),
          })),
        })),
      })),
    })),
    otherFindings: status.otherFindings.map((f) => jsonFinding(f, roots)),
    skipped: (input.skipped ?? []).map((s) => ({ file: displayFile(s.path, roots), reason: s.reason })),
    configErrors: input.configErrors ?? {},
    unknownStoreIds: status.unknownStoreIds,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
