import type { Rule } from '../../server/engine/types';
import addHeaderInheritance from './add-header-inheritance';
import aliasTraversal from './alias-traversal';
import autoindex from './autoindex';
import bufferSizes from './buffer-sizes';
import clientMaxBodySize from './client-max-body-size';
import crlfInjection from './crlf-injection';
import cspPolicy from './csp-policy';
import errorPage from './error-page';
import hostHeaderSpoofing from './host-header-spoofing';
import hsts from './hsts';
import methodRestrictions from './method-restrictions';
import originRegex from './origin-regex';
import proxyPassSsrf from './proxy-pass-ssrf';
import rateLimiting from './rate-limiting';
import redirectHttpToHttps from './redirect-http-to-https';
import securityHeaders from './security-headers';
import serverTokens from './server-tokens';
import sslCiphers from './ssl-ciphers';
import sslProtocols from './ssl-protocols';
import sslSessionTickets from './ssl-session-tickets';
import sslStapling from './ssl-stapling';
import timeouts from './timeouts';
import unresolvedInclude from './unresolved-include';

export const nginxRules: Rule[] = [
  sslProtocols,
  sslCiphers,
  sslSessionTickets,
  sslStapling,
  redirectHttpToHttps,
  hsts,
  securityHeaders,
  cspPolicy,
  addHeaderInheritance,
  serverTokens,
  autoindex,
  errorPage,
  clientMaxBodySize,
  timeouts,
  bufferSizes,
  rateLimiting,
  methodRestrictions,
  aliasTraversal,
  proxyPassSsrf,
  crlfInjection,
  hostHeaderSpoofing,
  originRegex,
  unresolvedInclude,
] as Rule[];
