/** Hostile and odd inputs: each must lint within a time bound, without throwing. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createLinter } from '../../server/default-linter';
import { emptyConfig } from '../../server/engine/config';
import type { FormatId } from '../../server/engine/types';
import { checkPipeline } from './properties';

const linter = createLinter();

function timed<T>(fn: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
}

const PATHS: Record<FormatId, string> = {
  compose: '/w/docker-compose.yml',
  nginx: '/w/nginx/nginx.conf',
  postgresql: '/w/postgresql.conf',
  'pg-hba': '/w/pg_hba.conf',
  redis: '/w/redis.conf',
};

/** One insecure line per format, and the rule that must still find it whatever surrounds it. */
const INSECURE: Record<FormatId, { text: (eol: string, tab: string) => string; rule: string }> = {
  compose: { text: (eol) => `services:${eol}  web:${eol}    image: nginx:1.27 #\tnote${eol}    privileged: true${eol}`, rule: 'compose/no-privileged' },
  nginx: { text: (eol, tab) => `http {${eol}${tab}server {${eol}${tab}${tab}server_tokens${tab}on;${eol}${tab}${tab}root /srv;${eol}${tab}}${eol}}${eol}`, rule: 'nginx/server-tokens' },
  postgresql: { text: (eol, tab) => `# comment${eol}ssl${tab}=${tab}off${eol}listen_addresses = '*'${eol}`, rule: 'postgresql/ssl-enabled' },
  'pg-hba': { text: (eol, tab) => `# TYPE DATABASE USER ADDRESS METHOD${eol}host${tab}all${tab}all${tab}0.0.0.0/0${tab}trust${eol}`, rule: 'pg-hba/trust' },
  redis: { text: (eol, tab) => `bind 0.0.0.0${eol}protected-mode${tab}no${eol}`, rule: 'redis/protected-mode' },
};

const FORMATS = Object.keys(PATHS) as FormatId[];

describe('hostile compose inputs', () => {
  it('does not expand YAML alias bombs (billion laughs)', () => {
    let yaml = 'x-a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    for (let i = 1; i <= 9; i++) yaml += `x-a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(',')}]\n`;
    yaml += 'services:\n  web:\n    image: nginx:1.27\n    command: *a9\n    environment: *a9\n    <<: {labels: *a9}\n';
    const { value, ms } = timed(() => linter.lintText(yaml, { path: '/w/docker-compose.yml' }));
    assert.equal(value.format, 'compose');
    assert.ok(ms < 2000, `took ${ms.toFixed(0)} ms`);
  });

  it('does not expand merge-key alias bombs', () => {
    let yaml = 'x-m0: &m0 {a: 1, privileged: true}\n';
    for (let i = 1; i <= 12; i++) yaml += `x-m${i}: &m${i}\n  <<: [${Array(6).fill(`*m${i - 1}`).join(', ')}]\n  k${i}: v\n`;
    yaml += 'services:\n  web:\n    <<: *m12\n    image: nginx:1.27\n';
    const { value, ms } = timed(() => linter.lintText(yaml, { path: '/w/docker-compose.yml' }));
    assert.equal(value.format, 'compose');
    assert.ok(ms < 2000, `took ${ms.toFixed(0)} ms`);
  });

  it('handles deeply nested YAML', () => {
    const depth = 2000;
    const yaml = 'services:\n  web:\n    image: nginx:1.27\n    labels:\n      x: ' + '['.repeat(depth) + ']'.repeat(depth) + '\n';
    const { value, ms } = timed(() => linter.lintText(yaml, { path: '/w/docker-compose.yml' }));
    assert.ok(value.findings.every((f) => f.span.end <= yaml.length));
    assert.ok(ms < 5000, `took ${ms.toFixed(0)} ms`);
  });

  it('skips binary content', () => {
    const result = linter.lintText('services:\n  web:\u0000\u0001\n', { path: '/w/docker-compose.yml' });
    assert.match(result.skipped ?? '', /binary/);
  });

  it('reports one parse error for broken YAML instead of throwing', () => {
    const result = linter.lintText('services:\n  web:\n    image: "unterminated\n  db: [\n', { path: '/w/docker-compose.yml' });
    assert.equal(result.findings.length, 1);
    assert.equal(result.findings[0]!.ruleId, 'hardenlint/parse-error');
  });
});

