/** Table cases of every nginx rule, by rule name (shared by the rule tests and the nginx -t fix check). */
import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';
import { cases as addHeaderInheritance } from './add-header-inheritance';
import { cases as aliasTraversal } from './alias-traversal';
import { cases as autoindex } from './autoindex';
import { cases as bufferSizes } from './buffer-sizes';
import { cases as clientMaxBodySize } from './client-max-body-size';
import { cases as crlfInjection } from './crlf-injection';
import { cases as cspPolicy } from './csp-policy';
import { cases as errorPage } from './error-page';
import { cases as hostHeaderSpoofing } from './host-header-spoofing';
import { cases as hsts } from './hsts';
import { cases as methodRestrictions } from './method-restrictions';
import { cases as originRegex } from './origin-regex';
import { cases as proxyPassSsrf } from './proxy-pass-ssrf';
import { cases as rateLimiting } from './rate-limiting';
import { cases as redirectHttpToHttps } from './redirect-http-to-https';
import { cases as securityHeaders } from './security-headers';
import { cases as serverTokens } from './server-tokens';
import { cases as sslCiphers } from './ssl-ciphers';
import { cases as sslProtocols } from './ssl-protocols';
import { cases as sslSessionTickets } from './ssl-session-tickets';
import { cases as sslStapling } from './ssl-stapling';
import { cases as timeouts } from './timeouts';
import { cases as unresolvedInclude } from './unresolved-include';

export const NGINX_CASES: Record<string, { valid: ValidCase[]; invalid: InvalidCase[] }> = {
  'add-header-inheritance': addHeaderInheritance,
  'alias-traversal': aliasTraversal,
  'autoindex': autoindex,
  'buffer-sizes': bufferSizes,
  'client-max-body-size': clientMaxBodySize,
  'crlf-injection': crlfInjection,
  'csp-policy': cspPolicy,
  'error-page': errorPage,
  'host-header-spoofing': hostHeaderSpoofing,
  'hsts': hsts,
  'method-restrictions': methodRestrictions,
  'origin-regex': originRegex,
  'proxy-pass-ssrf': proxyPassSsrf,
  'rate-limiting': rateLimiting,
  'redirect-http-to-https': redirectHttpToHttps,
  'security-headers': securityHeaders,
  'server-tokens': serverTokens,
  'ssl-ciphers': sslCiphers,
  'ssl-protocols': sslProtocols,
  'ssl-session-tickets': sslSessionTickets,
  'ssl-stapling': sslStapling,
  'timeouts': timeouts,
  'unresolved-include': unresolvedInclude,
};
