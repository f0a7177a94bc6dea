/** The value judges behind the postgresql.conf rules and their compose counterparts. */
import { parseBool } from '../../../server/formats/postgresql/values';
import type { Judgement, SettingJudge, SuggestedValue } from './judge';

const suggest = (value: string, title: string, changesBehavior = false, preferred = true): SuggestedValue => ({ value, title, changesBehavior, preferred });
const off = (value: string): boolean => parseBool(value) === false;
const setTitle = (param: string, value: string): string => `Set ${param} = ${value}`;

export const sslJudge: SettingJudge = {
  param: 'ssl',
  messages: {
    sslOff: 'ssl is off: the server accepts no TLS connections, so passwords and data cross the network in clear text.',
    sslOffByDefault: 'ssl is not set and defaults to off: the server accepts no TLS connections, so passwords and data cross the network in clear text.',
  },
  judge: ({ value, explicit, lookup }) =>
    off(value)
      ? {
          messageId: explicit ? 'sslOff' : 'sslOffByDefault',
          suggestions: [sslOnSuggestion(lookup('ssl_cert_file').explicit)],
        }
      : undefined,
};

/**
 * With ssl on, the server does not start unless it can load its certificate
 * and key. Where the configuration names a certificate, turning TLS on is the
 * fix `--fix` applies; elsewhere (the stock server.crt in the data directory,
 * which images and fresh clusters do not have) it is only offered.
 */
function sslOnSuggestion(certificateNamed: boolean): SuggestedValue {
  return certificateNamed
    ? suggest('on', 'Set ssl = on (changes runtime behaviour: the server loads ssl_cert_file and ssl_key_file at start, and clients can use TLS)', true)
    : suggest(
        'on',
        'Set ssl = on (changes runtime behaviour: the server does not start until a certificate and key exist at ssl_cert_file and ssl_key_file, by default server.crt and server.key in the data directory)',
        true,
        false,
      );
}

const WEAK_TLS = ['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1'];

export const sslMinProtocolJudge: SettingJudge = {
  param: 'ssl_min_protocol_version',
  messages: {
    weakProtocol: 'ssl_min_protocol_version = {{value}} allows deprecated protocol versions; use TLSv1.2 or later.',
  },
  judge: ({ value }) =>
    WEAK_TLS.some((v) => v.toLowerCase() === value.trim().toLowerCase())
      ? {
          messageId: 'weakProtocol',
          data: { value: `'${value}'` },
          suggestions: [suggest('TLSv1.2', "Set ssl_min_protocol_version = 'TLSv1.2' (changes runtime behaviour: clients limited to TLS 1.0/1.1 can no longer connect)", true)],
        }
      : undefined,
};

/** OpenSSL cipher-string words that add broken or unauthenticated suites. */
const WEAK_CIPHER_WORDS = new Set(['NULL', 'ENULL', 'ANULL', 'EXPORT', 'EXP', 'LOW', 'DES', '3DES', 'RC4', 'RC2', 'MD5', 'IDEA', 'SEED', 'ADH', 'AECDH', 'COMPLEMENTOFALL', 'COMPLEMENTOFDEFAULT']);

/** Cipher-string elements that add weak suites (not ones that exclude `!`, remove `-` or reorder `+` them). */
export function weakCipherElements(value: string): string[] {
  const elements = value.split(/[:, ]+/).filter((e) => e !== '');
  const excludesANull = elements.some((e) => /^[!-](aNULL|ADH|ALL)$/i.test(e));
  return elements.filter((e) => {
    if (/^[!+-]/.test(e)) return false;
    if (/^ALL$/i.test(e)) return !excludesANull;
    // Suite names such as DES-CBC3-SHA or EXP-RC4-MD5 are '-'-separated words; aliases combine with '+'.
    const words = e.toUpperCase().split(/[-+]/);
    return words.some((w) => WEAK_CIPHER_WORDS.has(w) || w === 'CBC3');
  });
}

export const sslCiphersJudge: SettingJudge = {
  param: 'ssl_ciphers',
  messages: {
    weakCiphers: 'ssl_ciphers enables weak or unauthenticated cipher suites: {{weak}}.',
  },
  judge: ({ value }) => {
    const weak = weakCipherElements(value);
    if (weak.length === 0) return undefined;
    const kept = value.split(':').filter((e) => !weak.includes(e.trim()) && e.trim() !== '');
    const hasPositive = kept.some((e) => !/^[!+-]/.test(e.trim()));
    const fixed = hasPositive ? kept.join(':') : ['HIGH', ...kept, ...(kept.some((e) => /^!aNULL$/i.test(e)) ? [] : ['!aNULL'])].join(':');
    return {
      messageId: 'weakCiphers',
      data: { weak: weak.join(', ') },
      suggestions: [suggest(fixed, `Set ssl_ciphers = '${fixed}' (changes runtime behaviour: clients that need the removed ciphers can no longer connect)`, true)],
    };
  },
};

