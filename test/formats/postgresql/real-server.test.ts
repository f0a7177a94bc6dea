/**
 * The real PostgreSQL 15 server agrees with hardenlint: every fixed
 * postgresql.conf of the rule tests loads, the parser and value checks reject
 * exactly what the server rejects, and pg_hba.conf is read the same way.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceFile } from '../../../server/engine/source';
import { parsePgConf } from '../../../server/formats/postgresql/conf-parse';
import { parsePgHba } from '../../../server/formats/postgresql/hba-parse';
import { Linter } from '../../../server/engine/linter';
import { fixAll } from '../../../server/engine/fix-all';
import { postgresqlRules } from '../../../rules/postgresql';
import { corpusPath } from '../../harness/paths';
import { ALL_FORMATS } from '../../../server/formats';
import invalidValue from '../../../rules/postgresql/invalid-value';
import unknownParameter from '../../../rules/postgresql/unknown-parameter';
import passwordEncryption from '../../../rules/postgresql/password-encryption';
import type { InvalidCase, ValidCase } from '../../harness/rule-tester';
import { RealServer } from './real-server';

interface CaseTable {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

function loadCaseTables(): [string, CaseTable][] {
  const dir = join(__dirname, '..', '..', 'rules', 'postgresql', 'cases');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js') && f !== 'memory-host.js')
    .map((f) => [f.replace(/\.js$/, ''), (require(join(dir, f)) as { default: CaseTable }).default]);
}

const validity = new Linter(ALL_FORMATS.filter((f) => f.id === 'postgresql'), [invalidValue, unknownParameter, passwordEncryption]);

/** Whether hardenlint reports anything that stops the server: a syntax error, an unknown parameter, an invalid value (old boolean password_encryption included). */
function hardenlintRejects(text: string): boolean {
  return validity.lintText(text, { path: '/srv/pg/postgresql.conf', format: 'postgresql' }).findings.some((f) => f.severity === 'error');
}

