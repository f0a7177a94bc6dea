/**
 * OpenSSL cipher strings as nginx's ssl_ciphers takes them: which entries pull
 * in weak suites, and whether any forward-secret suite is left.
 */

export interface CipherToken {
  text: string;
  /** Offset of the token within the cipher string. */
  offset: number;
}

export function cipherTokens(list: string): CipherToken[] {
  const out: CipherToken[] = [];
  const re = /[^:, ]+/g;
  for (let m = re.exec(list); m; m = re.exec(list)) out.push({ text: m[0], offset: m.index });
  return out;
}

/** Tokens that remove or reorder suites rather than add them. */
function isExclusion(token: string): boolean {
  return /^[!\-+]/.test(token) || token.startsWith('@');
}

const FAMILIES: { name: string; matches: RegExp; excludedBy: RegExp }[] = [
  { name: 'NULL encryption or anonymous key exchange', matches: /(^|[-+])(E?NULL|ANULL|ADH|AECDH)($|[-+])|^(ADH|AECDH)-|NULL/i, excludedBy: /^!(A?NULL|ENULL|ADH|AECDH)$/i },
  { name: 'export-grade', matches: /EXP/i, excludedBy: /^!(EXP|EXPORT(40|56)?|LOW)$/i },
  { name: 'RC4', matches: /RC4/i, excludedBy: /^!(RC4|MEDIUM)$/i },
  { name: 'DES/3DES', matches: /(^|[-+])(3?DES|DES-CBC3?)($|[-+])|DES-CBC/i, excludedBy: /^!(3?DES|LOW|MEDIUM)$/i },
  { name: 'MD5', matches: /MD5/i, excludedBy: /^!MD5$/i },
];

/** Families a broad alias pulls in that must be excluded elsewhere in the list. */
const BROAD: Record<string, string[]> = {
  ALL: ['NULL encryption or anonymous key exchange', 'export-grade', 'RC4', 'DES/3DES', 'MD5'],
  COMPLEMENTOFALL: ['NULL encryption or anonymous key exchange'],
  MEDIUM: ['RC4', 'DES/3DES'],
};

/** Why a token adds weak suites, or undefined. */
export function weakness(token: string, all: readonly CipherToken[]): string | undefined {
  if (isExclusion(token)) return undefined;
  const upper = token.toUpperCase();
  if (upper === 'LOW') return 'LOW pulls in 56/64-bit ciphers';
  const broad = BROAD[upper];
  if (broad) {
    const missing = broad.filter((family) => {
      const f = FAMILIES.find((x) => x.name === family)!;
      return !all.some((t) => f.excludedBy.test(t.text));
    });
    return missing.length ? `${token} pulls in ${missing.join(', ')} suites without excluding them` : undefined;
  }
  const family = FAMILIES.find((f) => f.matches.test(token));
  return family ? family.name : undefined;
}

const FORWARD_SECRET = /ECDHE|EECDH|DHE|EDH|^(HIGH|MEDIUM|ALL|DEFAULT|AESGCM|AES|AES128|AES256|CHACHA20|CAMELLIA|ECDH|DH|SHA|SHA1|SHA256|SHA384|TLSv1(\.2)?|SSLv3|PROFILE=.*)$/i;

/** Whether any added token can select a suite with ephemeral key exchange. */
export function hasForwardSecrecy(all: readonly CipherToken[]): boolean {
  return all.some((t) => !isExclusion(t.text) && FORWARD_SECRET.test(t.text));
}

/** Mozilla's "intermediate" TLS 1.2 suites: ECDHE key exchange with AEAD ciphers only. */
export const STRONG_CIPHERS =
  'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305';
