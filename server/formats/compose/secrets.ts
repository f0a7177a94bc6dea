/**
 * Recognising secrets in compose values: secret-looking variable names,
 * passwords inside connection URLs, password flags on command lines, and
 * how strong a literal secret is.
 */
import { hasInterpolation } from './interpolation';

const SECRET_NAME = /(PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API_?KEY|APIKEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIALS?|AUTH_?KEY|ENCRYPTION_?KEY|SIGNING_?KEY|MASTER_?KEY|(^|_)PASS$|(^|_)PWD$|REQUIREPASS|MASTERAUTH|SALT)/i;
/** Names that mention a secret but hold something else: a file, a length, a switch. */
const NOT_SECRET_SUFFIX = /_(FILE|PATH|DIR|EXPIRY|EXPIRES|EXPIRATION|EXPIRE|TTL|LIFETIME|TIMEOUT|LENGTH|LEN|MIN|MAX|HEADER|TYPE|ALGORITHM|ALG|ENABLED|REQUIRED|POLICY|HOST|PORT|METHOD|NAME|USER|USERNAME|ID|ROUNDS|MODE|PROVIDER|ISSUER|AUDIENCE|URL|URI|ENDPOINT|COMMAND|CMD|SCRIPT|FORMAT|PREFIX|SUFFIX|ENV|VAR|VARIABLE)$/i;
/** Switches and generators: `ALLOW_EMPTY_PASSWORD`, `MYSQL_RANDOM_ROOT_PASSWORD`, `PASSWORD_RESET_…`. */
const NOT_SECRET_PART = /^ALLOW_EMPTY|^GENERATE_|_ALLOW_EMPTY|_RANDOM_|RESET_|_SKIP_|_ONETIME_/i;
const NOT_SECRET_NAME = { test: (name: string) => NOT_SECRET_SUFFIX.test(name) || NOT_SECRET_PART.test(name) };

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name) && !NOT_SECRET_NAME.test(name);
}

/** Names of signing keys for tokens and sessions, which need full-strength random values. */
export function isSigningSecretName(name: string): boolean {
  return isSecretName(name) && !/(AWS|ACCESS|S3_|MINIO|STORAGE|API_?KEY)/i.test(name) && /(JWT|SESSION|COOKIE|SIGNING|HMAC|SECRET_KEY|SECRET_KEY_BASE|APP_KEY|APP_SECRET|TOKEN_SECRET|AUTH_SECRET|NEXTAUTH_SECRET|ENCRYPTION_KEY|MASTER_KEY)/i.test(name);
}

