#!/usr/bin/env node
// Regenerates server/formats/redis/defaults-data.ts from the installed
// redis-server: compiled-in configuration defaults (CONFIG GET *), the
// default user's ACL and the command lists of every ACL category.
//
// A throwaway instance listens on a unix socket only (--port 0) and is shut
// down with SHUTDOWN NOSAVE. A second one reads the default `port`, which the
// first overrides: it binds one unusual loopback address and never leaves it.
//
// Usage: node scripts/redis-defaults.mjs [--check]
//   --check  compare instead of writing; exits 1 when the file is stale.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER = process.env.REDIS_SERVER ?? '/usr/bin/redis-server';
const CLI = process.env.REDIS_CLI ?? '/usr/bin/redis-cli';
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'server', 'formats', 'redis', 'defaults-data.ts');
// Set on the throwaway command line, so CONFIG GET does not show their defaults.
const OVERRIDDEN = new Set(['port', 'unixsocket', 'unixsocketperm', 'save', 'appendonly', 'daemonize', 'dir', 'bind']);

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

async function withServer(args, body) {
  const dir = mkdtempSync(join(tmpdir(), 'redis-defaults-'));
  const socket = join(dir, 'redis.sock');
  const child = spawn(SERVER, ['--unixsocket', socket, '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--dir', dir, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const cli = (...a) => execFileSync(CLI, ['-s', socket, ...a], { encoding: 'utf8', timeout: 5000 });
  try {
    for (let i = 0; ; i++) {
      if (child.exitCode !== null) throw new Error(`redis-server exited: ${log}`);
      if (existsSync(socket)) {
        try {
          if (cli('ping').trim() === 'PONG') break;
        } catch {
          /* not ready yet */
        }
      }
      if (i > 100) throw new Error(`redis-server did not answer: ${log}`);
      await sleep(50);
    }
    return body(cli);
  } finally {
    try {
      cli('shutdown', 'nosave');
    } catch {
      /* already gone */
    }
    for (let i = 0; i < 40 && child.exitCode === null; i++) await sleep(50);
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

function pairs(text) {
  const lines = text.replace(/\n$/, '').split('\n');
  const out = {};
  for (let i = 0; i + 1 < lines.length; i += 2) out[lines[i]] = lines[i + 1];
  return out;
}

const version = execFileSync(SERVER, ['--version'], { encoding: 'utf8' }).match(/v=(\S+)/)[1];
const main = await withServer(['--port', '0'], (cli) => {
  const config = pairs(cli('config', 'get', '*'));
  const acl = cli('acl', 'list').trim();
  const categories = {};
  for (const cat of cli('acl', 'cat').trim().split('\n')) categories[cat] = cli('acl', 'cat', cat).trim().split('\n').filter(Boolean).sort();
  return { config, acl, categories };
});
const implicit = await withServer(['--bind', '127.77.0.1'], (cli) => pairs(cli('config', 'get', 'port')));

const config = {};
for (const key of Object.keys(main.config).sort()) if (!OVERRIDDEN.has(key)) config[key] = main.config[key];
config.port = implicit.port;
// `bind` has to be read from the first instance, which did not set it.
config.bind = main.config.bind;

const body = `/**
 * Redis ${version} compiled-in defaults, read from the real server by
 * scripts/redis-defaults.mjs (do not edit by hand). A setting a config file
 * does not mention has this value. Left out because the generating instance
 * sets them: ${[...OVERRIDDEN].filter((k) => k !== 'bind').sort().join(', ')} (port is read from a second instance).
 */
export const REDIS_DEFAULTS_VERSION = ${JSON.stringify(version)};

export const REDIS_CONFIG_DEFAULTS: Readonly<Record<string, string>> = ${JSON.stringify(config, null, 2)};

/** The default user before requirepass or \`user default\` change it. */
export const REDIS_DEFAULT_USER_ACL = ${JSON.stringify(main.acl)};

/** ACL categories and their commands (\`container|subcommand\` for subcommands). */
export const REDIS_ACL_CATEGORIES: Readonly<Record<string, readonly string[]>> = ${JSON.stringify(main.categories)};
`;

if (process.argv.includes('--check')) {
  const current = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
  if (current !== body) {
    console.error(`${OUT} differs from redis-server ${version}; run node scripts/redis-defaults.mjs`);
    process.exit(1);
  }
  console.log(`defaults match redis-server ${version}`);
} else {
  writeFileSync(OUT, body);
  console.log(`wrote ${OUT} (redis-server ${version}, ${Object.keys(config).length} settings)`);
}
