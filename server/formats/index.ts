import type { Format } from '../engine/types';
import { composeFormat } from './compose';

/** Every supported format, in detection order. */
export const ALL_FORMATS: readonly Format[] = [composeFormat as Format];
