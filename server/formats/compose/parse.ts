import { parseDocument } from 'yaml';
import type { ParseResult } from '../../engine/types';
import type { SourceFile } from '../../engine/source';
import { buildModel, type ComposeFile } from './model';
import { ChunkCache, parseChunkedWithLayout, YAML_OPTIONS } from './incremental';

/** Chunk parses shared by every compose document; keys carry the document's path. */
const chunkCache = new ChunkCache();

/**
 * Parse compose YAML. A YAML error yields one problem at the error and no
 * tree (rules never run on a half-parsed document); valid YAML that is not a
 * compose file (no top-level `services`) yields no tree and no problem.
 * Plain layouts are parsed per service and cached (see incremental.ts);
 * `incremental: false` always parses the whole text.
 */
export function parseCompose(source: SourceFile, path = '', incremental = true): ParseResult<ComposeFile> {
  // YAML (and Compose) break lines at a lone CR too; the yaml library does not. Same length, same offsets.
  const text = source.text.replace(/\r(?!\n)/g, '\n');
  const chunked = incremental ? parseChunkedWithLayout(text, chunkCache, path) : undefined;
  if (chunked) return { tree: buildModel(chunked.doc, chunked.layout), problems: [] };
  const doc = parseDocument(text, YAML_OPTIONS);
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
