import type { Rule } from '../../server/engine/types';
import noPrivileged from './no-privileged';
import readOnlyRootFilesystem from './read-only-root-filesystem';

export const composeRules: Rule[] = [noPrivileged, readOnlyRootFilesystem] as Rule[];
