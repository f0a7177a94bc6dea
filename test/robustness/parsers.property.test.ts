/**
 * Property tests for every parser on its own (no engine around it to catch a
 * throw): random text built from each syntax's own tokens, arbitrary Unicode,
 * and mutations of real configs. A parser never throws, and every span in its
 * tree and problems lies inside the text.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createLinter } from '../../server/default-linter';
import { SourceFile } from '../../server/engine/source';
import type { Format, FormatId } from '../../server/engine/types';
import { parseRedisCommandLine, type CommandLineArg } from '../../server/formats/redis/parse-command-line';
import { quoteRedisArg, splitArgs } from '../../server/formats/redis/split-args';
import { headLines, loadSamples } from './corpus-samples';
import { assertTreeSpansInside, mutate, mutationArb } from './properties';

const linter = createLinter();
const samples = loadSamples(linter).map((s) => headLines(s, 300));

const TOKENS: Record<FormatId, string[]> = {
  compose: [
    'services:', 'web:', '  ', '    ', '\n', '\r\n', '- ', 'image: ', 'nginx:1.27', '&a ', '*a', '<<: ', '"', "'", '{', '}', '[', ']', ', ', '${X:-y}', '$$',
    '#', '|', '>-', '---\n', '...\n', '!!str ', '? ', 'ports:', '"80:80"', '0.0.0.0:5432:5432', 'environment:', 'POSTGRES_PASSWORD: ', 'command: ',
    'volumes:', '/var/run/docker.sock:/var/run/docker.sock', 'privileged: true', 'user: root', 'cap_add:', 'ALL', 'env_file: ', '../x.env', '\t', ':', 'x-',
  ],
  nginx: [
    'server', 'http', 'location', 'events', ' {', '}', ';', ' ', '\n', '\r\n', '"', "'", '\\', '#', 'add_header', 'include', 'conf.d/*.conf', 'listen', '80',
    'ssl_protocols', 'TLSv1', '$host', '${x}', 'if', ' (', ')', '~*', '^/a$', 'return', '301', 'server_tokens', 'on', 'proxy_pass', 'http://$arg_u', 'map', 'default',
  ],
  postgresql: [
    'listen_addresses', ' = ', '=', "'", '*', '#', '\n', '\r\n', ' ', '\t', 'ssl', 'on', 'include', 'include_dir', "'file.conf'", '\\', "''", 'password_encryption',
    'md5', 'scram-sha-256', '1GB', '10s', '-', '.', '0', 'log_connections', 'shared_preload_libraries', "'pgaudit,pg_stat_statements'", 'ü',
  ],
  'pg-hba': [
    'host', 'local', 'hostssl', 'hostnossl', 'all', 'trust', 'md5', 'scram-sha-256', '0.0.0.0/0', '::1/128', '192.168.0.1', '255.255.255.0', 'samehost', '"', ',',
    '+group', '@file', '\\', '#', ' ', '\t', '\n', '\r\n', 'include', 'include_if_exists', 'cert', 'clientcert=verify-full', 'map=x', 'replication', '/^re$',
  ],
  redis: [
    'bind', '127.0.0.1', '0.0.0.0', '-::*', 'protected-mode', 'no', 'yes', 'requirepass', '"', "'", '\\x4', '\\x41', '\\', '\\n', 'user', 'default', 'on', 'off',
    'nopass', '~*', '+@all', '-flushall', '>pw', '#hash', 'rename-command', 'CONFIG', '""', 'include', '/etc/redis/*.conf', ' ', '\t', '\n', '\r\n', '#', 'port',
    '6379', 'save', 'aclfile', 'enable-debug-command', 'local', 'tls-port',
  ],
};

const PATHS: Record<FormatId, string> = {
  compose: '/w/docker-compose.yml',
  nginx: '/w/nginx/nginx.conf',
  postgresql: '/w/postgresql.conf',
  'pg-hba': '/w/pg_hba.conf',
  redis: '/w/redis.conf',
};

function assertParses(format: Format, text: string, path: string): void {
  const source = new SourceFile(text);
  const { tree, problems } = format.parse(source, path);
  for (const p of problems) {
    assert.ok(p.span.start >= 0 && p.span.start <= p.span.end && p.span.end <= text.length, `problem "${p.message}" at [${p.span.start}, ${p.span.end}) outside 0..${text.length}`);
  }
  assertTreeSpansInside(tree, text.length);
}

describe('every parser on hostile text', () => {
  for (const format of linter.formats) {
    const tokenText = fc.array(fc.constantFrom(...TOKENS[format.id]), { maxLength: 120 }).map((parts) => parts.join(''));

    it(`${format.id}: token soup never throws and keeps spans inside`, () => {
      fc.assert(
        fc.property(tokenText, (text) => assertParses(format, text, PATHS[format.id])),
        { numRuns: 400, seed: 11 },
      );
    });

    it(`${format.id}: arbitrary Unicode never throws and keeps spans inside`, () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => assertParses(format, text, PATHS[format.id])),
        { numRuns: 200, seed: 12 },
      );
    });

    const own = samples.filter((s) => s.format === format.id);
    it(`${format.id}: mutations of ${own.length} real configs never throw and keep spans inside`, () => {
      assert.ok(own.length > 0, `no sample of ${format.id}`);
      fc.assert(
        fc.property(fc.nat({ max: own.length - 1 }), fc.array(mutationArb, { minLength: 1, maxLength: 6 }), (i, muts) => {
          const s = own[i]!;
          assertParses(format, mutate(s.text, muts), s.path);
        }),
        { numRuns: 200, seed: 13 },
      );
    });
  }
});

/** Arguments written one after another, as a shell would have split them. */
function commandLine(values: string[]): { text: string; args: CommandLineArg[] } {
  let text = 'redis-server';
  const args: CommandLineArg[] = [];
  for (const value of values) {
    text += ' ';
    args.push({ value, span: { start: text.length, end: text.length + value.length }, exact: true });
    text += value;
  }
  return { text, args };
}

