import type { Format } from '../engine/types';
import { composeFormat } from './compose';
import { pgHbaFormat, postgresqlFormat } from './postgresql';
import { nginxFormat } from './nginx';
import { redisFormat } from './redis';

/** Every supported format, in detection order. */
export const ALL_FORMATS: readonly Format[] = [composeFormat as Format, nginxFormat as Format, redisFormat as Format, postgresqlFormat as Format, pgHbaFormat as Format];