describe('hostile nginx inputs', () => {
  it('handles 10,000 nested blocks', () => {
    const depth = 10_000;
    const text = 'http {\nserver {\n' + 'location / {\n'.repeat(depth) + '}\n'.repeat(depth) + '}\n}\n';
    const { value, ms } = timed(() => linter.lintText(text, { path: '/w/nginx/nginx.conf' }));
    assert.equal(value.format, 'nginx');
    assert.ok(value.findings.every((f) => f.span.end <= text.length));
    assert.ok(ms < 10_000, `took ${ms.toFixed(0)} ms`);
  });

  it('handles 10,000 unclosed blocks', () => {
    const text = 'http {\n' + 'server {\n'.repeat(10_000);
    const { value } = timed(() => linter.lintText(text, { path: '/w/nginx/nginx.conf' }));
    assert.ok(value.findings.some((f) => f.ruleId === 'hardenlint/parse-error'));
  });
});

describe('every format: size limits, long lines, odd bytes', () => {
  for (const format of FORMATS) {
    it(`${format}: a 50 MB file is skipped with a reason, fast`, () => {
      const unit = INSECURE[format].text('\n', ' ');
      const big = unit + '# padding\n'.repeat(5_100_000);
      assert.ok(big.length > 50_000_000);
      const { value, ms } = timed(() => linter.lintText(big, { path: PATHS[format] }));
      assert.match(value.skipped ?? '', /maxFileSize/);
      assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
    });

    it(`${format}: a 1 MB line lints within bounds`, () => {
      const long = 'a'.repeat(1_000_000);
      const text = INSECURE[format].text('\n', ' ') + (format === 'compose' ? `x-long: "${long}"\n` : `# ${long}\n${format === 'pg-hba' ? 'host all all ' : ''}${long}\n`);
      const { value, ms } = timed(() => linter.lintText(text, { path: PATHS[format], format }));
      assert.ok(value.findings.some((f) => f.ruleId === INSECURE[format].rule), `${INSECURE[format].rule} not found`);
      assert.ok(ms < 5000, `took ${ms.toFixed(0)} ms`);
    });

    it(`${format}: a BOM, CRLF, mixed line endings and tabs keep exact ranges and sound fixes`, () => {
      const crlf = INSECURE[format].text('\r\n', '\t');
      const mixed = crlf.replace(/\r\n/, '\n').replace(/\r\n(?=[^\r\n]*\r\n$)/, '\r');
      for (const text of ['\ufeff' + crlf, mixed, '\ufeff' + mixed]) {
        const result = linter.lintText(text, { path: PATHS[format], format, config: emptyConfig() });
        const finding = result.findings.find((f) => f.ruleId === INSECURE[format].rule);
        assert.ok(finding, `${INSECURE[format].rule} not found in ${JSON.stringify(text)}`);
        assert.doesNotMatch(text.slice(finding.span.start, finding.span.end), /^[\s\ufeff]|[\r\n]/, 'range includes a BOM or line break');
        checkPipeline(linter, { path: PATHS[format], format }, text);
      }
    });

    it(`${format}: NUL bytes skip the file as binary, without throwing`, () => {
      const text = INSECURE[format].text('\n', ' ') + 'x\u0000y\n';
      const result = linter.lintText(text, { path: PATHS[format], format });
      assert.match(result.skipped ?? '', /binary/);
    });

    it(`${format}: lone surrogates and replacement characters lint`, () => {
      const text = INSECURE[format].text('\n', ' ') + '# \ud800 \udfff \ufffd\ufffd\n';
      const result = linter.lintText(text, { path: PATHS[format], format });
      assert.ok(result.findings.some((f) => f.ruleId === INSECURE[format].rule));
      checkPipeline(linter, { path: PATHS[format], format }, text);
    });
  }
});
