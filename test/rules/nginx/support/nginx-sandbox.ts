/**
 * A throwaway nginx prefix for `nginx -t`: self-signed certificate, writable
 * temp paths, and wrapping of config fragments into a whole configuration.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseNginx } from '../../../../server/formats/nginx/parse';

export const NGINX_BINARY = process.env.NGINX_BINARY ?? '/usr/sbin/nginx';

export interface NginxSandbox {
  dir: string;
  check(config: string): { ok: boolean; output: string };
  dispose(): void;
}

/** A temp prefix with a self-signed certificate and writable temp paths. */
export function nginxSandbox(): NginxSandbox {
  assert.ok(existsSync(NGINX_BINARY), `nginx is not installed at ${NGINX_BINARY}: install it (Debian: apt-get install nginx) to run the fix validity tests`);
  const dir = mkdtempSync(join(tmpdir(), 'hardenlint-nginx-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=localhost', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
  writeFileSync(join(dir, 'mime.types'), 'types {\n    text/html html;\n}\n');
  let n = 0;
  return {
    dir,
    check(config) {
      const file = join(dir, `case-${++n}.conf`);
      writeFileSync(file, wrap(config, dir));
      const r = spawnSync(NGINX_BINARY, ['-t', '-q', '-p', dir, '-c', file, '-e', join(dir, 'error.log'), '-g', `pid ${join(dir, 'nginx.pid')};`], { encoding: 'utf8' });
      return { ok: r.status === 0, output: `${r.stderr}${r.stdout}\n--- config ---\n${wrap(config, dir)}` };
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

function httpCommon(dir: string): string {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${join(dir, t)};`).join(' ');
  return `\naccess_log off; ${temp} ssl_certificate ${join(dir, 'cert.pem')}; ssl_certificate_key ${join(dir, 'key.pem')};\n`;
}

/** Put a fragment where nginx expects it: a full config gets the common http settings, a server-level snippet gets http and server around it. */
export function wrap(config: string, dir: string): string {
  const { file } = parseNginx(config, 'case.conf');
  const names = new Set(file.directives.map((d) => d.name));
  const events = names.has('events') ? '' : 'events {}\n';
  const http = file.directives.find((d) => d.name === 'http' && d.block);
  if (http?.block) return events + config.slice(0, http.block.open + 1) + httpCommon(dir) + config.slice(http.block.open + 1);
  if (names.has('location')) return `${events}http {${httpCommon(dir)}server {\n${config}\n}\n}\n`;
  return `${events}http {${httpCommon(dir)}${config}\n}\n`;
}

