import type { Format } from '../../engine/types';
import { parseCompose } from './parse';
import type { ComposeFile } from './model';
import { composeSections } from './sections';
import { releaseChunked } from './incremental';

/** `compose.yaml`, `docker-compose.prod.yml`, `app.compose.yaml`, `web-docker-compose.yml`… */
const COMPOSE_NAME = /(^|\/)([^/]*[._-])?(docker-)?compose([._-][^/]*)?\.ya?ml$/i;
/** Swarm stack files use the same schema but a generic name: require compose-looking content. */
const STACK_NAME = /(^|\/)([^/]*[._-])?stack\.ya?ml$/i;

const posix = (path: string) => path.replace(/\\/g, '/');

export const composeFormat: Format<ComposeFile> = {
  id: 'compose',
  name: 'Compose',
  languageIds: ['dockercompose'],
  matchesPath: (path) => COMPOSE_NAME.test(posix(path)) || STACK_NAME.test(posix(path)),
  matchesContent: (text, path) => COMPOSE_NAME.test(posix(path)) || /^services[ \t]*:[ \t]*(#.*)?$/m.test(text),
  parse: parseCompose,
  sections: composeSections,
  release: (tree) => releaseChunked(tree.doc),
};

export * from './model';
