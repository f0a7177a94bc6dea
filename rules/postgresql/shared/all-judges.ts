/** Every value judge, for the compose rule that checks `postgres -c` settings. */
import type { SettingJudge } from './judge';
import {
  archiveModeJudge,
  listenAddressesJudge,
  logConnectionsJudge,
  logDisconnectionsJudge,
  logLinePrefixJudge,
  logStatementJudge,
  passwordEncryptionJudge,
  preloadJudge,
  sslCiphersJudge,
  sslJudge,
  sslMinProtocolJudge,
  walLevelJudge,
} from './judges';

export const ALL_JUDGES: readonly SettingJudge[] = [
  sslJudge,
  sslMinProtocolJudge,
  sslCiphersJudge,
  passwordEncryptionJudge,
  listenAddressesJudge,
  logConnectionsJudge,
  logDisconnectionsJudge,
  logStatementJudge,
  logLinePrefixJudge,
  walLevelJudge,
  archiveModeJudge,
  preloadJudge('shared_preload_libraries'),
  preloadJudge('session_preload_libraries'),
  preloadJudge('local_preload_libraries'),
];
