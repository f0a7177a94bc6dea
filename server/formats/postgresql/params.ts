/**
 * PostgreSQL 15's parameters (generated from the real server by
 * scripts/pg-params.ts): defaults, units, enum values, contexts.
 */
import table from './params-15.json';
import type { ParamTable, PgParam } from './param-types';

export type { PgParam } from './param-types';

export const PARAM_TABLE = table as ParamTable;
export const PARAM_TABLE_MAJOR = 15;

const byKey = new Map<string, PgParam>(PARAM_TABLE.params.map((p) => [p.name.toLowerCase(), p]));

/** The parameter of that name (case-insensitive), or undefined. */
export function findParam(name: string): PgParam | undefined {
  return byKey.get(name.toLowerCase());
}

export function paramKeys(): IterableIterator<string> {
  return byKey.keys();
}

/** A custom (extension) parameter: `prefix.name`. Any such name is accepted by the server. */
export function isCustomParamName(name: string): boolean {
  return name.includes('.');
}

/** The default of a known parameter (its boot value). */
export function defaultOf(key: string): string | undefined {
  return byKey.get(key)?.default;
}
