import type { Rule } from '../server/engine/types';
import { composeRules } from './compose';

/** Every rule hardenlint ships. */
export const ALL_RULES: readonly Rule[] = [...composeRules];
