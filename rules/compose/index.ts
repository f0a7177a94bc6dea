import type { Rule } from '../../server/engine/types';
import noPrivileged from './no-privileged';
import readOnlyRootFilesystem from './read-only-root-filesystem';
import dangerousCapabilities from './dangerous-capabilities';
import capDropAll from './cap-drop-all';
import nonRootUser from './non-root-user';
import noNewPrivileges from './no-new-privileges';
import unconfinedSecurityProfile from './unconfined-security-profile';
import resourceLimits from './resource-limits';
import pidsLimit from './pids-limit';
import healthcheck from './healthcheck';
import dockerSocketMount from './docker-socket-mount';
import sensitiveHostMount from './sensitive-host-mount';
import hostDevices from './host-devices';
import configMountReadOnly from './config-mount-read-only';
import hostNamespace from './host-namespace';
import databasePortPublished from './database-port-published';
import portPublishedOnAllInterfaces from './port-published-on-all-interfaces';
import hardcodedSecret from './hardcoded-secret';
import weakSecret from './weak-secret';
import databaseAuthDisabled from './database-auth-disabled';
import noLatestTag from './no-latest-tag';
import imageDigest from './image-digest';
import untrustedRegistry from './untrusted-registry';
import envFilePermissions from './env-file-permissions';
import loggingDisabled from './logging-disabled';
import logRotation from './log-rotation';
import restartPolicy from './restart-policy';
import networkIsolation from './network-isolation';

export const composeRules: Rule[] = [
  noPrivileged,
  readOnlyRootFilesystem,
  dangerousCapabilities,
  capDropAll,
  nonRootUser,
  noNewPrivileges,
  unconfinedSecurityProfile,
  resourceLimits,
  pidsLimit,
  healthcheck,
  dockerSocketMount,
  sensitiveHostMount,
  hostDevices,
  configMountReadOnly,
  hostNamespace,
  databasePortPublished,
  portPublishedOnAllInterfaces,
  hardcodedSecret,
  weakSecret,
  databaseAuthDisabled,
  noLatestTag,
  imageDigest,
  untrustedRegistry,
  envFilePermissions,
  loggingDisabled,
  logRotation,
  restartPolicy,
  networkIsolation,
] as Rule[];
