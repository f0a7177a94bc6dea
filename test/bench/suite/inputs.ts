/** Benchmark inputs: the real corpus and generated large files. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Linter } from '../../../server/engine/linter';
import type { FormatId } from '../../../server/engine/types';
import { corpusPath } from '../../harness/paths';
import { loadSamples, type Sample } from '../../robustness/corpus-samples';
import { generateCompose } from '../bench';

export interface Input {
  name: string;
  format: FormatId;
  /** Where the text is (or would be) on disk; includes resolve from here. */
  path: string;
  text: string;
  /** Other files the lint reads (nginx includes), counted in the bytes processed. */
  extraBytes?: number;
}

export function corpusByFormat(linter: Linter): Map<FormatId, Sample[]> {
  const out = new Map<FormatId, Sample[]>();
  for (const s of loadSamples(linter)) {
    if (!s.path.startsWith(corpusPath())) continue;
    out.set(s.format, [...(out.get(s.format) ?? []), s]);
  }
  return out;
}

/** An nginx server block of about 20 lines, half of them hardened. */
function nginxServer(i: number): string {
  const tls = i % 2 === 0;
  return [
    'server {',
    tls ? '    listen 443 ssl;' : '    listen 80;',
    `    server_name site${i}.example.com;`,
    // Relative to the prefix, so `nginx -t -p <folder>` finds a throwaway certificate there.
    ...(tls ? ['    ssl_certificate ssl/site.pem;', '    ssl_certificate_key ssl/site.key;', '    ssl_protocols TLSv1.2 TLSv1.3;'] : ['    server_tokens on;']),
    '    add_header X-Frame-Options "SAMEORIGIN" always;',
    '    client_max_body_size 10m;',
    `    root /srv/site${i};`,
    '    location / {',
    '        try_files $uri $uri/ =404;',
    '    }',
    '    location /api/ {',
        `        proxy_pass http://127.0.0.1:${8080 + (i % 7)};`,
    '        proxy_set_header Host $host;',
    '        proxy_read_timeout 30s;',
    '    }',
    '    location ~ /\\.git {',
    '        deny all;',
    '    }',
    '}',
    '',
  ].join('\n');
}

/** A 10,000-line nginx.conf in one file. */
export function nginxSingle(lines: number): Input {
  const parts = ['events {}', 'http {', '    include mime.types;'];
  let count = 3;
  for (let i = 0; count < lines; i++) {
    const block = nginxServer(i).replace(/^/gm, '    ');
    parts.push(block);
    count += block.split('\n').length;
  }
  parts.push('}\n');
  return { name: `nginx.conf, ${lines} lines`, format: 'nginx', path: '/bench/nginx/nginx.conf', text: parts.join('\n') };
}

/** nginx.conf that includes `files` conf.d files of `linesPerFile` lines each, written to a temporary folder. */
export function nginxWithIncludes(files: number, linesPerFile: number): Input {
  const dir = mkdtempSync(join(tmpdir(), 'hardenlint-bench-nginx-'));
  mkdirSync(join(dir, 'conf.d'));
  let extraBytes = 0;
  for (let f = 0; f < files; f++) {
    let text = '';
    for (let i = 0; text.split('\n').length < linesPerFile; i++) text += nginxServer(f * 100 + i);
    writeFileSync(join(dir, 'conf.d', `site${f}.conf`), text);
    extraBytes += text.length;
  }
  const text = 'events {}\nhttp {\n    server_tokens off;\n    include conf.d/*.conf;\n}\n';
  writeFileSync(join(dir, 'nginx.conf'), text);
  return { name: `nginx.conf + ${files} includes, ${files * linesPerFile} lines`, format: 'nginx', path: join(dir, 'nginx.conf'), text, extraBytes };
}

export function composeLines(lines: number): Input {
  return { name: `docker-compose.yml, ${lines} lines`, format: 'compose', path: '/bench/docker-compose.yml', text: generateCompose(lines) };
}

function repeated(name: string, format: FormatId, file: string, times: number, path: string): Input {
  const text = readFileSync(file, 'utf8');
  return { name: `${name} ×${times}`, format, path, text: Array(times).fill(text).join('\n') };
}

export function stockRedis(times: number): Input {
  return repeated('redis.conf (7.2.6 stock)', 'redis', corpusPath('redis', 'redis-7.2.6', 'redis.conf'), times, '/bench/redis.conf');
}

export function stockPostgresql(times: number): Input {
  return repeated('postgresql.conf.sample (15)', 'postgresql', corpusPath('postgresql', 'postgres-15.18', 'postgresql.conf.sample'), times, '/bench/postgresql.conf');
}

export function stockPgHba(times: number): Input {
  return repeated('pg_hba.conf.sample (15)', 'pg-hba', corpusPath('postgresql', 'postgres-15.18', 'pg_hba.conf.sample'), times, '/bench/pg_hba.conf');
}
