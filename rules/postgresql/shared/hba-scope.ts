/** What a pg_hba.conf lets in from the network, for rules that weigh listen_addresses. */
import { posix } from 'node:path';
import { SourceFile } from '../../../server/engine/source';
import type { FileHost } from '../../../server/engine/types';
import { parsePgHba } from '../../../server/formats/postgresql/hba-parse';
import type { HbaAddress } from '../../../server/formats/postgresql/hba-model';

/** An address that matches any client: `all`, 0.0.0.0/0, ::/0. */
export function isWideAddress(address: HbaAddress | undefined): boolean {
  if (!address) return false;
  if (address.kind === 'all') return true;
  return address.kind === 'cidr' && address.range.prefix === 0;
}

/**
 * Whether the pg_hba.conf at `hbaPath` exists and only admits network clients
 * from specific addresses (no `all`, 0.0.0.0/0 or ::/0 record that is not `reject`).
 */
export function hbaRestrictsAddresses(host: FileHost, hbaPath: string): boolean {
  const text = host.readFile(hbaPath);
  if (text === undefined) return false;
  const { tree, problems } = parsePgHba(new SourceFile(text));
  if (!tree || problems.length > 0) return false;
  return !tree.records.some((r) => r.type !== 'local' && r.method.text !== 'reject' && isWideAddress(r.address));
}

/** The pg_hba.conf a postgresql.conf uses: its hba_file setting, else pg_hba.conf beside it. */
export function hbaPathFor(confPath: string, hbaFile: string | undefined): string {
  const dir = posix.dirname(confPath.replace(/\\/g, '/'));
  return hbaFile ? posix.resolve(dir, hbaFile) : posix.join(dir, 'pg_hba.conf');
}
