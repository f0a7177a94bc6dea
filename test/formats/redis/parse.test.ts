import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SourceFile } from '../../../server/engine/source';
import { splitArgs, quoteRedisArg } from '../../../server/formats/redis/split-args';
import { parseRedisConf } from '../../../server/formats/redis/parse-conf';
import { parseRedisCommandLine, type CommandLineArg } from '../../../server/formats/redis/parse-command-line';
import { redisFormat } from '../../../server/formats/redis';
import { effectiveRedis } from '../../../server/formats/redis/effective';

const values = (text: string) => splitArgs(text).tokens.map((t) => t.value);
const spans = (text: string) => splitArgs(text).tokens.map((t) => text.slice(t.span.start, t.span.end));

describe('splitArgs (sdssplitargs)', () => {
  it('splits on spaces and tabs', () => assert.deepEqual(values('bind  127.0.0.1\t-::1'), ['bind', '127.0.0.1', '-::1']));
  it('decodes double-quote escapes', () => {
    assert.deepEqual(values('x "a\\nb\\r\\t\\b\\a\\\\\\"c\\x41\\x4a\\q"'), ['x', 'a\nb\r\t\b\x07\\"cAJq']);
  });
  it('keeps \\x without two hex digits literally', () => assert.deepEqual(values('"\\xZZ"'), ['xZZ']));
  it('single quotes only know \\\'', () => assert.deepEqual(values("'a\\'b\\n'"), ["a'b\\n"]));
  it('quotes may start inside a token', () => assert.deepEqual(values('ab"c d"'), ['abc d']));
  it('empty quoted arguments', () => assert.deepEqual(values('save ""'), ['save', '']));
  it('keeps exact spans, quotes included', () => assert.deepEqual(spans('requirepass "p w"  x'), ['requirepass', '"p w"', 'x']));
  it('rejects a closing quote followed by a non-space, with its span', () => {
    const r = splitArgs('requirepass "abc"def');
    assert.match(r.error!.message, /closing quote/);
    assert.deepEqual(r.error!.span, { start: 16, end: 18 });
  });
  it('rejects an unterminated quote from the quote to the end', () => {
    const r = splitArgs("x 'abc");
    assert.match(r.error!.message, /never closed/);
    assert.deepEqual(r.error!.span, { start: 2, end: 6 });
  });
  it('quoteRedisArg round-trips', () => {
    for (const v of ['plain', '', 'a b', 'q"uote', 'back\\slash', 'nl\nx', 'TLSv1.2 TLSv1.3', '\x01']) {
      assert.deepEqual(values(quoteRedisArg(v)), [v]);
    }
  });
});

describe('parseRedisConf', () => {
  it('reads directives, comments and exact ranges; names are case-insensitive', () => {
    const text = '# requirepass foobared\r\nPORT 6379\r\n\r\n  bind 127.0.0.1 -::1  \r\nsave ""\r\n';
    const { tree, problems } = parseRedisConf(new SourceFile(text));
    assert.deepEqual(problems, []);
    assert.deepEqual(tree!.directives.map((d) => [d.name, d.nameText, text.slice(d.span.start, d.span.end)]), [
      ['port', 'PORT', 'PORT 6379'],
      ['bind', 'bind', 'bind 127.0.0.1 -::1'],
      ['save', 'save', 'save ""'],
    ]);
    assert.deepEqual(tree!.comments.map((c) => [c.text, text.slice(c.span.start, c.span.end)]), [['requirepass foobared', '# requirepass foobared']]);
    const bind = tree!.directives[1]!;
    assert.deepEqual(bind.args.map((a) => text.slice(a.span.start, a.span.end)), ['127.0.0.1', '-::1']);
  });
  it('reports unbalanced quotes as a problem and skips only that line', () => {
    const text = 'port 6379\nrequirepass "abc\nbind 127.0.0.1\n';
    const { tree, problems } = parseRedisConf(new SourceFile(text));
    assert.equal(problems.length, 1);
    assert.equal(text.slice(problems[0]!.span.start, problems[0]!.span.end), '"abc');
    assert.deepEqual(tree!.directives.map((d) => d.name), ['port', 'bind']);
  });
  it('never throws on odd input', () => {
    for (const text of ['', '\n\n', '"', "'", '\\', '#', '\0\0', 'a "b" "c', '\r\r\r']) assert.ok(parseRedisConf(new SourceFile(text)).tree);
  });
  it('last single-value directive wins; bind arguments stay together; users accumulate', () => {
    const { tree } = parseRedisConf(new SourceFile('bind 0.0.0.0\nbind 127.0.0.1 -::1\nport 1\nport 2\nuser a on\nuser b off\nrename-command A ""\nrename-command B ""\n'));
    const r = effectiveRedis(tree!.directives, { complete: true });
    assert.deepEqual(r.bind.addresses.map((a) => a.value), ['127.0.0.1', '-::1']);
    assert.equal(r.get('port').value, '2');
    assert.deepEqual(r.users.map((u) => u.state.name), ['default', 'a', 'b']);
    assert.deepEqual([...r.renamedCommands.keys()], ['a', 'b']);
    assert.equal(r.get('protected-mode').value, 'yes', 'default from the real server');
  });
});

