/** Converting between LSP document URIs and file-system paths. */
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The file-system path of a `file:` URI; undefined for other schemes (untitled, virtual). */
export function fileUriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/**
 * The path the engine lints under: the file path for `file:` URIs, otherwise the
 * URI's decoded path (so `untitled:docker-compose.yml` still matches by name).
 */
export function lintPathOf(uri: string): string {
  const file = fileUriToPath(uri);
  if (file !== undefined) return file;
  try {
    const url = new URL(uri);
    return decodeURIComponent(url.pathname) || uri;
  } catch {
    return uri;
  }
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}
