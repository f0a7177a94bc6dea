/**
 * Generates server/formats/postgresql/params-15.json from the installed
 * PostgreSQL 15 server: names, contexts, types, ranges and groups come from
 * pg_settings in single-user mode, which has everything `postgres
 * --describe-config` prints plus units, enum values and boot defaults
 * (describe-config prints uninitialised defaults for numbers and booleans);
 * describe-config marks the parameters meant for postgresql.conf, and
 * test/formats/postgresql/params.test.ts checks the table against it;
 * enum spellings the server accepts but does not list (e.g. wal_level =
 * hot_standby) by asking the server itself with `postgres -C`.
 *
 * Usage: npx tsc -p tsconfig.json --outDir out && node out/scripts/pg-params.js
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  describeConfig,
  initDataDir,
  INSTALL_HINT,
  makeScratchDir,
  pgBinDir,
  removeScratch,
  runPg,
  singleUser,
} from './pg-params-server';
import { formatParamTable, type ParamTable, type PgParam, type PgParamType } from '../server/formats/postgresql/param-types';

/** Spellings some enum parameters accept without listing them. */
const HIDDEN_CANDIDATES = ['on', 'off', 'true', 'false', 'yes', 'no', '1', '0', 'archive', 'hot_standby'];

const SETTINGS_SQL =
  "COPY (SELECT name, vartype, coalesce(unit, ''), coalesce(boot_val, ''), coalesce(array_to_string(enumvals, E'\\x1f'), ''), context, coalesce(min_val, ''), coalesce(max_val, ''), category FROM pg_settings ORDER BY lower(name)) TO STDOUT;\n";

function main(): void {
  const bin = pgBinDir();
  if (!bin) throw new Error(INSTALL_HINT);
  const version = runPg(bin, 'postgres', ['--version']).stdout.trim().replace(/^postgres \(PostgreSQL\) /, '');
  const described = new Map(describeConfig(bin).map((d) => [d.name.toLowerCase(), d]));
  const scratch = makeScratchDir('hardenlint-pg-params-');
  try {
    const data = initDataDir(bin, scratch);
    const out = singleUser(bin, data, SETTINGS_SQL);
    const params: PgParam[] = [];
    for (const line of out.stdout.split('\n')) {
      const cols = line.replace(/^backend> /, '').split('\t');
      if (cols.length !== 9) continue;
      const [name, vartype, unit, boot, enumvals, context, min, max, category] = cols as string[] as [string, string, string, string, string, string, string, string, string];
      const d = described.get(name.toLowerCase());
      const param: PgParam = {
        name,
        type: vartype as PgParamType,
        unit: unit || null,
        default: boot,
        context,
        min: min === '' ? null : Number(min),
        max: max === '' ? null : Number(max),
        group: category,
        settable: context !== 'internal',
        // --describe-config lists the parameters meant for postgresql.conf (those in the sample file).
        inSample: d !== undefined,
      };
      if (vartype === 'enum') {
        param.enumValues = enumvals.split('\x1f');
        const hidden = HIDDEN_CANDIDATES.filter(
          (v) => !param.enumValues!.includes(v) && runPg(bin, 'postgres', ['-D', data, '-C', name, '-c', `${name}=${v}`]).status === 0,
        );
        if (hidden.length > 0) param.hiddenValues = hidden;
      }
      params.push(param);
    }
    if (params.length < 300) throw new Error(`only ${params.length} parameters read from pg_settings:\n${out.stderr}`);
    const table: ParamTable = { version, generatedBy: 'scripts/pg-params.ts', params };
    const target = join(__dirname, '..', '..', 'server', 'formats', 'postgresql', 'params-15.json');
    writeFileSync(target, formatParamTable(table));
    console.log(`wrote ${params.length} parameters of PostgreSQL ${version} to ${target}`);
  } finally {
    removeScratch(scratch);
  }
}

main();
