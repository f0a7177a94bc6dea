import type { Rule } from '../../server/engine/types';
import { pgHbaRules } from '../pg-hba';
import postgresInitdbAuth from '../compose/postgres-initdb-auth';
import postgresSettings from '../compose/postgres-settings';
import connectionLogging from './connection-logging';
import invalidValue from './invalid-value';
import listenAddresses from './listen-addresses';
import logLinePrefix from './log-line-prefix';
import logStatement from './log-statement';
import passwordEncryption from './password-encryption';
import pointInTimeRecovery from './point-in-time-recovery';
import preloadLibraries from './preload-libraries';
import sslCiphers from './ssl-ciphers';
import sslEnabled from './ssl-enabled';
import sslMinProtocolVersion from './ssl-min-protocol-version';
import unknownParameter from './unknown-parameter';

/** The postgresql.conf and pg_hba.conf rules, and the compose rules for PostgreSQL services. */
export const postgresqlRules: Rule[] = [
  sslEnabled,
  sslMinProtocolVersion,
  sslCiphers,
  passwordEncryption,
  listenAddresses,
  connectionLogging,
  logStatement,
  logLinePrefix,
  pointInTimeRecovery,
  preloadLibraries,
  unknownParameter,
  invalidValue,
  ...pgHbaRules,
  postgresSettings,
  postgresInitdbAuth,
] as Rule[];
