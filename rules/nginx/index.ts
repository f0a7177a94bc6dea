import type { Rule } from '../../server/engine/types';
import sslProtocols from './ssl-protocols';

export const nginxRules: Rule[] = [sslProtocols] as Rule[];
