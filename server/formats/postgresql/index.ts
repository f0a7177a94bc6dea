import type { Format } from '../../engine/types';
import { parsePgConf } from './conf-parse';
import type { PgConfFile } from './conf-model';
import { parsePgHba } from './hba-parse';
import type { PgHbaFile } from './hba-model';

const toPosix = (path: string): string => path.replace(/\\/g, '/');
const CONF_NAME = /(^|\/)([^/]*\.)?postgresql(\.auto)?\.conf$/i;
const CONF_D = /(^|\/)conf\.d\/[^/]+\.conf$/i;
const HBA_NAME = /(^|\/)[^/]*pg_hba[^/]*\.conf$/i;
/** A file in a folder named for pg_hba includes (`pg_hba.d/`, `hba.d/`, PostgreSQL 16+ `include_dir`). */
const HBA_DIR = /(^|\/)[^/]*hba[^/]*\/[^/]+\.conf$/i;
/** A pg_hba record line: connection type first. */
const HBA_RECORD = /^(local|host|hostssl|hostnossl|hostgssenc|hostnogssenc)\s/;

function liveLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter((l) => l !== '');
}

/** Text whose lines are pg_hba records (or include lines), like the fragments a pg_hba.conf includes. */
function looksLikePgHba(text: string): boolean {
  const live = liveLines(text);
  return live.length > 0 && live.every((l) => HBA_RECORD.test(l) || /^include(_if_exists|_dir)?\s/.test(l));
}

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
  const live = liveLines(text);
  // A fragment of pg_hba records in a conf.d folder is pg_hba's.
  if (live.some((l) => HBA_RECORD.test(l))) return false;
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
  matchesPath: (path) => {
    const p = toPosix(path);
    return HBA_NAME.test(p) || HBA_DIR.test(p) || isPostgresConfD(p);
  },
  // Files named pg_hba always count; folders of includes and conf.d fragments by their records.
  matchesContent: (text, path) => HBA_NAME.test(toPosix(path)) || looksLikePgHba(text),
  parse: parsePgHba,
};

export type { PgConfFile, ConfSetting, ConfValue } from './conf-model';
export type { PgHbaFile } from './hba-model';
