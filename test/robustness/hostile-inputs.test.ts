/** Hostile and odd inputs: each must lint within a time bound, without throwing. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createLinter } from '../../server/default-linter';
import { emptyConfig } from '../../server/engine/config';

const linter = createLinter();

function timed<T>(fn: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
}

describe('hostile compose inputs', () => {
  it('does not expand YAML alias bombs (billion laughs)', () => {
    let yaml = 'x-a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    for (let i = 1; i <= 9; i++) yaml += `x-a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(',')}]\n`;
    yaml += 'services:\n  web:\n    image: nginx:1.27\n    command: *a9\n    environment: *a9\n    <<: {labels: *a9}\n';
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

  it('skips files over the size limit with a reason, fast', () => {
    const big = 'services:\n' + '  # padding\n'.repeat(5_000_000);
    assert.ok(big.length > 50_000_000);
    const { value, ms } = timed(() => linter.lintText(big, { path: '/w/docker-compose.yml' }));
    assert.match(value.skipped ?? '', /maxFileSize/);
    assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
  });

  it('lints a very long line within bounds', () => {
    const yaml = `services:\n  web:\n    image: nginx:1.27\n    command: "${'a'.repeat(1_000_000)}"\n`;
    const { ms } = timed(() => linter.lintText(yaml, { path: '/w/docker-compose.yml' }));
    assert.ok(ms < 3000, `took ${ms.toFixed(0)} ms`);
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

  it('accepts a BOM, CRLF, mixed line endings and tabs in comments', () => {
    const text = '\ufeffservices:\r\n  web:\n    image: nginx:1.27 #\tnote\r\n    privileged: true\r\n';
    const result = linter.lintText(text, { path: '/w/docker-compose.yml', config: emptyConfig() });
    const privileged = result.findings.find((f) => f.ruleId === 'compose/no-privileged');
    assert.ok(privileged, 'privileged not found');
    assert.equal(text.slice(privileged.span.start, privileged.span.end), 'privileged: true');
  });
});
