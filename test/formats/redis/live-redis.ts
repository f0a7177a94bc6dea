/**
 * Throwaway redis-server instances for tests: unix socket (and, when asked,
 * a loopback port), no persistence, never daemonized, always shut down with
 * SHUTDOWN NOSAVE (SIGKILL after a timeout). Missing binaries are an error,
 * never a silent skip.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const REDIS_SERVER = '/usr/bin/redis-server';
export const REDIS_CLI = '/usr/bin/redis-cli';

export function requireRedisBinaries(): void {
  for (const bin of [REDIS_SERVER, REDIS_CLI]) {
    if (!existsSync(bin)) throw new Error(`${bin} is missing: install Debian's redis-server and redis-tools (apt-get install redis-server redis-tools)`);
  }
}

export interface LiveRedis {
  /** Run redis-cli against the instance. */
  cli(...args: string[]): string;
}

export interface StartResult {
  /** True when the server answered PING. */
  ok: boolean;
  /** Its output (errors such as "FATAL CONFIG FILE ERROR"). */
  log: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A free loopback TCP port. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Start redis-server with `args` (e.g. a config file and overrides), run
 * `body` while it answers, then shut it down. Resolves when it has exited.
 */
export async function withRedis<T>(args: string[], body: (redis: LiveRedis) => T, timeoutMs = 10000): Promise<StartResult & { value?: T }> {
  requireRedisBinaries();
  const dir = mkdtempSync(join(tmpdir(), 'hardenlint-redis-'));
  const socket = join(dir, 'redis.sock');
  const child = spawn(REDIS_SERVER, [...args, '--unixsocket', socket, '--daemonize', 'no', '--dir', dir, '--save', '', '--appendonly', 'no', '--logfile', '', '--pidfile', join(dir, 'redis.pid')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr.on('data', (d: Buffer) => (log += d.toString()));
  const cli = (...a: string[]) => execFileSync(REDIS_CLI, ['-s', socket, ...a], { encoding: 'utf8', timeout: 5000 });
  const started = Date.now();
  try {
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) return { ok: false, log };
      // A config with a password or without a default user answers NOAUTH: it is up all the same.
      if (existsSync(socket) && /PONG|NOAUTH|NOPERM|WRONGPASS/.test(answer(cli, 'ping'))) break;
      if (Date.now() - started > timeoutMs) return { ok: false, log: log + '\n(timed out waiting for PING)' };
      await sleep(50);
    }
    return { ok: true, log, value: body({ cli }) };
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      // SHUTDOWN NOSAVE when the connection may run it; otherwise SIGTERM, which saves nothing here either (no save points, no AOF).
      if (!/^(OK)?$/.test(answer(cli, 'shutdown', 'nosave').trim())) child.kill('SIGTERM');
      for (let i = 0; i < 60 && child.exitCode === null && child.signalCode === null; i++) await sleep(50);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

/** redis-cli's output, error replies included. */
function answer(cli: (...a: string[]) => string, ...args: string[]): string {
  try {
    return cli(...args);
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return `${err.stdout ?? ''}${err.stderr ?? ''}`;
  }
}

/** CONFIG GET output as a map. */
export function configGet(redis: LiveRedis, pattern: string): Record<string, string> {
  const lines = redis.cli('config', 'get', pattern).replace(/\n$/, '').split('\n');
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < lines.length; i += 2) out[lines[i]!] = lines[i + 1]!;
  return out;
}
