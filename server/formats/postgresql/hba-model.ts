/** The syntax tree of a pg_hba.conf file: every field and list item keeps its exact offsets. */
import type { Span } from '../../engine/types';
import type { IpRange } from './hba-address';

export const RECORD_TYPES = ['local', 'host', 'hostssl', 'hostnossl', 'hostgssenc', 'hostnogssenc'] as const;
export type HbaRecordType = (typeof RECORD_TYPES)[number];

export const AUTH_METHODS = [
  'trust', 'reject', 'scram-sha-256', 'md5', 'password', 'gss', 'sspi', 'ident', 'peer', 'ldap', 'radius', 'cert', 'pam', 'bsd',
] as const;

export interface HbaToken {
  /** As written, quotes included. */
  raw: string;
  /** As the server reads it: quotes removed (`""` is one quote). */
  text: string;
  span: Span;
  /** Written with double quotes: a quoted `"all"` is a name, not the keyword. */
  quoted: boolean;
}

/** One whitespace-separated column; commas make it a list. */
export interface HbaField {
  items: HbaToken[];
  span: Span;
}

export type HbaAddress =
  | { kind: 'all' | 'samehost' | 'samenet'; token: HbaToken }
  | { kind: 'cidr'; token: HbaToken; mask: HbaToken | undefined; range: IpRange }
  | { kind: 'hostname'; token: HbaToken };

export interface HbaOption {
  name: string;
  value: string;
  token: HbaToken;
}

export interface HbaRecord {
  kind: 'record';
  type: HbaRecordType;
  typeToken: HbaToken;
  database: HbaField;
  user: HbaField;
  /** Absent for `local` records. */
  address: HbaAddress | undefined;
  method: HbaToken;
  options: HbaOption[];
  /** First and last physical line (they differ when lines are continued with a backslash). */
  line: number;
  endLine: number;
  span: Span;
}

export interface HbaInclude {
  kind: 'include';
  directive: 'include' | 'include_if_exists' | 'include_dir';
  directiveToken: HbaToken;
  target: HbaToken;
  line: number;
  span: Span;
}

export interface PgHbaFile {
  entries: (HbaRecord | HbaInclude)[];
  records: HbaRecord[];
}
