import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { nginxFormat, parseNginx, unescapeNginx, walkNginxDirectives } from '../../../server/formats/nginx';
import type { NginxDirective, NginxFile } from '../../../server/formats/nginx';
import type { Span } from '../../../server/engine/types';
import { corpusPath } from '../../harness/paths';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function spansOf(file: NginxFile): Array<[string, Span]> {
  const out: Array<[string, Span]> = file.comments.map((c) => ['comment', c.span] as [string, Span]);
  for (const d of walkNginxDirectives(file)) {
    out.push([`${d.name} span`, d.span], [`${d.name} name`, d.nameSpan]);
    for (const a of d.args) out.push([`${d.name} arg`, a.span]);
    if (d.block) {
      out.push([`${d.name} block`, { start: d.block.open, end: d.block.close }]);
      for (const c of d.block.comments) out.push(['comment', c.span]);
      if (d.block.raw) out.push([`${d.name} raw`, d.block.raw.span]);
    }
  }
  return out;
}

const root = corpusPath('nginx');
const corpus = files(root);

test('every corpus file parses with spans in range, matching the text they cover', () => {
  assert.ok(corpus.length >= 70, `only ${corpus.length} corpus files`);
  for (const path of corpus) {
    const text = readFileSync(path, 'utf8');
    const { file, problems } = parseNginx(text, path);
    const name = relative(root, path);
    for (const [what, span] of spansOf(file)) {
      assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length, `${name}: ${what} ${JSON.stringify(span)}`);
    }
    for (const p of problems) assert.ok(p.span.start >= 0 && p.span.end <= text.length, `${name}: problem span`);
    for (const d of walkNginxDirectives(file)) {
      const written = text.slice(d.nameSpan.start, d.nameSpan.end);
      // Map and types entries may be quoted: the name is then the unquoted value.
      assert.equal(/^["']/.test(written) ? unescapeNginx(written.slice(1, -1)) : unescapeNginx(written), d.name, `${name}: name text`);
      for (const a of d.args) assert.equal(text.slice(a.span.start, a.span.end), a.raw, `${name}: raw text`);
      assert.equal(d.file, path);
      if (d.block?.closed) assert.equal(text[d.block.close - 1], '}', `${name}: ${d.name} close`);
    }
  }
});

test('known-valid corpus files (all of them are real, working configs) produce no problems', () => {
  const withProblems = corpus
    .map((path) => [relative(root, path), parseNginx(readFileSync(path, 'utf8'), path).problems] as const)
    .filter(([, problems]) => problems.length > 0)
    .map(([name, problems]) => `${name}: ${problems.map((p) => p.message).join('; ')}`);
  assert.deepEqual(withProblems, []);
});

test('corpus structure: well-known directives are where nginx has them', () => {
  const text = readFileSync(corpusPath('nginx', 'h5bp', 'nginx.conf'), 'utf8');
  const { file } = parseNginx(text, 'nginx.conf');
  const http = file.directives.find((d) => d.name === 'http');
  assert.ok(http?.block?.closed);
  const names = http.block.children.map((d: NginxDirective) => d.name);
  assert.ok(names.includes('include'));
  assert.ok(walkNginxDirectives(file).every((d) => d.parent === undefined || d.parent.block!.children.includes(d)));
});

test('format detection: certain paths, ambiguous folders need nginx-looking content', () => {
  const detect = (path: string, text: string) => nginxFormat.matchesPath(path) && (nginxFormat.matchesContent?.(text, path) ?? true);
  const server = 'server {\n  listen 80;\n}\n';
  const postgres = "shared_buffers = 128MB\nlisten_addresses = '*'\n";
  assert.equal(detect('/etc/nginx/nginx.conf', ''), true);
  assert.equal(detect('/srv/site.nginx', '# empty'), true);
  assert.equal(detect('/etc/nginx/conf.d/x.conf', postgres), true, 'anything under an nginx folder');
  assert.equal(detect('/etc/nginx/mime.types', 'types {}'), true);
  assert.equal(detect('C:\\etc\\nginx\\sites-enabled\\default', server), true);
  assert.equal(detect('/etc/postgresql/15/main/conf.d/tuning.conf', postgres), false);
  assert.equal(detect('/srv/app/conf.d/site.conf', server), true);
  assert.equal(detect('/srv/app/conf.d/site.conf', postgres), false);
  assert.equal(detect('/srv/app/snippets/ssl.conf', 'ssl_protocols TLSv1.2 TLSv1.3;\n'), true);
  assert.equal(detect('/srv/app/sites-available/example', 'location / {\n  proxy_pass http://app;\n}\n'), true);
  assert.equal(detect('/srv/app/sites-available/example', '<VirtualHost *:80>\n</VirtualHost>\n'), false);
  assert.equal(detect('/srv/redis.conf', 'bind 127.0.0.1\n'), false);
  assert.equal(detect('/srv/app/mime.types', 'types {}'), false, 'mime.types only inside an nginx folder');
  assert.deepEqual(nginxFormat.languageIds, ['nginx', 'NGINX']);
  for (const path of corpus.filter((p) => /(nginx\.conf|conf\.d\/.*\.conf|sites-available\/)/.test(p))) {
    assert.equal(detect(path, readFileSync(path, 'utf8')), true, relative(root, path));
  }
});
