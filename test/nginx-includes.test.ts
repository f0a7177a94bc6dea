/**
 * The nginx context model across files: findings land in the file where the
 * directive is written, included files are judged inside the workspace
 * nginx.conf that includes them, partial files stay silent about levels they
 * do not show, include cycles end, an unreadable include of known content
 * hides only findings about what it sets, and parsed files are cached by content.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Linter } from '../server/engine/linter';
import { ALL_FORMATS } from '../server/formats';
import type { FileHost } from '../server/engine/types';
import { nginxRules } from '../rules/nginx';
import { buildModel } from '../server/formats/nginx/context-model';
import { parseCached } from '../server/formats/nginx/includes';
import { parseNginx } from '../server/formats/nginx/parse';
import { SourceFile } from '../server/engine/source';
import { effectiveHeaders, contextsOfKind, unresolvedIncludeAbove } from '../server/formats/nginx/context';
import { lines, memoryHost } from './rules/nginx/support/memory-host';

const linter = new Linter(ALL_FORMATS, nginxRules);

function lint(host: FileHost & { files?: never }, files: Record<string, string>, path: string): string[] {
  return linter.lintText(files[path]!, { path, host, format: 'nginx' }).findings.map((f) => {
    const s = new SourceFile(files[path]!).positionAt(f.span.start);
    return `${f.ruleId}@${s.line + 1}:${s.character + 1}`;
  });
}

const HEADERS = [
  '    add_header X-Frame-Options "SAMEORIGIN" always;',
  '    add_header X-Content-Type-Options "nosniff" always;',
  '    add_header Referrer-Policy "strict-origin-when-cross-origin" always;',
  '    add_header Permissions-Policy "camera=()" always;',
  '    add_header X-XSS-Protection "1; mode=block" always;',
  '    add_header Content-Security-Policy "default-src \'self\'" always;',
];

const project: Record<string, string> = {
  '/p/nginx/nginx.conf': lines('events {}', 'http {', '    include mime.types;', ...HEADERS, '    include conf.d/*.conf;', '}'),
  '/p/nginx/mime.types': lines('types {', '    text/html html;', '}'),
  '/p/nginx/conf.d/site.conf': lines('server {', '    listen 443 ssl;', '    ssl_protocols TLSv1 TLSv1.2;', '    include snippets/hsts.conf;', '    root /srv;', '}'),
  '/p/nginx/conf.d/.disabled.conf': lines('server {', '    autoindex on;', '}'),
  '/p/nginx/snippets/hsts.conf': lines('add_header Strict-Transport-Security "max-age=600" always;'),
};

describe('nginx includes', () => {
  it('reports each finding in the file where the directive is written', () => {
    const host = memoryHost(project);
    const top = lint(host, project, '/p/nginx/nginx.conf');
    assert.ok(top.includes('nginx/server-tokens@2:1'), top.join(', '));
    assert.ok(!top.some((f) => f.startsWith('nginx/ssl-protocols') || f.startsWith('nginx/hsts')), top.join(', '));
    const site = lint(host, project, '/p/nginx/conf.d/site.conf');
    assert.ok(site.includes('nginx/ssl-protocols@3:19'), site.join(', '));
    // Judged inside nginx.conf: the http level's headers reach this server, and its server_tokens finding is nginx.conf's.
    assert.ok(!site.some((f) => f.startsWith('nginx/security-headers') || f.startsWith('nginx/server-tokens')), site.join(', '));
    // The snippet's short max-age is reported in the snippet, not in the server that includes it.
    assert.ok(!site.some((f) => f.startsWith('nginx/hsts')), site.join(', '));
    const snippet = lint(host, project, '/p/nginx/snippets/hsts.conf');
    assert.deepEqual(snippet.filter((f) => f.startsWith('nginx/hsts')), ['nginx/hsts@1:38', 'nginx/hsts@1:38']);
  });

  it('skips dot files in glob includes, as nginx does', () => {
    const model = buildModel(memoryHost(project), '/p/nginx/nginx.conf', parseNginx(project['/p/nginx/nginx.conf']!, '').file, new SourceFile(project['/p/nginx/nginx.conf']!));
    assert.deepEqual([...model.files.keys()].sort(), ['/p/nginx/conf.d/site.conf', '/p/nginx/mime.types', '/p/nginx/nginx.conf', '/p/nginx/snippets/hsts.conf']);
    const server = contextsOfKind(model.main, 'server')[0]!;
    assert.equal(model.role, 'main');
    assert.deepEqual(effectiveHeaders(server).headers.map((h) => h.name), ['strict-transport-security']);
  });

  it('keeps a partial file silent about the http level it does not show', () => {
    const files = { '/q/conf.d/site.conf': project['/p/nginx/conf.d/site.conf']! };
    const found = lint(memoryHost(files), files, '/q/conf.d/site.conf');
    assert.ok(found.includes('nginx/ssl-protocols@3:19'), found.join(', '));
    for (const silent of ['nginx/server-tokens', 'nginx/timeouts', 'nginx/error-page']) {
      assert.ok(!found.some((f) => f.startsWith(silent)), `${silent} fired in a partial file: ${found.join(', ')}`);
    }
  });

  it('resolves /etc/nginx paths and paths relative to the including file', () => {
    const files = {
      '/r/nginx.conf': lines('events {}', 'http {', '    server_tokens off;', '    include /etc/nginx/sites-enabled/*;', '}'),
      '/r/sites-enabled/app': lines('server {', '    include local.conf;', '}'),
      '/r/sites-enabled/local.conf': lines('server_tokens on;'),
    };
    const found = lint(memoryHost(files), files, '/r/sites-enabled/local.conf');
    assert.deepEqual(found.filter((f) => f.startsWith('nginx/server-tokens')), ['nginx/server-tokens@1:15']);
  });

  it('stops at include cycles and still lints every file', () => {
    const files = {
      '/c/nginx.conf': lines('events {}', 'http {', '    server_tokens off;', '    include a.conf;', '}'),
      '/c/a.conf': lines('include b.conf;', 'server {', '    autoindex on;', '}'),
      '/c/b.conf': lines('include a.conf;', 'client_max_body_size 0;'),
    };
    const host = memoryHost(files);
    const model = buildModel(host, '/c/nginx.conf', parseNginx(files['/c/nginx.conf'], '').file, new SourceFile(files['/c/nginx.conf']));
    assert.deepEqual(model.includes.flatMap((r) => r.cycles), ['/c/a.conf']);
    assert.deepEqual(lint(host, files, '/c/a.conf').filter((f) => f.startsWith('nginx/autoindex')), ['nginx/autoindex@3:15']);
    assert.deepEqual(lint(host, files, '/c/b.conf').filter((f) => f.startsWith('nginx/client-max-body-size')), ['nginx/client-max-body-size@2:22']);
  });

  it('does not read outside what the host allows', () => {
    const files = { '/s/nginx.conf': lines('events {}', 'http {', '    include /etc/passwd;', '    include ../../outside/*.conf;', '}') };
    const host = memoryHost(files);
    lint(host, files, '/s/nginx.conf');
    assert.ok(host.reads.every((p) => p.startsWith('/s/') || p === '/etc/passwd'), host.reads.join(', '));
  });

  it("judges a Let's Encrypt server by what Certbot's unreadable TLS options can set", () => {
    const site = (include: string) => lines('events {}', 'http {', '    server_tokens off;', '    server {', '        listen 443 ssl;', `        ${include}`, '        root /srv;', '    }', '}');
    const certbot = { '/le/nginx.conf': site('include /etc/letsencrypt/options-ssl-nginx.conf;') };
    const found = lint(memoryHost(certbot), certbot, '/le/nginx.conf');
    assert.deepEqual(found.sort(), [
      'nginx/error-page@4:5',
      'nginx/hsts@4:5',
      'nginx/security-headers@4:5',
      'nginx/security-headers@4:5',
      'nginx/timeouts@2:1',
      'nginx/unresolved-include@6:17',
    ]);
    const shared = { '/le/nginx.conf': site('include /srv/shared/tls.conf;') };
    assert.deepEqual(lint(memoryHost(shared), shared, '/le/nginx.conf').sort(), ['nginx/timeouts@2:1', 'nginx/unresolved-include@6:17']);
  });

  it('records what an unreadable include of known content may set', () => {
    const text = lines('events {}', 'http {', '    server {', '        include /etc/letsencrypt/options-ssl-nginx.conf;', '    }', '    server {', '        include /srv/shared/tls.conf;', '    }', '}');
    const model = buildModel(memoryHost({}), '/k/nginx.conf', parseNginx(text, '').file, new SourceFile(text));
    assert.deepEqual(model.includes.map((r) => [r.unresolved, r.known?.title]), [[true, "Certbot's TLS options file"], [true, undefined]]);
    const [letsEncrypt, shared] = contextsOfKind(model.main, 'server');
    const [certbot, unknown] = model.includes.map((r) => r.directive);
    assert.equal(unresolvedIncludeAbove(letsEncrypt!, ['ssl_protocols']), certbot);
    assert.equal(unresolvedIncludeAbove(letsEncrypt!, ['add_header', 'return']), undefined);
    // A rule that names nothing it judges: any unreadable include hides its findings.
    assert.equal(unresolvedIncludeAbove(letsEncrypt!), certbot);
    assert.equal(unresolvedIncludeAbove(shared!, ['add_header']), unknown);
  });

  it('re-parses an included file only when its text changes', () => {
    const a = parseCached('/cache/x.conf', 'server_tokens off;\n');
    assert.equal(parseCached('/cache/x.conf', 'server_tokens off;\n'), a);
    assert.notEqual(parseCached('/cache/x.conf', 'server_tokens on;\n'), a);
  });
});
