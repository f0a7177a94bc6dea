import { CHECKLIST } from './catalogue';
import type { ChecklistGroup, ChecklistItem, ChecklistSection, ChecklistSubsection } from './types';

export { CHECKLIST };
export type { ChecklistGroup, ChecklistItem, ChecklistSection, ChecklistSubsection };

export interface ItemLocation {
  item: ChecklistItem;
  group: ChecklistGroup;
  subsection: ChecklistSubsection;
  section: ChecklistSection;
}

const index = new Map<string, ItemLocation>();
for (const section of CHECKLIST)
  for (const subsection of section.subsections)
    for (const group of subsection.groups)
      for (const item of group.items) index.set(item.id, { item, group, subsection, section });

/** Every leaf item of the checklist, in document order. */
export function allItems(): ChecklistItem[] {
  return [...index.values()].map((l) => l.item);
}

export function findItem(id: string): ItemLocation | undefined {
  return index.get(id);
}

/** The item's title without markdown emphasis, for messages and UI. */
export function plainTitle(title: string): string {
  return title.replace(/\*\*(.+?)\*\*/g, '$1');
}
