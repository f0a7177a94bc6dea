import type { Rule } from '../../server/engine/types';
import identOverTcp from './ident-over-tcp';
import md5 from './md5';
import openAddress from './open-address';
import password from './password';
import replicationWide from './replication-wide';
import requireSsl from './require-ssl';
import shadowedRecord from './shadowed-record';
import trust from './trust';

export const pgHbaRules: Rule[] = [trust, password, md5, identOverTcp, requireSsl, openAddress, replicationWide, shadowedRecord] as Rule[];
