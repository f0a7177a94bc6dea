/** The image each service pulls, placed where it is written; build-only services pull nothing. */
import { parseImage, type ImageReference } from './images';
import { scalarText, spanOf, type ComposeFile, type Node } from './model';
import { placeItems, type Placed } from './services';
import type { Span } from '../../engine/types';

export interface PulledImage {
  node: Node;
  text: string;
  span: Span;
  ref: ImageReference;
}

/**
 * Images pulled from a registry. A service with `build:` builds its image
 * (the `image:` then only names the result), so it is skipped.
 */
export function placedImages(file: ComposeFile): Placed<PulledImage>[] {
  return placeItems(
    file,
    (s) => {
      if (s.view.has('build')) return [];
      const node = s.view.get('image')?.value;
      const text = scalarText(node);
      if (!node || text === undefined || text.trim() === '') return [];
      return [{ node, text, span: spanOf(node), ref: parseImage(text) }];
    },
    (i) => ({ node: i.node, offset: i.span.start }),
  );
}
