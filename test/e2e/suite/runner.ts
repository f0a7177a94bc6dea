/**
 * A small BDD runner for the extension host (mocha is not a dependency):
 * `describe` / `it` / `before` / `after`, async bodies, a time limit per test,
 * sequential execution in declaration order, and a plain result list.
 */

export type Body = () => unknown;

interface Test {
  title: string;
  body: Body;
  timeoutMs: number;
}

interface Suite {
  title: string;
  tests: Test[];
  suites: Suite[];
  before: Body[];
  after: Body[];
}

export interface TestResult {
  title: string;
  ok: boolean;
  ms: number;
  error?: string;
}

const DEFAULT_TIMEOUT_MS = 30_000;

function newSuite(title: string): Suite {
  return { title, tests: [], suites: [], before: [], after: [] };
}

const root = newSuite('');
let current = root;

export function describe(title: string, define: () => void): void {
  const suite = newSuite(title);
  current.suites.push(suite);
  const parent = current;
  current = suite;
  try {
    define();
  } finally {
    current = parent;
  }
}

export function it(title: string, body: Body, timeoutMs = DEFAULT_TIMEOUT_MS): void {
  current.tests.push({ title, body, timeoutMs });
}

export function before(body: Body): void {
  current.before.push(body);
}

export function after(body: Body): void {
  current.after.push(body);
}

async function runWithTimeout(body: Body, timeoutMs: number, what: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms: ${what}`)), timeoutMs);
  });
  try {
    await Promise.race([Promise.resolve().then(body), limit]);
  } finally {
    clearTimeout(timer);
  }
}

function describeError(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}

async function runSuite(suite: Suite, path: string[], results: TestResult[], log: (line: string) => void): Promise<void> {
  const names = suite.title ? [...path, suite.title] : path;
  let setupError: string | undefined;
  for (const hook of suite.before) {
    try {
      await runWithTimeout(hook, DEFAULT_TIMEOUT_MS, `before hook of "${names.join(' › ')}"`);
    } catch (e) {
      setupError = describeError(e);
      break;
    }
  }
  const tests = [...suite.tests.map((t) => ({ kind: 'test' as const, t })), ...suite.suites.map((s) => ({ kind: 'suite' as const, s }))];
  for (const entry of tests) {
    if (entry.kind === 'suite') {
      if (setupError) continue;
      await runSuite(entry.s, names, results, log);
      continue;
    }
    const title = [...names, entry.t.title].join(' › ');
    const started = Date.now();
    let error = setupError ? `before hook failed: ${setupError}` : undefined;
    if (!error) {
      try {
        await runWithTimeout(entry.t.body, entry.t.timeoutMs, title);
      } catch (e) {
        error = describeError(e);
      }
    }
    const ms = Date.now() - started;
    results.push({ title, ok: !error, ms, ...(error ? { error } : {}) });
    log(`${error ? '✗' : '✓'} ${title} (${ms} ms)${error ? `\n    ${error.replace(/\n/g, '\n    ')}` : ''}`);
  }
  for (const hook of suite.after) {
    try {
      await runWithTimeout(hook, DEFAULT_TIMEOUT_MS, `after hook of "${names.join(' › ')}"`);
    } catch (e) {
      results.push({ title: `${names.join(' › ')} › after hook`, ok: false, ms: 0, error: describeError(e) });
      log(`✗ after hook of ${names.join(' › ')}\n    ${describeError(e)}`);
    }
  }
}

/** Run everything declared so far, in order. */
export async function runAll(log: (line: string) => void): Promise<TestResult[]> {
  const results: TestResult[] = [];
  await runSuite(root, [], results, log);
  return results;
}
