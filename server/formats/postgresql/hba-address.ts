/** IPv4/IPv6 addresses and CIDR ranges of pg_hba.conf, as bit strings for containment checks. */

export interface IpRange {
  family: 4 | 6;
  /** The network address as a big integer. */
  network: bigint;
  prefix: number;
}

export function parseIPv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const p of parts) {
    if (!/^[0-9]{1,3}$/.test(p) || Number(p) > 255) return undefined;
    value = (value << 8n) | BigInt(Number(p));
  }
  return value;
}

export function parseIPv6(text: string): bigint | undefined {
  let body = text.replace(/%.*$/, '');
  // An embedded IPv4 tail (::ffff:1.2.3.4) becomes two hex groups.
  const v4 = /(^|:)(\d+\.\d+\.\d+\.\d+)$/.exec(body);
  if (v4) {
    const n = parseIPv4(v4[2]!);
    if (n === undefined) return undefined;
    body = body.slice(0, body.length - v4[2]!.length) + `${(n >> 16n).toString(16)}:${(n & 0xffffn).toString(16)}`;
  }
  if (!/^[0-9a-fA-F:]+$/.test(body) || !body.includes(':')) return undefined;
  const halves = body.split('::');
  if (halves.length > 2) return undefined;
  const parse = (s: string): bigint[] | undefined => {
    if (s === '') return [];
    const groups = s.split(':');
    if (groups.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
    return groups.map((g) => BigInt(parseInt(g, 16)));
  };
  const head = parse(halves[0]!);
  const rest = halves.length === 2 ? parse(halves[1]!) : [];
  if (!head || !rest) return undefined;
  const total = head.length + rest.length;
  if (halves.length === 1 ? total !== 8 : total > 7) return undefined;
  const all = [...head, ...Array<bigint>(8 - total).fill(0n), ...rest];
  return all.reduce((acc, g) => (acc << 16n) | g, 0n);
}

export function parseIp(text: string): { family: 4 | 6; value: bigint } | undefined {
  const v4 = parseIPv4(text);
  if (v4 !== undefined) return { family: 4, value: v4 };
  const v6 = parseIPv6(text);
  return v6 !== undefined ? { family: 6, value: v6 } : undefined;
}

const bitsOf = (family: 4 | 6): number => (family === 4 ? 32 : 128);

function maskBits(family: 4 | 6, prefix: number): bigint {
  const bits = bitsOf(family);
  return prefix === 0 ? 0n : ((1n << BigInt(prefix)) - 1n) << BigInt(bits - prefix);
}

/** `a.b.c.d/n` or `x::y/n`; undefined when malformed. */
export function parseCidr(text: string): IpRange | undefined {
  const slash = text.indexOf('/');
  const ip = parseIp(slash < 0 ? text : text.slice(0, slash));
  if (!ip) return undefined;
  const prefixText = slash < 0 ? String(bitsOf(ip.family)) : text.slice(slash + 1);
  if (!/^[0-9]{1,3}$/.test(prefixText) || Number(prefixText) > bitsOf(ip.family)) return undefined;
  const prefix = Number(prefixText);
  return { family: ip.family, network: ip.value & maskBits(ip.family, prefix), prefix };
}

/** Prefix length of a contiguous netmask (255.255.255.0 → 24), or undefined. */
export function maskPrefix(mask: string, family: 4 | 6): number | undefined {
  const m = parseIp(mask);
  if (!m || m.family !== family) return undefined;
  for (let prefix = 0; prefix <= bitsOf(family); prefix++) if (maskBits(family, prefix) === m.value) return prefix;
  return undefined;
}

/** Whether every address of `inner` lies in `outer`. */
export function rangeCovers(outer: IpRange, inner: IpRange): boolean {
  if (outer.family !== inner.family || outer.prefix > inner.prefix) return false;
  return (inner.network & maskBits(outer.family, outer.prefix)) === outer.network;
}

/**
 * An IPv4-mapped IPv6 range (`::ffff:127.0.0.1/128`) as the IPv4 range it
 * stands for; others as they are. Used only to judge who a record reaches:
 * records still match one address family each (PostgreSQL matches an IPv6
 * entry only against IPv6 connections), so coverage between records keeps
 * the families apart.
 */
function unmapIPv4(range: IpRange): IpRange {
  if (range.family !== 6 || range.prefix < 96 || range.network >> 32n !== 0xffffn) return range;
  return { family: 4, network: range.network & 0xffffffffn, prefix: range.prefix - 96 };
}

export function isLoopback(range: IpRange): boolean {
  range = unmapIPv4(range);
  if (range.family === 4) return rangeCovers({ family: 4, network: 127n << 24n, prefix: 8 }, range);
  return range.prefix === 128 && range.network === 1n;
}

/** Private (RFC 1918, ULA) or link-local ranges. */
export function isPrivate(range: IpRange): boolean {
  range = unmapIPv4(range);
  const nets: IpRange[] =
    range.family === 4
      ? [parseCidr('10.0.0.0/8')!, parseCidr('172.16.0.0/12')!, parseCidr('192.168.0.0/16')!, parseCidr('169.254.0.0/16')!]
      : [parseCidr('fc00::/7')!, parseCidr('fe80::/10')!];
  return nets.some((n) => rangeCovers(n, range));
}
