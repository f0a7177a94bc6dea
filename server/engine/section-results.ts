/**
 * What section-scoped rules reported in one section of a document, kept by
 * the section's text so a keystroke elsewhere reuses it. Spans are stored
 * relative to the section's start and moved to wherever the section is now.
 */
import type { ReportDescriptor } from './types';

export interface SectionReport {
  /** Index of the rule in the run's list of rules. */
  rule: number;
  descriptor: ReportDescriptor;
  /** The formatted message (it depends on the descriptor alone). */
  message: string;
}

/** A descriptor with every same-document offset moved by `delta` (a new object; the input is not changed). */
export function shiftDescriptor(d: ReportDescriptor, delta: number): ReportDescriptor {
  if (delta === 0) return d;
  const inOtherFile = d.path !== undefined;
  const shifted: ReportDescriptor = { ...d, span: { start: d.span.start + delta, end: d.span.end + delta } };
  if (d.fixes && !inOtherFile) {
    shifted.fixes = d.fixes.map((fix) => ({
      ...fix,
      edits: fix.edits.map((e) => ({ start: e.start + delta, end: e.end + delta, newText: e.newText })),
    }));
  }
  if (d.related) {
    shifted.related = d.related.map((r) =>
      r.path !== undefined || inOtherFile ? r : { ...r, span: { start: r.span.start + delta, end: r.span.end + delta } },
    );
  }
  return shifted;
}

/**
 * Reports per section text of recent documents, grouped by what else they
 * depend on (document, rule settings, shared context). Least recently used
 * first at both levels, bounded by the total size of the texts kept.
 */
export class SectionResults {
  private readonly groups = new Map<string, Map<string, SectionReport[]>>();
  private size = 0;

  /** About ten 5,000-line compose files' worth of sections by default. */
  constructor(readonly maxChars = 2_000_000) {}

  get totalChars(): number {
    return this.size;
  }

  take(group: string, text: string): SectionReport[] | undefined {
    const entries = this.groups.get(group);
    const hit = entries?.get(text);
    if (!entries || !hit) return undefined;
    this.groups.delete(group);
    this.groups.set(group, entries);
    entries.delete(text);
    entries.set(text, hit);
    return hit;
  }

  put(group: string, text: string, reports: SectionReport[]): void {
    let entries = this.groups.get(group);
    if (entries) this.groups.delete(group);
    else {
      entries = new Map();
      this.size += group.length;
    }
    this.groups.set(group, entries);
    if (entries.has(text)) entries.delete(text);
    else this.size += text.length;
    entries.set(text, reports);
    this.evict();
  }

  private evict(): void {
    for (const [group, entries] of this.groups) {
      if (this.size <= this.maxChars) return;
      for (const text of entries.keys()) {
        if (this.size <= this.maxChars) return;
        entries.delete(text);
        this.size -= text.length;
      }
      this.groups.delete(group);
      this.size -= group.length;
    }
  }
}
