/** The compose helpers rules build on: interpolation, ports, volumes, images, secrets, scalar offsets. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findInterpolations, splitOutside, wholeValueDefault, withDefaults } from '../../../server/formats/compose/interpolation';
import { bindShortToLoopback, classifyHostIp, parseShortPort } from '../../../server/formats/compose/ports';
import { isEngineSocket, isSensitiveHostPath, normalizeHostPath, parseShortVolume } from '../../../server/formats/compose/volumes';
import { isDatastoreImage, isTrusted, parseImage } from '../../../server/formats/compose/images';
import { commandSecrets, isSecretName, secretBits, splitWords, urlPassword } from '../../../server/formats/compose/secrets';

describe('interpolation', () => {
  it('finds references and skips $$ escapes', () => {
    assert.deepEqual(findInterpolations('a $$X ${B:-x} $C').map((r) => [r.name, r.operator, r.argument]), [['B', ':-', 'x'], ['C', '', '']]);
  });
  it('substitutes defaults, nested ones too, and gives up on unset variables', () => {
    assert.equal(withDefaults('${A:-${B:-1}}:80'), '1:80');
    assert.equal(withDefaults('${A}:80'), undefined);
    assert.equal(withDefaults('${A:?must be set}'), undefined);
    assert.equal(wholeValueDefault('${PW:-changeme}'), 'changeme');
    assert.equal(wholeValueDefault('x${PW:-changeme}'), undefined);
  });
  it('splits outside references and brackets', () => {
    assert.deepEqual(splitOutside('${A:-1:2}:[::1]:80', ':'), ['${A:-1:2}', '[::1]', '80']);
  });
});

describe('ports', () => {
  it('parses short syntax', () => {
    assert.deepEqual(parseShortPort('127.0.0.1:8080:80/udp'), { hostIp: '127.0.0.1', hostPort: '8080', containerPort: '80', ipLength: 9 });
    assert.deepEqual(parseShortPort('5432'), { hostIp: '', hostPort: '', containerPort: '5432', ipLength: 0 });
    assert.equal(parseShortPort('::1:5432:5432').hostIp, '::1');
  });
  it('classifies addresses', () => {
    assert.equal(classifyHostIp(''), 'all');
    assert.equal(classifyHostIp('[::]'), 'all');
    assert.equal(classifyHostIp('127.0.0.2'), 'loopback');
    assert.equal(classifyHostIp('localhost'), 'loopback');
    assert.equal(classifyHostIp('10.1.2.3'), 'specific');
    assert.equal(classifyHostIp('${IP}'), 'unknown');
  });
  it('rewrites to loopback only when it is safe', () => {
    assert.equal(bindShortToLoopback('5432'), '127.0.0.1::5432');
    assert.equal(bindShortToLoopback('0.0.0.0:80:80'), '127.0.0.1:80:80');
    assert.equal(bindShortToLoopback('${P:-80}:80'), '127.0.0.1:${P:-80}:80');
    assert.equal(bindShortToLoopback('${P:-10.0.0.1:80}:80'), undefined);
    assert.equal(bindShortToLoopback('${P}:80'), undefined);
  });
});

describe('volumes', () => {
  it('parses short syntax with modes and drive letters', () => {
    assert.deepEqual(parseShortVolume('./a:/b:ro,z'), { source: './a', target: '/b', mode: 'ro,z' });
    assert.deepEqual(parseShortVolume('/data'), { source: '', target: '/data', mode: '' });
    assert.deepEqual(parseShortVolume('C:\\data:/data'), { source: 'C:\\data', target: '/data', mode: '' });
  });
  it('knows sockets and system paths', () => {
    assert.equal(normalizeHostPath('/etc//nginx/./'), '/etc/nginx');
    assert.equal(normalizeHostPath('/srv/../../etc/./nginx/..'), '/etc');
    assert.equal(normalizeHostPath('./conf/../x/'), './conf/../x');
    assert.ok(isSensitiveHostPath('/srv/../etc'));
    assert.ok(isEngineSocket('/run/user/1000/podman/podman.sock'));
    assert.ok(!isEngineSocket('/tmp/app.sock'));
    assert.ok(isSensitiveHostPath('/proc/1/root'));
    assert.ok(isSensitiveHostPath('/etc/'));
    assert.ok(!isSensitiveHostPath('/etc/localtime'));
  });
});

describe('images', () => {
  it('splits references', () => {
    assert.deepEqual(parseImage('nginx'), { registry: 'docker.io', repository: 'library/nginx', tag: '', digest: '' });
    assert.deepEqual(parseImage('localhost:5000/a/b:1@sha256:ab'), { registry: 'localhost:5000', repository: 'a/b', tag: '1', digest: 'sha256:ab' });
    assert.equal(parseImage('postgres:${V}').tag, undefined);
    assert.equal(parseImage('$IMAGE').registry, undefined);
  });
  it('recognises datastores by name only', () => {
    assert.ok(isDatastoreImage(parseImage('bitnami/redis:7')));
    assert.ok(isDatastoreImage(parseImage('mcr.microsoft.com/mssql/server:2022-latest')));
    assert.ok(!isDatastoreImage(parseImage('mongo-express')));
  });
  it('matches trusted registries and path prefixes', () => {
    assert.ok(isTrusted(parseImage('nginx'), ['docker.io']));
    assert.ok(isTrusted(parseImage('ghcr.io/org/x'), ['ghcr.io/org']));
    assert.ok(!isTrusted(parseImage('ghcr.io/orgx/x'), ['ghcr.io/org']));
  });
});

describe('secrets', () => {
  it('names', () => {
    assert.ok(isSecretName('POSTGRES_PASSWORD'));
    assert.ok(!isSecretName('POSTGRES_PASSWORD_FILE'));
    assert.ok(!isSecretName('ACCESS_KEY_ID'));
  });
  it('URL passwords and command flags', () => {
    assert.equal(urlPassword('mysql://u@h/db'), undefined);
    assert.equal(urlPassword('mysql://u:${PW}@h/db'), undefined);
    assert.deepEqual(urlPassword('mysql://u:pw@h/db'), { start: 10, end: 12 });
    assert.deepEqual(commandSecrets(['--requirepass', 'x', '--password=y', '--token', '--other']).map((s) => [s.flag, s.arg]), [['--requirepass', 1], ['--password', 2]]);
    // Short flags count only after the client they belong to, up to the next shell separator.
    assert.deepEqual(commandSecrets(['/usr/bin/redis-cli', '-a', 'pw', 'ping', '&&', 'tar', '-a', 'x']).map((s) => [s.program, s.flag, s.arg]), [['redis-cli', '-a', 2]]);
    assert.deepEqual(commandSecrets(['mysql', '-p', '-P', '3306', '-ppw']).map((s) => [s.flag, s.arg, s.start]), [['-p', 4, 2]]);
    assert.deepEqual(commandSecrets(['constructor', '-a', 'x']), []);
    assert.deepEqual(splitWords('a "b c" ${X:?is unset} d'), [{ word: 'a', start: 0 }, { word: 'b c', start: 3 }, { word: '${X:?is unset}', start: 8 }, { word: 'd', start: 23 }]);
  });
  it('estimates strength', () => {
    assert.equal(secretBits('0123456789abcdef'), 64);
    assert.equal(secretBits('base64:' + 'A'.repeat(43) + '='), 256);
    assert.ok(secretBits('correcthorse') < 64);
  });
});
