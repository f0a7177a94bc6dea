/**
 * Every fixed redis.conf from the rule tables, and the hardened fixture,
 * loads in the real redis-server. Listening settings are overridden on the
 * command line (a free loopback port for TLS, the unix socket, no
 * persistence), and TLS configs get throwaway certificates made with openssl,
 * so the test checks that every directive and value is accepted, not the
 * network. Redis reports bad config with "FATAL CONFIG FILE ERROR" and exits.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InvalidCase } from '../../harness/rule-tester';
import { freePort, withRedis } from '../../formats/redis/live-redis';
import { repoPath } from '../../harness/paths';
import * as auth from './cases/require-authentication';
import * as strong from './cases/strong-password';
import * as bind from './cases/no-bind-all-interfaces';
import * as protectedMode from './cases/protected-mode';
import * as plaintext from './cases/tls-plaintext-port';
import * as protocols from './cases/tls-protocols';
import * as enable from './cases/unsafe-enable-options';
import * as acl from './cases/acl-least-privilege';
import * as dangerous from './cases/dangerous-commands';

const TABLES: Record<string, InvalidCase[]> = {
  'require-authentication': auth.invalid,
  'strong-password': strong.invalid,
  'no-bind-all-interfaces': bind.invalid,
  'protected-mode': protectedMode.invalid,
  'tls-plaintext-port': plaintext.invalid,
  'tls-protocols': protocols.invalid,
  'unsafe-enable-options': enable.invalid,
  'acl-least-privilege': acl.invalid,
  'dangerous-commands': dangerous.invalid,
};

let dir = '';
let certArgs: string[] = [];

before(() => {
  if (!existsSync('/usr/bin/openssl')) throw new Error('/usr/bin/openssl is missing: install Debian\'s openssl');
  dir = mkdtempSync(join(tmpdir(), 'hardenlint-redis-tls-'));
  const key = join(dir, 'redis.key');
  const crt = join(dir, 'redis.crt');
  execFileSync('/usr/bin/openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', crt, '-days', '1', '-subj', '/CN=localhost'], { stdio: 'ignore' });
  certArgs = ['--tls-cert-file', crt, '--tls-key-file', key, '--tls-ca-cert-file', crt];
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function assertStarts(name: string, text: string): Promise<void> {
  const file = join(dir, `${name.replace(/[^a-z0-9]+/gi, '-')}.conf`);
  writeFileSync(file, text);
  const usesTls = /^\s*tls-/im.test(text);
  const tls = usesTls ? ['--tls-port', String(await freePort()), ...certArgs] : [];
  const result = await withRedis([file, '--port', '0', '--bind', '127.0.0.1', ...tls], () => undefined);
  assert.ok(result.ok, `redis-server refused the fixed config:\n${text}\n---\n${result.log}`);
}

describe('fixed Redis configs load in redis-server', () => {
  for (const [rule, cases] of Object.entries(TABLES)) {
    cases.forEach((c, i) => {
      if (c.output === null || c.host) return;
      it(`${rule} #${i + 1}${c.name ? `: ${c.name}` : ''}`, async () => assertStarts(`${rule}-${i}`, c.output!));
    });
  }
  it('the hardened fixture', async () => assertStarts('hardened', readFileSync(repoPath('test', 'rules', 'redis', 'fixtures', 'hardened.redis.conf'), 'utf8')));
  it('a broken config is refused (the check can fail)', async () => {
    const file = join(dir, 'broken.conf');
    writeFileSync(file, 'requirepass "abc"def\n');
    const result = await withRedis([file, '--port', '0'], () => undefined);
    assert.equal(result.ok, false);
    assert.match(result.log, /FATAL CONFIG FILE ERROR|Bad directive|Unbalanced quotes/);
  });
});
