/** Which clients a pg_hba.conf record admits: network reach and coverage between records. */
import { isLoopback, isPrivate, rangeCovers } from '../../server/formats/postgresql/hba-address';
import type { HbaAddress, HbaField, HbaRecord, HbaToken } from '../../server/formats/postgresql/hba-model';

/** A record reached over the network from somewhere other than the server itself. */
export function isRemote(record: HbaRecord): boolean {
  const a = record.address;
  if (!a) return false;
  switch (a.kind) {
    case 'all':
    case 'samenet':
      return true;
    case 'samehost':
      return false;
    case 'cidr':
      return !isLoopback(a.range);
    case 'hostname':
      return !/^localhost$/i.test(a.token.text);
  }
}

/**
 * An address that admits clients beyond private and loopback networks: `all`,
 * or a range reaching outside RFC 1918, ULA and link-local space. Hostnames
 * and `samenet` depend on DNS and the server's interfaces: not counted.
 */
export function admitsPublicClients(address: HbaAddress | undefined): boolean {
  if (!address) return false;
  if (address.kind === 'all') return true;
  return address.kind === 'cidr' && !isPrivate(address.range) && !isLoopback(address.range);
}

/** The roles a record admits, for messages: `any role` for the keyword all, else the names as written. */
export function rolesText(record: HbaRecord): string {
  const items = record.user.items;
  return items.some((t) => isKeyword(t, 'all')) ? 'any role' : items.map((t) => t.raw).join(', ');
}

/** The address as written, with its netmask column when it has one. */
export function addressText(address: HbaAddress): string {
  return address.kind === 'cidr' && address.mask ? `${address.token.text} ${address.mask.text}` : address.token.text;
}

export function addressSpan(address: HbaAddress): { start: number; end: number } {
  const end = address.kind === 'cidr' && address.mask ? address.mask.span.end : address.token.span.end;
  return { start: address.token.span.start, end };
}

const isKeyword = (t: HbaToken, word: string): boolean => !t.quoted && t.text === word;
const sameItem = (a: HbaToken, b: HbaToken): boolean => a.text === b.text && a.quoted === b.quoted;

function typeCovers(a: HbaRecord, b: HbaRecord): boolean {
  return a.type === b.type || (a.type === 'host' && b.type !== 'local');
}

/** `all` matches every database except replication connections, which only `replication` matches. */
function databasesCover(a: HbaField, b: HbaField): boolean {
  const all = a.items.some((t) => isKeyword(t, 'all'));
  return b.items.every((t) => (all && !isKeyword(t, 'replication') && !t.text.startsWith('@')) || a.items.some((x) => sameItem(x, t)));
}

function usersCover(a: HbaField, b: HbaField): boolean {
  if (a.items.some((t) => isKeyword(t, 'all'))) return true;
  return b.items.every((t) => a.items.some((x) => sameItem(x, t)));
}

function addressCovers(a: HbaAddress | undefined, b: HbaAddress | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.kind === 'all') return true;
  if (a.kind === 'cidr') return b.kind === 'cidr' && rangeCovers(a.range, b.range);
  if (a.kind === 'hostname') return b.kind === 'hostname' && a.token.text.toLowerCase() === b.token.text.toLowerCase();
  return a.kind === b.kind;
}

/** Whether every connection `b` could match is already matched by the earlier record `a`. */
export function recordCovers(a: HbaRecord, b: HbaRecord): boolean {
  return typeCovers(a, b) && databasesCover(a.database, b.database) && usersCover(a.user, b.user) && addressCovers(a.address, b.address);
}
