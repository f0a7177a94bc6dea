import type { Format } from '../../engine/types';
import { parseCompose } from './parse';
import type { ComposeFile } from './model';

const COMPOSE_NAME = /(^|\/)(docker-)?compose[^/]*\.ya?ml$/i;

export const composeFormat: Format<ComposeFile> = {
  id: 'compose',
  name: 'Compose',
  languageIds: ['dockercompose'],
  matchesPath: (path) => COMPOSE_NAME.test(path.replace(/\\/g, '/')),
  parse: parseCompose,
};

export * from './model';
