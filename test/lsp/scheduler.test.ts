import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticsScheduler } from '../../server/lsp/scheduler';

describe('diagnostics scheduler', () => {
  it('debounces changes and never publishes a version the document moved past', async () => {
    let version = 1;
    let computed = 0;
    const published: { version: number | undefined; count: number }[] = [];
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    let done: () => void = () => {};
    const finished = new Promise<void>((r) => (done = r));
    const scheduler = new DiagnosticsScheduler({
      versionOf: () => version,
      log: (m) => assert.fail(m),
      publish: (_uri, v, diagnostics) => {
        published.push({ version: v, count: diagnostics.length });
        done();
      },
      compute: async () => {
        computed++;
        const at = version;
        if (at === 1) await gate; // a slow lint of version 1
        return { version: at, diagnostics: [] };
      },
    });
    const slow = scheduler.now('u'); // version 1, held at the gate
    version = 2;
    scheduler.schedule('u', 5);
    scheduler.schedule('u', 5); // coalesced with the previous call
    await finished;
    release();
    await slow;
    assert.equal(computed, 2);
    assert.deepEqual(published, [{ version: 2, count: 0 }]);
  });

  it('clears on close only what it published', async () => {
    const published: (number | undefined)[] = [];
    const scheduler = new DiagnosticsScheduler({
      versionOf: () => 1,
      log: () => {},
      publish: (_uri, v) => published.push(v),
      compute: async (uri) => (uri === 'known' ? { version: 1, diagnostics: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message: 'x' }] } : undefined),
    });
    await scheduler.now('known');
    await scheduler.now('unknown');
    scheduler.clear('known');
    scheduler.clear('unknown');
    assert.deepEqual(published, [1, undefined]);
  });
});
