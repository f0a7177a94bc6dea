import { Linter } from './engine/linter';
import { ALL_FORMATS } from './formats';
import { ALL_RULES } from '../rules';

/** The linter with every shipped format and rule; CLI and language server share it. */
export function createLinter(): Linter {
  return new Linter(ALL_FORMATS, ALL_RULES);
}