const SCRAM_TITLE =
  "Set password_encryption = 'scram-sha-256' (changes runtime behaviour: passwords set from now on are SCRAM hashes; existing md5 passwords must be reset to SCRAM, and clients need SCRAM support)";

/**
 * md5, and the boolean spellings of older servers: before PostgreSQL 10 the
 * parameter was a boolean (off stored passwords in plain text); 10 to 13 still
 * read on/true/yes/1 as md5 and refuse the rest; 14 and later refuse them all.
 */
function passwordEncryptionProblem(value: string): 'md5' | 'legacyMd5' | 'legacyPlaintext' | undefined {
  const v = value.trim().toLowerCase();
  if (v === 'md5') return 'md5';
  const asBool = parseBool(v);
  if (asBool === undefined) return undefined;
  return asBool ? 'legacyMd5' : 'legacyPlaintext';
}

export const passwordEncryptionJudge: SettingJudge = {
  param: 'password_encryption',
  messages: {
    md5: 'password_encryption = md5 stores passwords as MD5 hashes salted only with the user name, and a stolen hash logs in as the user (the md5 method accepts it as the password); use scram-sha-256.',
    legacyMd5:
      'password_encryption = {{value}} is an old boolean spelling of md5: MD5 hashes can be replayed as credentials, and PostgreSQL 14 and later refuse the value, so the server does not start; use scram-sha-256.',
    legacyPlaintext:
      'password_encryption = {{value}} is an old boolean that turns hashing off: PostgreSQL 9.6 and earlier store passwords in plain text, and PostgreSQL 10 and later refuse the value, so the server does not start; use scram-sha-256.',
  },
  judge: ({ value }) => {
    const problem = passwordEncryptionProblem(value);
    if (!problem) return undefined;
    return {
      messageId: problem,
      // The boolean spellings stop current servers from starting: an error, like an invalid value.
      ...(problem === 'md5' ? {} : { data: { value: value.trim() }, severity: 'error' as const }),
      suggestions: [suggest('scram-sha-256', SCRAM_TITLE, true)],
    };
  },
};

const WILDCARD_ADDRESSES = ['*', '0.0.0.0', '::'];

export const listenAddressesJudge: SettingJudge = {
  param: 'listen_addresses',
  inContainers: false,
  messages: {
    wildcard: 'listen_addresses = {{value}} listens on every network interface; list only the addresses clients need.',
  },
  judge: ({ value }) =>
    value.split(',').some((a) => WILDCARD_ADDRESSES.includes(a.trim()))
      ? {
          messageId: 'wildcard',
          data: { value: `'${value}'` },
          suggestions: [suggest('localhost', "Set listen_addresses = 'localhost' (changes runtime behaviour: remote clients can no longer connect)", true, false)],
        }
      : undefined,
};

function connectionLogJudge(param: 'log_connections' | 'log_disconnections', what: string): SettingJudge {
  return {
    param,
    messages: {
      [`${param}Off`]: `${param} is off: ${what} are not logged, so intrusions and misuse leave no trace.`,
      [`${param}Default`]: `${param} is not set and defaults to off: ${what} are not logged, so intrusions and misuse leave no trace.`,
    },
    judge: ({ value, explicit }) =>
      off(value) ? { messageId: explicit ? `${param}Off` : `${param}Default`, suggestions: [suggest('on', setTitle(param, 'on'))] } : undefined,
  };
}

export const logConnectionsJudge = connectionLogJudge('log_connections', 'connection attempts and successful logins');
export const logDisconnectionsJudge = connectionLogJudge('log_disconnections', 'session ends and their durations');

export const logStatementJudge: SettingJudge = {
  param: 'log_statement',
  messages: {
    none: 'log_statement = none: schema changes and data modifications are not logged; log at least ddl.',
    noneByDefault: 'log_statement is not set and defaults to none: schema changes and data modifications are not logged; log at least ddl.',
  },
  judge: ({ value, explicit }) =>
    value.trim().toLowerCase() === 'none'
      ? {
          messageId: explicit ? 'none' : 'noneByDefault',
          suggestions: [
            suggest('ddl', "Set log_statement = 'ddl' (log CREATE, ALTER, DROP)"),
            suggest('mod', "Set log_statement = 'mod' (log DDL and data changes: more log volume)", false, false),
          ],
        }
      : undefined,
};

