/**
 * Which files are nginx configs. Unambiguous names (`nginx.conf`, `*.nginx`,
 * anything under an `nginx/` folder) match by path alone; folder layouts that
 * other servers share (`conf.d/`, `snippets/`, `sites-*`) also need content
 * that looks like nginx, so e.g. a PostgreSQL `conf.d/*.conf` is left alone.
 */
import { toPosix } from '../../engine/glob';

const CERTAIN_PATHS: readonly RegExp[] = [
  /(^|\/)nginx\.conf$/i,
  /\.nginx$/i,
  /(^|\/)nginx\/(.*\/)?[^/]+\.conf$/i,
  // mime.types and the *_params files only count inside an nginx folder.
  /(^|\/)nginx\/(.*\/)?(mime\.types|(fastcgi|scgi|uwsgi|proxy)_params)$/i,
];

const AMBIGUOUS_PATHS: readonly RegExp[] = [
  /(^|\/)sites-(available|enabled)\/[^/]+$/i,
  /(^|\/)conf\.d\/[^/]+\.conf$/i,
  /(^|\/)snippets\/[^/]+\.conf$/i,
];

export function isCertainNginxPath(path: string): boolean {
  const p = toPosix(path);
  return CERTAIN_PATHS.some((re) => re.test(p));
}

export function isAmbiguousNginxPath(path: string): boolean {
  const p = toPosix(path);
  return AMBIGUOUS_PATHS.some((re) => re.test(p));
}

/**
 * Directives that appear in nginx configs but not in postgresql.conf,
 * redis.conf, systemd or Apache files: a block opener, or a name followed by
 * an argument and ending with `;`.
 */
const NGINX_CONTENT: readonly RegExp[] = [
  /^[ \t]*(server|location|upstream|http|events|map|geo|types|if|stream|mail|limit_except)\b[^;{}\n]*\{/m,
  /^[ \t]*(listen|server_name|root|proxy_pass|fastcgi_pass|uwsgi_pass|add_header|return|rewrite|try_files|include|access_log|error_log|proxy_set_header|fastcgi_param|client_max_body_size|ssl_[a-z_]+|gzip[a-z_]*|expires|charset|index|keepalive_timeout|sendfile|worker_[a-z_]+|default_type|set|allow|deny|auth_basic[a-z_]*)[ \t][^;\n=]*;/m,
];

export function looksLikeNginx(text: string): boolean {
  const head = text.length > 65536 ? text.slice(0, 65536) : text;
  return NGINX_CONTENT.some((re) => re.test(head));
}
