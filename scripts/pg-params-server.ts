/**
 * Runs Debian's PostgreSQL server binaries for the parameter table generator
 * (scripts/pg-params.ts) and for the tests that check configs against the real
 * server. The server refuses to run as root, so as root every call goes
 * through `runuser -u postgres --`.
 */
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PG_MAJOR = 15;
export const INSTALL_HINT = `PostgreSQL ${PG_MAJOR} is not installed: install Debian's postgresql-${PG_MAJOR} package (apt-get install postgresql-${PG_MAJOR})`;

/** The bin folder of Debian's PostgreSQL 15, or undefined when it is not installed. */
export function pgBinDir(major = PG_MAJOR): string | undefined {
  const dir = join('/usr/lib/postgresql', String(major), 'bin');
  return existsSync(join(dir, 'postgres')) ? dir : undefined;
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Run a server binary (as the postgres user when we are root). */
export function runPg(binDir: string, tool: string, args: string[], input?: string): RunResult {
  const exe = join(binDir, tool);
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', exe, ...args]] : [exe, args];
  const r = spawnSync(cmd, argv, { encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status ?? 1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

function serverUserIds(): { uid: number; gid: number } {
  const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) throw new Error(`user "postgres" does not exist. ${INSTALL_HINT}`);
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** A scratch folder the server user can write to. */
export function makeScratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  if (asRoot) {
    const { uid, gid } = serverUserIds();
    chownSync(dir, uid, gid);
  }
  return dir;
}

/** A fresh, minimal data directory inside `scratch` (initdb without fsync). */
export function initDataDir(binDir: string, scratch: string): string {
  const data = join(scratch, 'data');
  const r = runPg(binDir, 'initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '--no-instructions']);
  if (r.status !== 0) throw new Error(`initdb failed: ${r.stderr || r.stdout}`);
  return data;
}

export function removeScratch(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Run SQL in single-user mode against `dataDir`. */
export function singleUser(binDir: string, dataDir: string, sql: string, extraArgs: string[] = []): RunResult {
  return runPg(binDir, 'postgres', ['--single', '-D', dataDir, ...extraArgs, 'postgres'], sql);
}

/** One row of `postgres --describe-config` (tab-separated). */
export interface DescribedParam {
  name: string;
  context: string;
  group: string;
  type: string;
  /** Only meaningful for STRING and ENUM: the server prints uninitialised reset values for the other types. */
  defaultText: string;
  min: string;
  max: string;
}

export function describeConfig(binDir: string): DescribedParam[] {
  const r = runPg(binDir, 'postgres', ['--describe-config']);
  if (r.status !== 0) throw new Error(`postgres --describe-config failed: ${r.stderr}`);
  return r.stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((line) => {
      const [name = '', context = '', group = '', type = '', defaultText = '', min = '', max = ''] = line.split('\t');
      return { name, context, group, type, defaultText, min, max };
    });
}
