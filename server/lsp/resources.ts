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
  private checklistUri: string | undefined;
  /** Links and locations are the same for every finding of a rule: build them once. */
  private readonly hrefs = new Map<string, string | undefined>();
  private readonly locations = new Map<string, Location | undefined>();
  private readonly titles = new Map<string, string>();

  constructor(readonly root: string | undefined) {}

  /** Link to the rule's documentation page, or undefined when nothing can be linked. */
  ruleDocHref(ruleId: string, baseUrl: string | undefined): string | undefined {
    if (baseUrl) return `${baseUrl.replace(/\/?$/, '/')}${ruleId}.md`;
    if (!this.root) return undefined;
    if (!this.hrefs.has(ruleId)) this.hrefs.set(ruleId, pathToUri(join(this.root, 'docs', 'rules', ...ruleId.split('/')) + '.md'));
    return this.hrefs.get(ruleId);
  }

  checklistTitle(itemId: string): string {
    let title = this.titles.get(itemId);
    if (title === undefined) {
      const location = findItem(itemId);
      title = location ? plainTitle(location.item.title) : itemId;
      this.titles.set(itemId, title);
    }
    return title;
  }

  /** Where the item is written in the shipped checklist markdown (undefined when it is not shipped). */
  checklistLocation(itemId: string): Location | undefined {
    if (this.locations.has(itemId)) return this.locations.get(itemId);
    const line = this.lines().get(itemId);
    let location: Location | undefined;
    if (line !== undefined && this.root) {
      this.checklistUri ??= pathToUri(join(this.root, CHECKLIST_DOC));
      location = { uri: this.checklistUri, range: { start: { line, character: 0 }, end: { line, character: 0 } } };
    }
    this.locations.set(itemId, location);
    return location;
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
