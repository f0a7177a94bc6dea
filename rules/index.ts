import type { Rule } from '../server/engine/types';
import { composeRules } from './compose';
import { nginxRules } from './nginx';
import { postgresqlRules } from './postgresql';
import { redisRules } from './redis';

/** Every rule hardenlint ships. */
export const ALL_RULES: readonly Rule[] = [...composeRules, ...nginxRules, ...postgresqlRules, ...redisRules];
