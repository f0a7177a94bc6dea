import type { Format } from '../../engine/types';
import type { NginxFile } from './ast';
import { isAmbiguousNginxPath, isCertainNginxPath, looksLikeNginx } from './detect';
import { parseNginx } from './parse';

/**
 * `matchesContent` receives only the text, and the linter calls it right after
 * `matchesPath` for the same document; this remembers whether that path was
 * certain (`nginx.conf`, `*.nginx`, `nginx/**`), so only ambiguous folders
 * need nginx-looking content.
 */
let lastPathIsCertain = false;

export const nginxFormat: Format<NginxFile> = {
  id: 'nginx',
  name: 'nginx',
  languageIds: ['nginx', 'NGINX'],
  matchesPath: (path) => {
    lastPathIsCertain = isCertainNginxPath(path);
    return lastPathIsCertain || isAmbiguousNginxPath(path);
  },
  matchesContent: (text) => lastPathIsCertain || looksLikeNginx(text),
  // Format.parse gets no path: the tree's `path` and every directive's `file`
  // are '' until the caller stamps them (setNginxFilePath) or parses with parseNginx.
  parse: (source) => {
    const { file, problems } = parseNginx(source.text, '');
    return { tree: file, problems };
  },
};

export type { NginxArg, NginxBlock, NginxComment, NginxDirective, NginxFile } from './ast';
export { parseNginx, setNginxFilePath, walkNginxDirectives } from './parse';
export { isAmbiguousNginxPath, isCertainNginxPath, looksLikeNginx } from './detect';
export { unescapeNginx } from './tokenize';
