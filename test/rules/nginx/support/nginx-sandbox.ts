/**
 * A throwaway nginx prefix for `nginx -t`: self-signed certificate, writable
 * temp paths, stand-ins for the known files a configuration includes from
 * outside the workspace, and wrapping of config fragments into a whole
 * configuration.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
  writeStandIns(dir);
  let n = 0;
  return {
    dir,
    check(config) {
      const file = join(dir, `case-${++n}.conf`);
      const text = withStandIns(wrap(config, dir), dir);
      writeFileSync(file, text);
      const r = spawnSync(NGINX_BINARY, ['-t', '-q', '-p', dir, '-c', file, '-e', join(dir, 'error.log'), '-g', `pid ${join(dir, 'nginx.pid')};`], { encoding: 'utf8' });
      return { ok: r.status === 0, output: `${r.stderr}${r.stdout}\n--- config ---\n${text}` };
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Certbot's TLS options as its current version writes them (cipher list shortened): fixed outputs are checked together with what it sets. */
const CERTBOT_OPTIONS = [
  'ssl_session_cache shared:le_nginx_SSL:10m;',
  'ssl_session_timeout 1440m;',
  'ssl_session_tickets off;',
  'ssl_protocols TLSv1.2 TLSv1.3;',
  'ssl_prefer_server_ciphers off;',
  'ssl_ciphers "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256";',
];

/** The files the rules take to have known content, written into the prefix (relative includes resolve there). */
function writeStandIns(dir: string): void {
  mkdirSync(join(dir, 'letsencrypt'));
  writeFileSync(join(dir, 'letsencrypt', 'options-ssl-nginx.conf'), CERTBOT_OPTIONS.join('\n') + '\n');
  mkdirSync(join(dir, 'snippets'));
  writeFileSync(join(dir, 'snippets', 'snakeoil.conf'), `ssl_certificate ${join(dir, 'cert.pem')};\nssl_certificate_key ${join(dir, 'key.pem')};\n`);
}

/** Certbot's file is included by an absolute path outside the sandbox: point it at the stand-in. */
function withStandIns(config: string, dir: string): string {
  return config.replace(/(\binclude\s+)\S*\/letsencrypt\/options-ssl-nginx\.conf;/g, (_, include: string) => `${include}${join(dir, 'letsencrypt', 'options-ssl-nginx.conf')};`);
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