describe('real PostgreSQL 15', () => {
  const server = new RealServer();
  before(() => server.start());
  after(() => server.stop());

  describe('loads every fixed postgresql.conf of the rule tests', () => {
    for (const [name, table] of loadCaseTables()) {
      table.invalid.forEach((c, i) => {
        // The preferred fixes' output and the text after each offered fix.
        const outputs = [...(c.output === null ? [] : [c.output]), ...c.errors.flatMap((e) => e.fixOutputs ?? [])];
        if (outputs.length === 0) return;
        it(`${name} invalid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
          for (const output of outputs) {
            const r = server.checkConf(output);
            assert.equal(r.status, 0, `${r.stderr}\n${output}`);
          }
        });
      });
    }
  });

  it('loads the upstream sample after fix-all, with the values the fixes set', () => {
    // Naming a certificate makes ssl = on a preferred fix (without one it is only offered).
    const sample = readFileSync(corpusPath('postgresql', 'postgres-15.18', 'postgresql.conf.sample'), 'utf8').replace("#ssl_cert_file = 'server.crt'", "ssl_cert_file = 'server.crt'");
    const fixed = fixAll(new Linter(ALL_FORMATS, postgresqlRules), sample, { path: '/etc/postgresql/15/main/postgresql.conf' }).text;
    assert.notEqual(fixed, sample);
    const values = ['ssl', 'log_connections', 'log_disconnections', 'log_statement'].map((p) => server.checkConf(fixed, p).stdout.trim());
    assert.deepEqual(values, ['on', 'on', 'on', 'ddl']);
    assert.equal(server.checkConf(fixed, 'log_line_prefix').stdout, '%m [%p] %quser=%u db=%d host=%h \n');
  });

  const lines: string[] = [
    'ssl = on',
    'ssl on',
    "SSL = 'true'  # trailing comment",
    "shared_preload_libraries = 'pg_stat_statements.so'",
    'shared_preload_libraries = pg_stat_statements.so',
    'shared_preload_libraries = pg_stat_statements',
    'listen_addresses = localhost,x',
    "listen_addresses = '*'",
    'listen_addresses = *',
    "log_line_prefix = '%m \\'x''y'",
    "log_line_prefix = 'unterminated",
    'work_mem = 4MB',
    'work_mem = 4mb',
    'work_mem = 4 MB',
    "work_mem = '4 MB'",
    "work_mem = '1.5MB'",
    'work_mem = 1.5MB',
    'max_connections = 0x64',
    'max_connections = 0',
    'port = 5432kB',
    'ssl = o',
    'ssl = of',
    'ssl = tr',
    'wal_level = hot_standby',
    'wal_level = archive',
    'wal_level = archive2',
    'huge_pages = true',
    'log_statement = DDL',
    "password_encryption = 'on'",
    'log_conections = on',
    'server_version = 1',
    'pgaudit.log = ddl',
    'a.b.c = 1',
    'checkpoint_timeout = 5min',
    'checkpoint_timeout = 5 min extra',
    "timezone = 'UTC' = x",
    '= on',
    'vacuum_cost_delay = 2ms',
    'vacuum_cost_delay = 0.5',
    "include_if_exists = 'no-such-file.conf'",
  ];

  it('rejects exactly the lines hardenlint reports as errors', () => {
    const disagreements: string[] = [];
    for (const line of lines) {
      const serverRejects = server.checkConf(`${line}\n`).status !== 0;
      if (serverRejects !== hardenlintRejects(`${line}\n`)) disagreements.push(`${line}: server ${serverRejects ? 'rejects' : 'accepts'}`);
    }
    assert.deepEqual(disagreements, []);
  });

  it('reads the same values (quotes and escapes resolved)', () => {
    const text = "log_line_prefix = '%m \\'x''y\\\\z\\101'\n";
    const ours = parsePgConf(new SourceFile(text)).tree!.entries[0]!.value.text;
    assert.equal(server.checkConf(text, 'log_line_prefix').stdout.replace(/\n$/, ''), ours);
  });

  const hba = [
    'local   all             all                                     peer',
    'host    all             all             127.0.0.1/32            scram-sha-256',
    'hostssl all             all             0.0.0.0/0               scram-sha-256   # fixed from host … md5',
    'hostssl app,"all" alice,+admins 10.0.0.0/8 cert clientcert=verify-full map=x',
    'host all all 192.168.1.0 255.255.255.0 md5',
    'host all all ::1/128 trust',
    'host all all fe80::1%eth0/64 reject',
    'host replication rep samenet scram-sha-256',
    'hostnossl all all .example.com password',
    'host all all \\\n    10.1.0.0/16 \\\n    scram-sha-256',
    'hostgssenc all all all gss',
  ];

  it('reads pg_hba.conf records like the server', () => {
    const text = hba.join('\n') + '\n';
    const { tree, problems } = parsePgHba(new SourceFile(text));
    assert.deepEqual(problems, []);
    const ours = tree!.records.map((r) => {
      const address = r.address?.kind === 'cidr' ? (r.address.mask ? r.address.token.text : r.address.token.text.replace(/\/\d+$/, '')) : (r.address?.token.text ?? '');
      return { type: r.type, database: r.database.items.map((t) => t.text).join(','), user: r.user.items.map((t) => t.text).join(','), method: r.method.text, address };
    });
    const theirs = server.hbaRules(text).map((row) => {
      const [type, database, user, address, , method] = row.split('|');
      return { type, database, user, method, address: address ?? '' };
    });
    assert.equal(theirs.length, hba.length);
    // The server shows keywords and hostnames as written and network addresses without their prefix length.
    assert.deepEqual(
      ours.map((o) => ({ ...o, address: o.address.replace(/%eth0$/, '') })),
      theirs.map((t) => ({ ...t, address: t.address.replace(/%eth0$/, '') })),
    );
  });

  it('rejects the same pg_hba.conf lines', () => {
    const bad = ['host all all 10.0.0.0/33 md5', 'hots all all 10.0.0.0/8 md5', 'host all all 10.0.0.1 md5', 'host all all 10.0.0.0/8 crypt', 'local all all', 'host all all 10.0.0.0/8 ldap ldapserver'];
    for (const line of bad) {
      const serverErrors = server.hbaErrors(`${line}\n`);
      const ours = parsePgHba(new SourceFile(`${line}\n`)).problems;
      assert.equal(ours.length > 0, serverErrors.length > 0, `${line}: server says ${JSON.stringify(serverErrors)}, hardenlint ${JSON.stringify(ours.map((p) => p.message))}`);
    }
  });
});
