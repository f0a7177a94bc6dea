/**
 * Peers measured in the same run on the same files: dclint (installed with
 * scripts/bench/install-peers.sh into .tools/bench/, never into the project)
 * against the hardenlint CLI on the compose corpus, and `nginx -t` on the
 * generated nginx configs as a reference for what the real parser costs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Linter } from '../../../server/engine/linter';
import { FsHost } from '../../../server/node/fs-host';
import { repoPath } from '../../harness/paths';
import { corpusByFormat, nginxSingle, nginxWithIncludes, type Input } from './inputs';
import { median, ms, type Row } from './measure';

const HARDENLINT_CLI = join(__dirname, '..', '..', '..', 'server', 'cli', 'main.js');
const DCLINT = repoPath('.tools', 'bench', 'node_modules', '.bin', 'dclint');

/** Median wall time of a command over `runs` runs (exit status ignored: linters exit non-zero on findings). */
function wallTime(runs: number, command: string, args: string[], cwd?: string): { ms: number; ok: boolean; output: string } {
  const times: number[] = [];
  let last = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    last = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    times.push(performance.now() - t);
  }
  return { ms: median(times), ok: last.error === undefined && last.status !== null, output: `${last.stderr ?? ''}`.slice(0, 300) };
}

export function dclintRows(linter: Linter): Row[] {
  const section = 'peers: compose corpus, one CLI process each';
  const files = (corpusByFormat(linter).get('compose') ?? []).map((s) => s.path);
  const hl = wallTime(3, process.execPath, [HARDENLINT_CLI, '--format', 'json', ...files]);
  const hlStart = wallTime(3, process.execPath, [HARDENLINT_CLI, '--version']);
  const rows: Row[] = [
    { section, measure: `hardenlint CLI, ${files.length} files (startup alone ${ms(hlStart.ms)})`, value: ms(hl.ms) },
  ];
  if (!existsSync(DCLINT)) {
    rows.push({ section, measure: 'dclint', value: 'not installed: run scripts/bench/install-peers.sh' });
    return rows;
  }
  const dc = wallTime(3, DCLINT, ['--formatter', 'json', ...files]);
  const dcStart = wallTime(3, DCLINT, ['--version']);
  rows.push({ section, measure: `dclint, same files (startup alone ${ms(dcStart.ms)})`, value: ms(dc.ms) });
  rows.push({ section, measure: 'hardenlint / dclint wall time', value: `${(hl.ms / dc.ms).toFixed(2)}×`, target: '< 1× (faster)', met: hl.ms < dc.ms });
  return rows;
}

/** A throwaway certificate under `<prefix>/ssl` for the generated configs' TLS servers. */
function certificateIn(prefix: string): boolean {
  mkdirSync(join(prefix, 'ssl'), { recursive: true });
  const r = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=bench', '-keyout', join(prefix, 'ssl', 'site.key'), '-out', join(prefix, 'ssl', 'site.pem')], { stdio: 'ignore' });
  return r.status === 0;
}

function onDisk(input: Input): string {
  if (input.path.startsWith('/bench/')) {
    const dir = mkdtempSync(join(tmpdir(), 'hardenlint-bench-nginx-t-'));
    writeFileSync(join(dir, 'nginx.conf'), input.text);
    writeFileSync(join(dir, 'mime.types'), 'types {}\n');
    return join(dir, 'nginx.conf');
  }
  return input.path;
}

export function nginxTRows(linter: Linter): Row[] {
  const section = 'peers: nginx -t on the generated configs';
  if (!existsSync('/usr/sbin/nginx')) return [{ section, measure: 'nginx -t', value: 'nginx not installed: run scripts/install-system-deps.sh' }];
  const rows: Row[] = [];
  for (const input of [nginxSingle(10_000), nginxWithIncludes(100, 100)]) {
    const conf = onDisk(input);
    const prefix = dirname(conf);
    if (!certificateIn(prefix)) return [{ section, measure: 'nginx -t', value: 'openssl failed' }];
    const t = wallTime(3, '/usr/sbin/nginx', ['-t', '-q', '-p', prefix, '-c', conf, '-e', join(prefix, 'error.log'), '-g', `pid ${join(prefix, 'nginx.pid')};`]);
    const lintMs = median(
      [0, 1, 2].map(() => {
        const t0 = performance.now();
        linter.lintText(input.text, { path: conf, format: 'nginx', host: new FsHost({ roots: [prefix] }) });
        return performance.now() - t0;
      }),
    );
    rows.push({ section, measure: `${input.name}: nginx -t`, value: t.ok ? ms(t.ms) : `failed: ${t.output}` });
    rows.push({ section, measure: `${input.name}: hardenlint lint (in process)`, value: ms(lintMs) });
  }
  return rows;
}