const PREFIX_PARTS: { name: string; present: RegExp; add: string }[] = [
  { name: 'user (%u)', present: /%u/, add: 'user=%u' },
  { name: 'database (%d)', present: /%d/, add: 'db=%d' },
  { name: 'client host (%h or %r)', present: /%[hr]/, add: 'host=%h' },
];

/** The prefix with the missing escapes appended after `%q` (which hides them for background processes). */
export function completedLogLinePrefix(value: string): string | undefined {
  const escapes = value.replace(/%%/g, '');
  const missing = PREFIX_PARTS.filter((p) => !p.present.test(escapes));
  if (missing.length === 0) return undefined;
  const base = value === '' || value.endsWith(' ') ? value : `${value} `;
  return `${base}${escapes.includes('%q') ? '' : '%q'}${missing.map((p) => p.add).join(' ')} `;
}

export const logLinePrefixJudge: SettingJudge = {
  param: 'log_line_prefix',
  messages: {
    incomplete: 'log_line_prefix lacks {{missing}}: log lines cannot be tied to who connected from where.',
    incompleteByDefault: "log_line_prefix is not set and defaults to '%m [%p] ', which lacks {{missing}}: log lines cannot be tied to who connected from where.",
  },
  judge: ({ value, explicit }) => {
    const fixed = completedLogLinePrefix(value);
    if (fixed === undefined) return undefined;
    const escapes = value.replace(/%%/g, '');
    const missing = PREFIX_PARTS.filter((p) => !p.present.test(escapes)).map((p) => p.name);
    return {
      messageId: explicit ? 'incomplete' : 'incompleteByDefault',
      data: { missing: missing.join(', ') },
      suggestions: [suggest(fixed, `Set log_line_prefix = '${fixed}'`)],
    };
  },
};

export const walLevelJudge: SettingJudge = {
  param: 'wal_level',
  messages: {
    walMinimal: 'wal_level = minimal: the WAL cannot rebuild the database from a base backup, so point-in-time recovery (and replication) are impossible.',
  },
  judge: ({ value }) =>
    value.trim().toLowerCase() === 'minimal'
      ? {
          messageId: 'walMinimal',
          suggestions: [suggest('replica', "Set wal_level = 'replica' (changes runtime behaviour: more WAL is written; takes effect after a restart)", true)],
        }
      : undefined,
};

export const archiveModeJudge: SettingJudge = {
  param: 'archive_mode',
  messages: {
    archiveOff: 'archive_mode is off: WAL segments are not archived, so the database cannot be restored to a point in time.',
    archiveOffByDefault: 'archive_mode is not set and defaults to off: WAL segments are not archived, so the database cannot be restored to a point in time.',
    noArchiver: 'archive_mode is on but archive_command and archive_library are empty: no WAL is archived and pg_wal keeps growing.',
  },
  judge: ({ value, explicit, lookup }): Judgement | undefined => {
    const mode = value.trim().toLowerCase();
    const enabled = mode === 'on' || mode === 'always' || parseBool(mode) === true;
    if (!enabled) return { messageId: explicit ? 'archiveOff' : 'archiveOffByDefault', severity: explicit ? 'warning' : 'information', suggestions: [] };
    if (lookup('archive_command').value.trim() === '' && lookup('archive_library').value.trim() === '') {
      return { messageId: 'noArchiver', severity: 'error', suggestions: [] };
    }
    return undefined;
  },
};

/** Library folders that belong to the PostgreSQL packages. */
const SYSTEM_LIBRARY_DIRS = [/^\$libdir\//, /^\/usr\/(local\/)?lib(64)?\/(postgresql|pgsql)/, /^\/usr\/pgsql-\d+\/lib\//, /^\/opt\/(homebrew|local)\/.*postgresql/];

export function preloadJudge(param: 'shared_preload_libraries' | 'session_preload_libraries' | 'local_preload_libraries'): SettingJudge {
  return {
    param,
    messages: {
      [`${param}Path`]: `${param} loads "{{library}}" from outside the PostgreSQL library folder: whoever can write there can run code inside the server.`,
      [`${param}Writable`]: `${param} loads "{{library}}", which is writable by group or others: whoever can write it can run code inside the server.`,
    },
    judge: ({ value, host }) => {
      for (const raw of value.split(',')) {
        const library = raw.trim().replace(/^"(.*)"$/, '$1');
        if (!library.includes('/')) continue;
        const stat = host && library.startsWith('/') ? host.stat(library) : undefined;
        if (stat && (stat.mode & 0o022) !== 0) return { messageId: `${param}Writable`, data: { library }, severity: 'error', suggestions: [] };
        if (SYSTEM_LIBRARY_DIRS.some((d) => d.test(library))) continue;
        return { messageId: `${param}Path`, data: { library }, suggestions: [] };
      }
      return undefined;
    },
  };
}
