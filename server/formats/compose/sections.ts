/**
 * A compose file parsed one service at a time splits into one section per
 * service, so findings of service-scoped rules can be reused while that
 * service's text is unchanged. Everything outside `services:` (networks,
 * volumes, secrets, `x-` blocks) is the shared context: any change there
 * re-checks every service.
 */
import type { SourceFile, TreeSections } from '../../engine/types';
import type { ComposeFile } from './model';

export function composeSections(file: ComposeFile, source: SourceFile): TreeSections<ComposeFile> | undefined {
  const layout = file.layout;
  if (!layout || layout.services.length !== file.services.length) return undefined;
  const text = source.text;
  const parts: TreeSections<ComposeFile>['parts'] = [];
  for (const [i, chunk] of layout.services.entries()) {
    const service = file.services[i]!;
    // Services come in written order; anything else means the model was not built from this layout.
    if (service.keyNode.range?.[0] !== chunk.start) return undefined;
    parts.push({ offset: chunk.start, text: text.slice(chunk.start, chunk.end), tree: { doc: file.doc, root: file.root, services: [service] } });
  }
  const context = layout.blocks.map((b) => text.slice(b.start, b.end)).join('\u0000');
  return { context, parts };
}
