import { parseDocument } from 'yaml';
import type { ParseResult } from '../../engine/types';
import type { SourceFile } from '../../engine/source';
import { buildModel, type ComposeFile } from './model';

/**
 * Parse compose YAML. A YAML error yields one problem at the error and no
 * tree (rules never run on a half-parsed document); valid YAML that is not a
 * compose file (no top-level `services`) yields no tree and no problem.
 */
export function parseCompose(source: SourceFile): ParseResult<ComposeFile> {
  // YAML (and Compose) break lines at a lone CR too; the yaml library does not. Same length, same offsets.
  const doc = parseDocument(source.text.replace(/\r(?!\n)/g, '\n'), {
    keepSourceTokens: false,
    prettyErrors: false,
    uniqueKeys: true,
    merge: true,
    strict: false,
  });
  const error = doc.errors[0];
  if (error) {
    // yaml reports an error at the end of input one character past it.
    const start = Math.min(error.pos[0], source.text.length);
    const end = Math.min(Math.max(error.pos[1], start), source.text.length);
    return {
      tree: undefined,
      problems: [{ span: { start, end }, message: `YAML: ${error.message.split('\n')[0]}` }],
    };
  }
  return { tree: buildModel(doc), problems: [] };
}
