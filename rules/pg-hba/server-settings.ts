/**
 * What the postgresql.conf beside a pg_hba.conf sets, for fixes whose effect
 * depends on it (a hostssl record matches nothing while ssl is off).
 */
import { posix } from 'node:path';
import { SourceFile } from '../../server/engine/source';
import type { FileHost } from '../../server/engine/types';
import { parsePgConf } from '../../server/formats/postgresql/conf-parse';
import { parseBool } from '../../server/formats/postgresql/values';
import { ConfView } from '../postgresql/shared/effective';

/** Whether the server beside this pg_hba.conf has TLS on; undefined when its postgresql.conf cannot be read. */
export function sslOnBeside(hbaPath: string, host: FileHost): boolean | undefined {
  const confPath = posix.join(posix.dirname(hbaPath.replace(/\\/g, '/')), 'postgresql.conf');
  const text = host.readFile(confPath);
  if (text === undefined) return undefined;
  const tree = parsePgConf(new SourceFile(text)).tree;
  if (!tree) return undefined;
  return parseBool(new ConfView(tree, confPath, host).get('ssl').value) === true;
}
