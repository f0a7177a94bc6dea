import type { Format } from '../../engine/types';
import { parsePgConf } from './conf-parse';
import type { PgConfFile } from './conf-model';
import { parsePgHba } from './hba-parse';
import type { PgHbaFile } from './hba-model';

const toPosix = (path: string): string => path.replace(/\\/g, '/');
const CONF_NAME = /(^|\/)([^/]*\.)?postgresql(\.auto)?\.conf$/i;
const CONF_D = /(^|\/)conf\.d\/[^/]+\.conf$/i;
const HBA_NAME = /(^|\/)[^/]*pg_hba[^/]*\.conf$/i;

/** A conf.d fragment inside a folder whose path names PostgreSQL. */
function isPostgresConfD(path: string): boolean {
  return CONF_D.test(path) && /postgres/i.test(path.slice(0, path.lastIndexOf('/conf.d/')));
}

/**
 * Content check for conf.d fragments, whose names say little: reject text
 * that is clearly another format (nginx blocks, YAML keys). Named files
 * (postgresql.conf and the like) always count, so one with a typo is still
 * linted and its errors shown.
 */
function looksLikePgConf(text: string, path: string): boolean {
  if (CONF_NAME.test(toPosix(path))) return true;
  const live = text
    .split('\n')
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter((l) => l !== '');
  return !live.some((l) => /[{};]$/.test(l) || /^[A-Za-z_][\w.-]*:(\s|$)/.test(l));
}

export const postgresqlFormat: Format<PgConfFile> = {
  id: 'postgresql',
  name: 'postgresql.conf',
  languageIds: ['postgresql-conf'],
  matchesPath: (path) => {
    const p = toPosix(path);
    return CONF_NAME.test(p) || isPostgresConfD(p);
  },
  matchesContent: looksLikePgConf,
  parse: parsePgConf,
};

export const pgHbaFormat: Format<PgHbaFile> = {
  id: 'pg-hba',
  name: 'pg_hba.conf',
  languageIds: ['pg-hba-conf'],
  matchesPath: (path) => HBA_NAME.test(toPosix(path)),
  parse: parsePgHba,
};

export type { PgConfFile, ConfSetting, ConfValue } from './conf-model';
export type { PgHbaFile } from './hba-model';