/** Values that are switches or placeholders, not secrets. */
export function isSecretLikeValue(value: string): boolean {
  const v = value.trim();
  // `$$VAR` and `$(cat …)` are expanded by the container's shell at run time: not literal.
  if (v === '' || hasInterpolation(v) || v.includes('${') || /\$\$|\$\(|`/.test(v)) return false;
  if (/^(true|false|yes|no|on|off|null|none|~)$/i.test(v)) return false;
  if (/^(\/run\/secrets\/|\/var\/run\/secrets\/|file:|vault:|env:|arn:aws:secretsmanager)/i.test(v)) return false;
  if (/^<[^>]*>$/.test(v)) return false;
  return true;
}

/** The password of a `scheme://user:password@host` URL: its offsets in the text, when literal. */
export function urlPassword(text: string): { start: number; end: number } | undefined {
  // The scheme starts where a run of scheme characters starts: trying every position inside a long run is quadratic.
  const m = /(?<![a-z0-9+.-])[a-z][a-z0-9+.-]*:\/\/([^:@/\s]*):([^@/\s]+)@/i.exec(text);
  if (!m) return undefined;
  const password = m[2]!;
  if (password === '*' || /^\*+$/.test(password) || hasInterpolation(password)) return undefined;
  const start = m.index + m[0].length - 1 - password.length;
  return { start, end: start + password.length };
}

/** Command-line flags that take a secret. */
const SECRET_FLAG = /^--?([a-z0-9_.-]*(password|passwd|requirepass|masterauth|secret|token|api-?key|access-?key))$/i;

export interface CommandSecret {
  flag: string;
  /** The client program a short flag belongs to (`redis-cli` for `-a`). */
  program?: string;
  /** Index of the argument holding the value, and offsets inside it. */
  arg: number;
  start: number;
  end: number;
}

/**
 * Database clients whose short flag takes a password: `redis-cli -a pw`,
 * `mysql -ppw` (attached: `-p` alone asks for it), `mongosh -p pw`.
 */
const CLIENT_PASSWORD_FLAGS: Record<string, { flag: string; attached: boolean }> = {
  'redis-cli': { flag: '-a', attached: false },
  'valkey-cli': { flag: '-a', attached: false },
  'keydb-cli': { flag: '-a', attached: false },
  mysql: { flag: '-p', attached: true },
  mysqladmin: { flag: '-p', attached: true },
  mysqldump: { flag: '-p', attached: true },
  mariadb: { flag: '-p', attached: true },
  'mariadb-admin': { flag: '-p', attached: true },
  'mariadb-dump': { flag: '-p', attached: true },
  mongosh: { flag: '-p', attached: false },
  mongo: { flag: '-p', attached: false },
};

/** Words that end one command of a shell line (`a && b`, `a; b`, `a | b`). */
export const SHELL_SEPARATOR = /^(&&|\|\||;|\||&)$/;

/** The password a client's short flag passes in `args[i]`, if any. */
function clientSecret(program: string, args: readonly string[], i: number): CommandSecret | undefined {
  const spec = CLIENT_PASSWORD_FLAGS[program]!;
  const arg = args[i]!;
  if (spec.attached) {
    if (!arg.startsWith(spec.flag) || arg.length === spec.flag.length || arg.startsWith('--')) return undefined;
    const value = arg.slice(spec.flag.length);
    return isSecretLikeValue(value) ? { flag: spec.flag, program, arg: i, start: spec.flag.length, end: arg.length } : undefined;
  }
  const next = args[i + 1];
  if (arg !== spec.flag || next === undefined || next.startsWith('-') || !isSecretLikeValue(next)) return undefined;
  return { flag: spec.flag, program, arg: i + 1, start: 0, end: next.length };
}

/** Secrets passed as `--flag=value` or `--flag value`, or with a database client's short password flag. */
export function commandSecrets(args: readonly string[]): CommandSecret[] {
  const out: CommandSecret[] = [];
  let program: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const base = arg.split('/').pop()!;
    if (Object.hasOwn(CLIENT_PASSWORD_FLAGS, base)) {
      program = base;
      continue;
    }
    if (SHELL_SEPARATOR.test(arg)) program = undefined;
    const client = program ? clientSecret(program, args, i) : undefined;
    if (client) {
      out.push(client);
      if (client.arg > i) i++;
      continue;
    }
    const eq = /^(--?[A-Za-z0-9_.-]+)=(.*)$/.exec(arg);
    if (eq) {
      const flag = eq[1]!;
      if (SECRET_FLAG.test(flag) && isSecretLikeValue(eq[2]!)) out.push({ flag, arg: i, start: flag.length + 1, end: arg.length });
      continue;
    }
    if (SECRET_FLAG.test(arg) && i + 1 < args.length) {
      const next = args[i + 1]!;
      if (!next.startsWith('-') && isSecretLikeValue(next)) out.push({ flag: arg, arg: i + 1, start: 0, end: next.length });
    }
  }
  return out;
}

/**
 * Split a shell-like command string into words with their offsets (quotes
 * kept out of the words' spans). A `${...}` reference stays inside one word
 * even when its message holds spaces.
 */
export function splitWords(text: string): { word: string; start: number }[] {
  const out: { word: string; start: number }[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '"' || c === "'") {
      const close = text.indexOf(c, i + 1);
      const end = close < 0 ? text.length : close;
      out.push({ word: text.slice(i + 1, end), start: i + 1 });
      i = end + 1;
      continue;
    }
    const start = i;
    let depth = 0;
    while (i < text.length) {
      const d = text[i]!;
      if (d === '$' && text[i + 1] === '{') {
        depth++;
        i += 2;
        continue;
      }
      if (d === '}' && depth > 0) depth--;
      else if (depth === 0 && (/\s/.test(d) || d === '"' || d === "'")) break;
      i++;
    }
    out.push({ word: text.slice(start, i), start });
  }
  return out;
}

const KNOWN_WEAK = new Set([
  'changeme', 'change_me', 'change-me', 'changeit', 'secret', 'secrets', 'password', 'passw0rd', 'password1', 'password123',
  'p@ssw0rd', 'postgres', 'admin', 'administrator', 'root', 'toor', 'foobared', 'example', 'test', 'testing', 'guest',
  'default', 'pass', 'mysecretpassword', 'mypassword', 'mysecret', 'supersecret', 'qwerty', 'letmein', 'redis', 'mysql',
  'mongo', 'mongodb', 'mariadb', 'user', 'demo', 'dev', 'development', 'sa', 'abc123', 'welcome',
  '123', '1234', '12345', '123456', '1234567', '12345678', '123456789', '1234567890', '000000', '111111',
]);

export function isKnownWeakSecret(value: string): boolean {
  return KNOWN_WEAK.has(value.trim().toLowerCase());
}

/**
 * Estimated strength in bits, length × log2(alphabet): hex counts 4 bits a
 * character, base64 6, otherwise the character classes present.
 * A Laravel-style `base64:` value counts its decoded bytes.
 */
export function secretBits(value: string): number {
  const v = value.trim();
  const b64 = /^base64:([A-Za-z0-9+/]+={0,2})$/.exec(v);
  if (b64) return Math.floor((b64[1]!.replace(/={1,2}$/, '').length * 6) / 8) * 8;
  if (v.length === 0) return 0;
  if (/^[0-9a-f]+$/i.test(v) && /[0-9]/.test(v) && /[a-f]/i.test(v) && !(/[a-f]/.test(v) && /[A-F]/.test(v))) return v.length * 4;
  let pool = 0;
  if (/[a-z]/.test(v)) pool += 26;
  if (/[A-Z]/.test(v)) pool += 26;
  if (/[0-9]/.test(v)) pool += 10;
  if (/[^A-Za-z0-9]/.test(v)) pool += 33;
  return Math.floor(v.length * Math.log2(Math.max(pool, 2)));
}
