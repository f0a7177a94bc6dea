/**
 * What the test files call. Under mocha (`@vscode/test-cli`) these are mocha's
 * globals; in code-server's extension host they are runner.ts's.
 */
import * as runner from './runner';

type Body = () => unknown;

interface MochaLike {
  describe: (title: string, define: () => void) => unknown;
  it: (title: string, body: Body) => { timeout?: (ms: number) => unknown } | unknown;
  before: (body: Body) => unknown;
  after: (body: Body) => unknown;
}

function mocha(): MochaLike | undefined {
  const g = globalThis as unknown as Partial<MochaLike>;
  return typeof g.describe === 'function' && typeof g.it === 'function' && typeof g.before === 'function' && typeof g.after === 'function'
    ? (g as MochaLike)
    : undefined;
}

export function describe(title: string, define: () => void): void {
  const m = mocha();
  if (m) m.describe(title, define);
  else runner.describe(title, define);
}

export function it(title: string, body: Body, timeoutMs = 30_000): void {
  const m = mocha();
  if (!m) return runner.it(title, body, timeoutMs);
  const test = m.it(title, body) as { timeout?: (ms: number) => unknown } | undefined;
  test?.timeout?.(timeoutMs);
}

export function before(body: Body): void {
  const m = mocha();
  if (m) m.before(body);
  else runner.before(body);
}

export function after(body: Body): void {
  const m = mocha();
  if (m) m.after(body);
  else runner.after(body);
}
