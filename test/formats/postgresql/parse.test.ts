import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SourceFile } from '../../../server/engine/source';
import { Linter } from '../../../server/engine/linter';
import { ALL_FORMATS } from '../../../server/formats';
import { parsePgConf } from '../../../server/formats/postgresql/conf-parse';
import { formatConfValue, unquoteConfString } from '../../../server/formats/postgresql/conf-lexer';
import { parsePgHba } from '../../../server/formats/postgresql/hba-parse';
import { parseBool, parseNumber } from '../../../server/formats/postgresql/values';
import { findParam } from '../../../server/formats/postgresql/params';

const slice = (text: string, span: { start: number; end: number }): string => text.slice(span.start, span.end);

describe('postgresql.conf parser', () => {
  it('keeps exact offsets of name, equals, value and trailing comment', () => {
    const text = "  Shared_Buffers\t=  '128MB'   # memory\nssl on\n";
    const { tree, problems } = parsePgConf(new SourceFile(text));
    assert.deepEqual(problems, []);
    const [a, b] = tree!.entries;
    assert.equal(slice(text, a!.name.span), 'Shared_Buffers');
    assert.equal(a!.key, 'shared_buffers');
    assert.equal(slice(text, a!.equals!), '=');
    assert.equal(slice(text, a!.value.span), "'128MB'");
    assert.equal(a!.value.text, '128MB');
    assert.equal(slice(text, a!.comment!), '# memory');
    assert.equal(b!.equals, undefined);
    assert.equal(b!.value.text, 'on');
    assert.equal(b!.line, 1);
  });

  it('reads commented-out settings of known parameters only', () => {
    const text = "#ssl = off\t\t# (change requires restart)\n#   off, notice, warning\n# - Connection Settings -\n#include = 'x.conf'\n#  log_statement = 'none'\n#custom.thing = 1\n";
    const { tree } = parsePgConf(new SourceFile(text));
    assert.deepEqual(
      tree!.commented.map((c) => [c.key, c.value.text, slice(text, c.span), slice(text, c.commentPrefix!)]),
      [
        ['ssl', 'off', '#ssl = off', '#'],
        ['log_statement', 'none', "#  log_statement = 'none'", '#  '],
        ['custom.thing', '1', '#custom.thing = 1', '#'],
      ],
    );
  });

  it('recognises include directives case-insensitively', () => {
    const { tree } = parsePgConf(new SourceFile("INCLUDE_DIR 'conf.d'\ninclude_if_exists = 'x'\ninclude 'y'\n"));
    assert.deepEqual(tree!.entries.map((e) => e.include), ['include_dir', 'include_if_exists', 'include']);
  });

  it('turns syntax errors into spans and keeps going', () => {
    const text = "a.b.c = 1\nssl = on\nlisten_addresses = *\nx = 'open\n";
    const { tree, problems } = parsePgConf(new SourceFile(text));
    assert.deepEqual(problems.map((p) => slice(text, p.span)), ['a.b.c', '*', "'open"]);
    assert.deepEqual(tree!.entries.map((e) => e.key), ['ssl']);
  });

  it('resolves quotes and escapes like the server, and writes values back', () => {
    assert.equal(unquoteConfString("'a''b\\'c\\\\d\\n\\101'"), "a'b'c\\d\nA");
    assert.equal(formatConfValue('on'), 'on');
    assert.equal(formatConfValue('scram-sha-256'), "'scram-sha-256'");
    assert.equal(formatConfValue("it's"), "'it''s'");
  });

  it('reads booleans and numbers with units like the server', () => {
    assert.deepEqual(['on', 'OF', 'o', 't', 'yes', 'n', '1', '0', '2'].map(parseBool), [true, false, undefined, true, true, false, true, false, undefined]);
    assert.deepEqual(parseNumber(findParam('shared_buffers')!, '1GB'), { ok: true, value: 131072 });
    assert.deepEqual(parseNumber(findParam('checkpoint_timeout')!, '5min'), { ok: true, value: 300 });
    assert.equal(parseNumber(findParam('work_mem')!, '4mb').ok, false);
  });
});