describe('format detection', () => {
  for (const p of ['/etc/redis/redis.conf', 'redis-6380.conf', 'conf/redis_cache.conf', 'cache.redis.conf', 'C:\\redis\\redis.conf']) {
    it(`matches ${p}`, () => assert.ok(redisFormat.matchesPath(p)));
  }
  for (const p of ['/etc/redis/sentinel.conf', 'nginx.conf', 'redis.conf.bak', 'myredis.conf']) {
    it(`does not match ${p}`, () => assert.ok(!redisFormat.matchesPath(p)));
  }
});

describe('parseRedisCommandLine', () => {
  /** Arguments of a command string with their offsets in it (split on spaces). */
  function argsOf(text: string, base = 0): CommandLineArg[] {
    const out: CommandLineArg[] = [];
    for (const m of text.matchAll(/\S+/g)) out.push({ value: m[0], span: { start: base + m.index!, end: base + m.index! + m[0].length }, exact: true });
    return out;
  }
  it('config file, options and values with exact offsets', () => {
    const text = 'x: redis-server /etc/redis.conf --port 6380 --bind 127.0.0.1 ::1 --protected-mode no';
    const args = argsOf(text.slice(16), 16);
    const { tree, problems } = parseRedisCommandLine(args);
    assert.deepEqual(problems, []);
    assert.equal(tree.configFile!.value, '/etc/redis.conf');
    assert.deepEqual(tree.directives.map((d) => [d.name, text.slice(d.nameSpan.start, d.nameSpan.end), d.args.map((a) => text.slice(a.span.start, a.span.end))]), [
      ['port', 'port', ['6380']],
      ['bind', 'bind', ['127.0.0.1', '::1']],
      ['protected-mode', 'protected-mode', ['no']],
    ]);
  });
  it('"--name value" in one argument, mapped inside it', () => {
    const arg: CommandLineArg = { value: '--requirepass secret', span: { start: 10, end: 30 }, exact: true };
    const { tree } = parseRedisCommandLine([arg]);
    assert.deepEqual(tree.directives[0]!.args[0]!.span, { start: 24, end: 30 });
    assert.equal(tree.directives[0]!.name, 'requirepass');
  });
  it('an option waiting for its value takes a value starting with --', () => {
    const { tree } = parseRedisCommandLine(argsOf('--requirepass --weird --port 1'));
    assert.deepEqual(tree.directives.map((d) => [d.name, d.args.map((a) => a.value)]), [['requirepass', ['--weird']], ['port', ['1']]]);
  });
  it('a bare --save means save ""', () => {
    const { tree } = parseRedisCommandLine(argsOf('--save --appendonly no'));
    assert.deepEqual(tree.directives.map((d) => [d.name, d.args.map((a) => a.value)]), [['save', ['']], ['appendonly', ['no']]]);
  });
  it('stdin marker and stray values', () => {
    const r = parseRedisCommandLine(argsOf('- stray'));
    assert.equal(r.tree.readsStdin, true);
    assert.equal(r.problems.length, 1);
  });
});

describe('redis.conf lines that Redis would refuse or that are not server configs', () => {
  it('reports an end-of-line comment as a problem and keeps the intended arguments', () => {
    const text = 'requirepass "p@ss word"   # rotate me\nbind 127.0.0.1\n';
    const { tree, problems } = parseRedisConf(new SourceFile(text));
    assert.equal(problems.length, 1);
    assert.equal(text.slice(problems[0]!.span.start, problems[0]!.span.end), '# rotate me');
    assert.deepEqual(tree!.directives[0]!.args.map((a) => a.value), ['p@ss word']);
  });
  it('keeps a hashed ACL password (#<sha256>) as an argument', () => {
    const hash = '#' + 'a'.repeat(64);
    const { tree, problems } = parseRedisConf(new SourceFile(`user app on ${hash} ~app:* +get\n`));
    assert.deepEqual(problems, []);
    assert.ok(tree!.directives[0]!.args.some((a) => a.value === hash));
  });
  it('does not take a Sentinel config under a redis-like name for a server config', () => {
    const sentinel = 'port 26379\nsentinel monitor mymaster 127.0.0.1 6379 2\n';
    assert.equal(redisFormat.matchesPath('/w/redis-sentinel.conf'), true);
    assert.equal(redisFormat.matchesContent!(sentinel, '/w/redis-sentinel.conf'), false);
    assert.equal(redisFormat.matchesContent!('port 6379\n', '/w/redis.conf'), true);
  });
});
