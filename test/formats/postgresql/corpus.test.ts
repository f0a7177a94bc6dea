/**
 * hardenlint on real PostgreSQL configurations (/work/shared/corpus/postgresql):
 * the untouched upstream sample gets the findings a DBA expects of a default
 * installation, each at its commented-out line; real container configs get
 * the findings measured by hand; a hardened configuration is clean.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linter } from '../../../server/engine/linter';
import { fixAll } from '../../../server/engine/fix-all';
import { SourceFile } from '../../../server/engine/source';
import type { FormatId } from '../../../server/engine/types';
import { ALL_FORMATS } from '../../../server/formats';
import { postgresqlRules } from '../../../rules/postgresql';
import { corpusPath } from '../../harness/paths';

const linter = new Linter(ALL_FORMATS, postgresqlRules);

function lint(text: string, path: string, format?: FormatId) {
  return linter.lintText(text, { path, ...(format ? { format } : {}) });
}

const ids = (text: string, path: string, format?: FormatId): string[] =>
  lint(text, path, format)
    .findings.map((f) => `${new SourceFile(text).lineOf(f.span.start) + 1} ${f.ruleId}`)
    .sort((a, b) => parseInt(a) - parseInt(b) || a.localeCompare(b));

describe('PostgreSQL corpus', () => {
  const sample = readFileSync(corpusPath('postgresql', 'postgres-15.18', 'postgresql.conf.sample'), 'utf8');

  it('the untouched postgresql.conf.sample: the findings of a default installation, on the commented-out lines', () => {
    const source = new SourceFile(sample);
    const findings = lint(sample, '/etc/postgresql/15/main/postgresql.conf').findings;
    assert.deepEqual(
      findings.map((f) => `${f.ruleId} ${source.text.slice(f.span.start, f.span.end)}`),
      [
        'postgresql/ssl-enabled #ssl = off',
        'postgresql/point-in-time-recovery #archive_mode = off',
        'postgresql/connection-logging #log_connections = off',
        'postgresql/connection-logging #log_disconnections = off',
        "postgresql/log-line-prefix #log_line_prefix = '%m [%p] '",
        "postgresql/log-statement #log_statement = 'none'",
      ],
    );
  });

  it('fixing the sample uncomments those lines in place; ssl = on is only offered (no certificate is named) and archiving is left', () => {
    const path = '/etc/postgresql/15/main/postgresql.conf';
    const fixed = fixAll(linter, sample, { path });
    assert.equal(fixed.applied, 4);
    assert.deepEqual(fixed.remaining.map((f) => f.ruleId), ['postgresql/ssl-enabled', 'postgresql/point-in-time-recovery']);
    const changed = fixed.text.split('\n').filter((l, i) => l !== sample.split('\n')[i]);
    assert.deepEqual(changed, [
      'log_connections = on',
      'log_disconnections = on',
      "log_line_prefix = '%m [%p] %quser=%u db=%d host=%h '\t\t# special values:",
      "log_statement = 'ddl'\t\t\t# none, ddl, mod, all",
    ]);
  });

  it('the pg_hba.conf.sample as initdb writes it by default (trust): trust findings only', () => {
    const template = readFileSync(corpusPath('postgresql', 'postgres-15.18', 'pg_hba.conf.sample'), 'utf8');
    const rendered = template
      .replace(/@remove-line-for-nolocal@/g, '')
      .replace(/@authmethod(host|local)@/g, 'trust')
      .replace(/@authcomment@/g, '# "trust" is the initdb default');
    assert.deepEqual(ids(rendered, '/etc/postgresql/15/main/pg_hba.conf'), [
      '85 pg-hba/trust',
      '87 pg-hba/trust',
      '89 pg-hba/trust',
      '92 pg-hba/trust',
      '93 pg-hba/trust',
      '94 pg-hba/trust',
    ]);
  });

  const crunchy = (name: string): string => readFileSync(corpusPath('postgresql', 'crunchy-containers', name), 'utf8');

  it('container postgresql.conf files: unset logging and TLS, listen on every interface', () => {
    const common = ['1 postgresql/connection-logging', '1 postgresql/connection-logging', '1 postgresql/listen-addresses', '1 postgresql/log-line-prefix', '1 postgresql/log-statement', '1 postgresql/point-in-time-recovery'];
    assert.deepEqual(ids(crunchy('docker-custom-config.postgresql.conf'), '/c/postgresql.conf'), [...common, '1 postgresql/ssl-enabled'].sort());
    assert.deepEqual(ids(crunchy('kube-custom-config-ssl.postgresql.conf'), '/c/postgresql.conf'), common);
    assert.deepEqual(ids(crunchy('kube-pgaudit.postgresql.conf'), '/c/postgresql.conf'), [...common, '1 postgresql/ssl-enabled'].sort());
  });

  it('container pg_hba.conf files: trust, md5 and plain host from anywhere, wide replication', () => {
    assert.deepEqual(ids(crunchy('docker-custom-config.pg_hba.conf'), '/c/pg_hba.conf'), [
      '84 pg-hba/trust',
      '86 pg-hba/md5',
      '87 pg-hba/md5',
      '87 pg-hba/open-address',
      '87 pg-hba/require-ssl',
      '88 pg-hba/md5',
      '88 pg-hba/open-address',
      '88 pg-hba/replication-wide',
      '88 pg-hba/require-ssl',
    ]);
    assert.deepEqual(ids(crunchy('docker-custom-config-ssl.pg_hba.conf'), '/c/pg_hba.conf'), [
      '5 pg-hba/open-address',
      '5 pg-hba/replication-wide',
      '6 pg-hba/shadowed-record',
      '9 pg-hba/open-address',
      '11 pg-hba/open-address',
    ]);
  });

  it('every corpus file parses without problems (the pg_hba.conf.sample is a template)', () => {
    const files = [
      ...['docker-custom-config-ssl', 'docker-custom-config', 'helm-custom-config', 'kube-custom-config-ssl', 'postgres_common'].map((n) => join('crunchy-containers', `${n}.pg_hba.conf`)),
      ...['docker-custom-config-ssl', 'docker-custom-config', 'kube-custom-config-ssl', 'kube-custom-config', 'kube-pgaudit'].map((n) => join('crunchy-containers', `${n}.postgresql.conf`)),
      join('postgres-15.18', 'postgresql.conf.sample'),
    ];
    for (const f of files) {
      const text = readFileSync(corpusPath('postgresql', f), 'utf8');
      const format = f.includes('pg_hba') ? 'pg-hba' : 'postgresql';
      const parseErrors = lint(text, `/c/${f}`, format).findings.filter((x) => x.ruleId === 'hardenlint/parse-error');
      assert.deepEqual(parseErrors, [], f);
    }
  });

  it('a hardened configuration is clean', () => {
    const dir = join(__dirname, '..', '..', '..', '..', 'test', 'formats', 'postgresql', 'fixtures');
    for (const name of ['hardened.postgresql.conf', 'hardened.pg_hba.conf']) {
      const text = readFileSync(join(dir, name), 'utf8');
      assert.deepEqual(lint(text, `/srv/pg/${name}`).findings.map((f) => `${f.ruleId}: ${f.message}`), [], name);
    }
  });
});