describe('redis command lines and argument splitting', () => {
  const argUnits = fc.constantFrom('--', '-', 'port', ' ', '6379', 'save', '""', 'bind', '0.0.0.0', 'protected-mode', 'no', 'requirepass', 'x', '/etc/redis.conf', '"', "'");
  const argument = fc.oneof(fc.string({ unit: argUnits, maxLength: 6 }), fc.string({ maxLength: 12 }));

  it('parseRedisCommandLine never throws and keeps spans inside the command', () => {
    fc.assert(
      fc.property(fc.array(argument, { maxLength: 12 }), (values) => {
        const { text, args } = commandLine(values);
        const { tree, problems } = parseRedisCommandLine(args);
        for (const p of problems) assert.ok(p.span.start >= 0 && p.span.end <= text.length && p.span.start <= p.span.end);
        assertTreeSpansInside(tree, text.length);
      }),
      { numRuns: 500, seed: 21 },
    );
  });

  it('splitArgs reads back whatever quoteRedisArg writes', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 20 }), { minLength: 1, maxLength: 5 }), fc.boolean(), (values, alwaysQuote) => {
        const line = values.map((v) => quoteRedisArg(v, alwaysQuote)).join(' ');
        const split = splitArgs(line);
        assert.equal(split.error, undefined);
        assert.deepEqual(split.tokens.map((t) => t.value), values);
        for (const t of split.tokens) assert.ok(t.span.start >= 0 && t.span.end <= line.length);
      }),
      { numRuns: 500, seed: 22 },
    );
  });

  it('splitArgs never throws on arbitrary lines and keeps spans inside', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '"', "'", '\\', 'x', '4', 'f', '\t', '\n', '\u0000', 'é'), maxLength: 60 }), (line) => {
        const split = splitArgs(line);
        for (const t of split.tokens) assert.ok(t.span.start >= 0 && t.span.start <= t.span.end && t.span.end <= line.length);
        if (split.error) assert.ok(split.error.span.end <= line.length);
      }),
      { numRuns: 500, seed: 23 },
    );
  });
});