describe('pg_hba.conf parser', () => {
  it('keeps exact ranges of every field and list item', () => {
    const text = 'hostssl  app,"all"  alice,+admins,@users.txt  10.0.0.0/8  cert  clientcert=verify-full map=m # note\n';
    const { tree, problems } = parsePgHba(new SourceFile(text));
    assert.deepEqual(problems, []);
    const r = tree!.records[0]!;
    assert.equal(r.type, 'hostssl');
    assert.deepEqual(r.database.items.map((t) => [slice(text, t.span), t.text, t.quoted]), [['app', 'app', false], ['"all"', 'all', true]]);
    assert.deepEqual(r.user.items.map((t) => slice(text, t.span)), ['alice', '+admins', '@users.txt']);
    assert.equal(slice(text, r.database.span), 'app,"all"');
    assert.equal(r.address?.kind, 'cidr');
    assert.equal(slice(text, r.address!.token.span), '10.0.0.0/8');
    assert.equal(slice(text, r.method.span), 'cert');
    assert.deepEqual(r.options.map((o) => [o.name, o.value, slice(text, o.token.span)]), [['clientcert', 'verify-full', 'clientcert=verify-full'], ['map', 'm', 'map=m']]);
  });

  it('reads address + netmask, hostnames, keywords, IPv6 and regex users', () => {
    const text = 'host all all 192.168.0.0 255.255.0.0 md5\nhost all all .example.com md5\nhost all all samenet md5\nhost all all ::ffff:10.0.0.1/128 md5\nlocal all /^.*admin$ peer\n';
    const { tree, problems } = parsePgHba(new SourceFile(text));
    assert.deepEqual(problems, []);
    const [a, b, c, d, e] = tree!.records;
    assert.equal(a!.address!.kind === 'cidr' && a!.address!.range.prefix, 16);
    assert.equal(slice(text, (a!.address as { mask: { span: { start: number; end: number } } }).mask.span), '255.255.0.0');
    assert.equal(b!.address!.kind, 'hostname');
    assert.equal(c!.address!.kind, 'samenet');
    assert.equal(d!.address!.kind === 'cidr' && d!.address!.range.family, 6);
    assert.equal(e!.user.items[0]!.text, '/^.*admin$');
  });

  it('joins backslash continuations with exact offsets across lines', () => {
    const text = 'host all all \\\n  10.0.0.0/8 \\\n  scram-sha-256\n';
    const r = parsePgHba(new SourceFile(text)).tree!.records[0]!;
    assert.equal(slice(text, r.address!.token.span), '10.0.0.0/8');
    assert.equal(slice(text, r.method.span), 'scram-sha-256');
    assert.deepEqual([r.line, r.endLine], [0, 2]);
  });

  it('reads include directives and reports bad lines as spans', () => {
    const text = 'include_dir hba.d\nhots all all 10.0.0.0/8 md5\nhost all all 10.0.0.0/33 md5\nhost all all 10.0.0.0/8 crypt\n';
    const { tree, problems } = parsePgHba(new SourceFile(text));
    assert.deepEqual(tree!.entries.map((e) => e.kind), ['include']);
    assert.deepEqual(problems.map((p) => slice(text, p.span)), ['hots', '10.0.0.0/33', 'crypt']);
  });
});

describe('PostgreSQL format detection', () => {
  const linter = new Linter(ALL_FORMATS, []);
  const detect = (path: string, text = 'ssl = on\n'): string | undefined => linter.detectFormat(path, text)?.id;
  it('detects postgresql.conf and its relatives', () => {
    assert.deepEqual(
      ['/etc/postgresql/15/main/postgresql.conf', '/data/postgresql.auto.conf', '/x/replica.postgresql.conf', '/etc/postgresql/15/main/conf.d/tls.conf'].map((p) => detect(p)),
      ['postgresql', 'postgresql', 'postgresql', 'postgresql'],
    );
    assert.equal(detect('/etc/postgresql/15/main/pg_hba.conf', 'local all all peer\n'), 'pg-hba');
    assert.equal(detect('/x/replica_pg_hba.conf', 'local all all peer\n'), 'pg-hba');
    assert.equal(detect('/srv/app/conf.d/x.conf'), undefined);
    assert.equal(linter.detectFormat('/any/file', '', 'postgresql-conf')?.id, 'postgresql');
    assert.equal(linter.detectFormat('/any/file', '', 'pg-hba-conf')?.id, 'pg-hba');
  });

  it('detects the pg_hba fragments PostgreSQL 16 includes, by folder name or by their records', () => {
    const records = '# app servers\nhostssl app app 10.0.1.0/24 scram-sha-256\ninclude_if_exists extra.conf\n';
    assert.equal(detect('/etc/postgresql/16/main/pg_hba.d/10-app.conf', records), 'pg-hba');
    assert.equal(detect('/srv/db/hba.d/10-app.conf', records), 'pg-hba');
    assert.equal(detect('/etc/postgresql/16/main/conf.d/10-app.conf', records), 'pg-hba');
    // A conf.d fragment of settings stays postgresql.conf's; a folder named hba with other text is nobody's.
    assert.equal(detect('/etc/postgresql/16/main/conf.d/tls.conf', 'ssl = on\n'), 'postgresql');
    assert.equal(detect('/srv/db/hba.d/notes.conf', 'ssl = on\n'), undefined);
    assert.equal(detect('/srv/app/conf.d/x.conf', records), undefined);
  });
});
