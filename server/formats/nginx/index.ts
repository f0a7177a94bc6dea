import type { Format } from '../../engine/types';
import type { NginxFile } from './ast';
import { isAmbiguousNginxPath, isCertainNginxPath, looksLikeNginx } from './detect';
import { parseNginx } from './parse';

export const nginxFormat: Format<NginxFile> = {
  id: 'nginx',
  name: 'nginx',
  languageIds: ['nginx', 'NGINX'],
  matchesPath: (path) => isCertainNginxPath(path) || isAmbiguousNginxPath(path),
  // Certain paths (`nginx.conf`, `*.nginx`, `nginx/**`) need no content check;
  // ambiguous folders (conf.d, snippets, sites-*) need nginx-looking content.
  matchesContent: (text, path) => isCertainNginxPath(path) || looksLikeNginx(text),
  parse: (source, path) => {
    const { file, problems } = parseNginx(source.text, path);
    return { tree: file, problems };
  },
};

export type { NginxArg, NginxBlock, NginxComment, NginxDirective, NginxFile } from './ast';
export { parseNginx, setNginxFilePath, walkNginxDirectives } from './parse';
export { isAmbiguousNginxPath, isCertainNginxPath, looksLikeNginx } from './detect';
export { unescapeNginx } from './tokenize';
