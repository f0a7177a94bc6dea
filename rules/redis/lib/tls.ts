/** TLS checks: is TLS on, is plaintext still open, which protocol versions, client certificates. */
import { commentedDirective } from '../../../server/formats/redis/ast';
import type { Issue } from './issue';
import { isOwn, type RedisSubject } from './subject';

function tlsOn(subject: RedisSubject): boolean {
  const v = subject.redis.get('tls-port').value;
  return v !== '' && v !== '0';
}

export function checkTlsEnabled(subject: RedisSubject): Issue[] {
  const { redis } = subject;
  if (tlsOn(subject)) return [];
  const setting = redis.get('tls-port');
  if (setting.directive) {
    return isOwn(subject, setting.directive) ? [{ messageId: 'disabled', span: setting.directive.args[0]?.span ?? setting.directive.nameSpan, data: {}, fixes: [] }] : [];
  }
  if (!redis.complete) return [];
  if (redis.get('port').value === '0') return []; // unix socket only: nothing travels the network
  const comment = commentedDirective(subject.tree, 'tls-port');
  const port = redis.get('port').directive;
  const span = comment?.span ?? (isOwn(subject, port) ? port.nameSpan : subject.fallbackSpan);
  return [{ messageId: 'missing', span, data: {}, fixes: [] }];
}

export function checkPlaintextPort(subject: RedisSubject): Issue[] {
  const { redis } = subject;
  if (!tlsOn(subject)) return [];
  const port = redis.get('port');
  if (port.value === '0') return [];
  const title = 'Set port 0 (changes runtime behaviour: plaintext clients can no longer connect)';
  if (port.directive) {
    if (!isOwn(subject, port.directive)) return [];
    const arg = port.directive.args[0]!;
    return [{ messageId: 'plaintextOpen', span: arg.span, data: { port: port.value }, fixes: [{ title, changesBehavior: true, preferred: true, edits: [{ kind: 'replace-arg', arg, value: '0' }] }] }];
  }
  const tlsPort = redis.get('tls-port').directive;
  if (!redis.complete || !isOwn(subject, tlsPort)) return [];
  return [{
    messageId: 'plaintextDefault',
    span: tlsPort.nameSpan,
    data: { port: port.value },
    fixes: [{ title, changesBehavior: true, preferred: true, edits: [{ kind: 'insert-lines', after: tlsPort.span, lines: [{ name: 'port', args: ['0'] }] }] }],
  }];
}

export const MODERN_TLS_PROTOCOLS = 'TLSv1.2 TLSv1.3';

export function checkTlsProtocols(subject: RedisSubject): Issue[] {
  const setting = subject.redis.get('tls-protocols');
  if (!isOwn(subject, setting.directive)) return [];
  const arg = setting.directive.args[0];
  if (!arg) return [];
  const legacy = setting.value.split(/\s+/).filter((p) => /^tlsv1(\.[01])?$/i.test(p));
  if (legacy.length === 0) return [];
  return [{
    messageId: 'legacy',
    span: arg.span,
    data: { protocols: legacy.join(', ') },
    fixes: [{
      title: 'Allow only TLSv1.2 and TLSv1.3 (changes runtime behaviour: TLSv1 and TLSv1.1 clients are refused)',
      changesBehavior: true,
      preferred: true,
      edits: [{ kind: 'replace-arg', arg, value: MODERN_TLS_PROTOCOLS }],
    }],
  }];
}

export function checkTlsClientAuth(subject: RedisSubject, options: { reportOptional: boolean }): Issue[] {
  if (!tlsOn(subject)) return [];
  const setting = subject.redis.get('tls-auth-clients');
  const value = setting.value.toLowerCase();
  if (!isOwn(subject, setting.directive) || !(value === 'no' || (value === 'optional' && options.reportOptional))) return [];
  const arg = setting.directive.args[0]!;
  return [{
    messageId: value === 'no' ? 'disabled' : 'optional',
    span: arg.span,
    data: {},
    fixes: [{ title: 'Set tls-auth-clients yes (changes runtime behaviour: clients must present a certificate)', changesBehavior: true, preferred: false, edits: [{ kind: 'replace-arg', arg, value: 'yes' }] }],
  }];
}
