/**
 * Files shipped beside the server (rule docs, the checklist markdown) and how
 * diagnostics link to them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Location } from 'vscode-languageserver/node';
import { allItems, findItem, plainTitle } from '../../rules/checklist';
import { readChecklistMarkdown } from '../engine/checklist-markdown';
import { pathToUri } from './uri';

export const CHECKLIST_DOC = join('docs', 'security-hardening-checklist.md');

/** The installed package folder: the nearest folder above `start` with hardenlint's package.json. */
export function findPackageRoot(start: string): string | undefined {
  let dir = start;
  for (;;) {
    const manifest = join(dir, 'package.json');
    try {
      if (existsSync(manifest) && /"name"\s*:\s*"hardenlint"/.test(readFileSync(manifest, 'utf8'))) return dir;
    } catch {
      /* unreadable: keep looking */
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export class Resources {
  private checklistLines: Map<string, number> | undefined;

  constructor(readonly root: string | undefined) {}

  /** Link to the rule's documentation page, or undefined when nothing can be linked. */
  ruleDocHref(ruleId: string, baseUrl: string | undefined): string | undefined {
    if (baseUrl) return `${baseUrl.replace(/\/?$/, '/')}${ruleId}.md`;
    if (!this.root) return undefined;
    return pathToUri(join(this.root, 'docs', 'rules', ...ruleId.split('/')) + '.md');
  }

  checklistTitle(itemId: string): string {
    const location = findItem(itemId);
    return location ? plainTitle(location.item.title) : itemId;
  }

  /** Where the item is written in the shipped checklist markdown (undefined when it is not shipped). */
  checklistLocation(itemId: string): Location | undefined {
    const line = this.lines().get(itemId);
    if (line === undefined || !this.root) return undefined;
    const uri = pathToUri(join(this.root, CHECKLIST_DOC));
    return { uri, range: { start: { line, character: 0 }, end: { line, character: 0 } } };
  }

  /** Item id → 0-based markdown line; the catalogue lists items in document order. */
  private lines(): Map<string, number> {
    if (this.checklistLines) return this.checklistLines;
    this.checklistLines = new Map();
    if (!this.root) return this.checklistLines;
    let text: string;
    try {
      text = readFileSync(join(this.root, CHECKLIST_DOC), 'utf8');
    } catch {
      return this.checklistLines;
    }
    const entries = readChecklistMarkdown(text).filter((e) => e.kind === 'item');
    const items = allItems();
    if (entries.length !== items.length) return this.checklistLines;
    items.forEach((item, i) => this.checklistLines!.set(item.id, entries[i]!.line - 1));
    return this.checklistLines;
  }
}
