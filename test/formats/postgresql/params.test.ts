/**
 * The checked-in parameter table (server/formats/postgresql/params-15.json)
 * against the installed PostgreSQL 15 server's own description of its
 * parameters. Regenerate with scripts/pg-params.ts when this fails after a
 * server update.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeConfig, INSTALL_HINT, PG_MAJOR, pgBinDir, runPg } from '../../../scripts/pg-params-server';
import { findParam, PARAM_TABLE } from '../../../server/formats/postgresql/params';

const TYPES: Record<string, string> = { BOOLEAN: 'bool', INTEGER: 'integer', REAL: 'real', STRING: 'string', ENUM: 'enum' };

describe('PostgreSQL parameter table', () => {
  const bin = pgBinDir();

  it(`was generated from PostgreSQL ${PG_MAJOR}, the installed major version`, () => {
    if (!bin) assert.fail(INSTALL_HINT);
    const version = runPg(bin, 'postgres', ['--version']).stdout;
    assert.match(version, new RegExp(`\\(PostgreSQL\\) ${PG_MAJOR}\\.`));
    assert.match(PARAM_TABLE.version, new RegExp(`^${PG_MAJOR}\\.`));
  });

  it('has every parameter of --describe-config with its context, type, range and default', () => {
    if (!bin) assert.fail(INSTALL_HINT);
    const described = describeConfig(bin);
    assert.ok(described.length > 250, `only ${described.length} parameters described`);
    const mismatches: string[] = [];
    for (const d of described) {
      const p = findParam(d.name);
      if (!p) {
        mismatches.push(`${d.name}: missing from the table`);
        continue;
      }
      const expected: Record<string, unknown> = { context: d.context, type: TYPES[d.type], group: d.group, inSample: true };
      const actual: Record<string, unknown> = { context: p.context, type: p.type, group: p.group, inSample: p.inSample };
      if (d.type === 'INTEGER' || d.type === 'REAL') {
        expected['min'] = Number(d.min);
        expected['max'] = Number(d.max);
        actual['min'] = p.min;
        actual['max'] = p.max;
      }
      // --describe-config prints real defaults for strings and enums only.
      if (d.type === 'STRING' || d.type === 'ENUM') {
        expected['default'] = d.defaultText;
        actual['default'] = p.default;
      }
      if (JSON.stringify(expected) !== JSON.stringify(actual)) mismatches.push(`${d.name}: server ${JSON.stringify(expected)} table ${JSON.stringify(actual)}`);
    }
    const describedNames = new Set(described.map((d) => d.name.toLowerCase()));
    for (const p of PARAM_TABLE.params) if (p.inSample && !describedNames.has(p.name.toLowerCase())) mismatches.push(`${p.name}: not described by the server`);
    assert.deepEqual(mismatches, []);
  });

  it('knows the defaults the rules depend on', () => {
    const defaults = Object.fromEntries(
      ['ssl', 'log_connections', 'log_disconnections', 'log_statement', 'log_line_prefix', 'password_encryption', 'ssl_min_protocol_version', 'archive_mode', 'wal_level', 'listen_addresses'].map(
        (k) => [k, findParam(k)?.default],
      ),
    );
    assert.deepEqual(defaults, {
      ssl: 'off',
      log_connections: 'off',
      log_disconnections: 'off',
      log_statement: 'none',
      log_line_prefix: '%m [%p] ',
      password_encryption: 'scram-sha-256',
      ssl_min_protocol_version: 'TLSv1.2',
      archive_mode: 'off',
      wal_level: 'replica',
      listen_addresses: 'localhost',
    });
  });
});
