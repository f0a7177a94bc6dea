export interface ChecklistItem {
  /** Stable id: `<group-id>.<item-slug>`. */
  id: string;
  /** The item's text exactly as the checklist writes it (markdown emphasis kept). */
  title: string;
}

export interface ChecklistGroup {
  id: string;
  title: string;
  /** False for the numbered groups of "Incident Response", which carry no checkbox. */
  checkbox: boolean;
  items: ChecklistItem[];
}

export interface ChecklistSubsection {
  id: string;
  title: string;
  groups: ChecklistGroup[];
}

export interface ChecklistSection {
  id: string;
  title: string;
  subsections: ChecklistSubsection[];
}
