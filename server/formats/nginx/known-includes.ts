/**
 * Includes that cannot be read but whose content is known: files a tool
 * writes the same way on every host. What such an include may set is a short
 * list of directives, so only findings about those stay unknown; everything
 * else about the block it is written in can still be judged.
 */

export interface KnownInclude {
  /** What the file is, as messages name it. */
  title: string;
  /** Every directive the file may set, across the versions that wrote it. */
  sets: ReadonlySet<string>;
}

interface KnownEntry extends KnownInclude {
  /** Matches the include's target as written. */
  path: RegExp;
}

const KNOWN_INCLUDES: readonly KnownEntry[] = [
  {
    // Certbot keeps it in its config folder: /etc/letsencrypt, or wherever that folder is mounted.
    path: /(?:^|\/)letsencrypt\/(?:[^/*?[]+\/)*options-ssl-nginx\.conf$/,
    title: "Certbot's TLS options file",
    // Every Certbot version sets TLS session, protocol and cipher settings only;
    // the related TLS settings copies of it often gain are counted too.
    sets: new Set([
      'ssl_session_cache',
      'ssl_session_timeout',
      'ssl_session_tickets',
      'ssl_session_ticket_key',
      'ssl_protocols',
      'ssl_prefer_server_ciphers',
      'ssl_ciphers',
      'ssl_ecdh_curve',
      'ssl_dhparam',
    ]),
  },
  {
    // Debian and Ubuntu's nginx package: the ssl-cert package's self-signed pair.
    path: /(?:^|\/)snippets\/snakeoil\.conf$/,
    title: "Debian's self-signed certificate snippet",
    sets: new Set(['ssl_certificate', 'ssl_certificate_key']),
  },
];

/** The known content of an include target, when it is one of the files above. */
export function knownInclude(target: string): KnownInclude | undefined {
  return KNOWN_INCLUDES.find((k) => k.path.test(target));
}
