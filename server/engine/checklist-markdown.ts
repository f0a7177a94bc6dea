/**
 * Reads the hardening checklist markdown into its outline: sections (`##`),
 * subsections (`###`), groups (bold checkbox lines, or bold numbered lines)
 * and items (checkbox lines under a group). Used to keep the catalogue in
 * step with the document.
 */

export interface MarkdownEntry {
  kind: 'section' | 'subsection' | 'group' | 'item';
  title: string;
  /** 1-based line in the markdown. */
  line: number;
  /** Whether the line is a `- [ ]` checkbox. */
  checkbox: boolean;
}

export function readChecklistMarkdown(text: string): MarkdownEntry[] {
  const out: MarkdownEntry[] = [];
  let inCode = false;
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    if (/^\s*```/.test(raw)) {
      inCode = !inCode;
      return;
    }
    if (inCode) return;
    let m: RegExpExecArray | null;
    if ((m = /^## (.+?)\s*$/.exec(raw))) {
      out.push({ kind: 'section', title: m[1]!, line: i + 1, checkbox: false });
    } else if ((m = /^### (.+?)\s*$/.exec(raw))) {
      out.push({ kind: 'subsection', title: m[1]!, line: i + 1, checkbox: false });
    } else if ((m = /^\s*- \[[ xX]\] \*\*(.+?)\*\*\s*$/.exec(raw))) {
      out.push({ kind: 'group', title: m[1]!, line: i + 1, checkbox: true });
    } else if ((m = /^\d+\. \*\*(.+?)\*\*\s*$/.exec(raw))) {
      out.push({ kind: 'group', title: m[1]!, line: i + 1, checkbox: false });
    } else if ((m = /^\s*- \[[ xX]\] (.+?)\s*$/.exec(raw))) {
      out.push({ kind: 'item', title: m[1]!, line: i + 1, checkbox: true });
    }
  });
  return out;
}
