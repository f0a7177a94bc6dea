import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  StoreError,
  acceptedRiskEntry,
  applyStoreChange,
  readStore,
  serializeStore,
  storePath,
  verifiedEntry,
} from '../../server/checklist/store';

const KNOWN_A = 'operating-system-updates.latest-os-patches-installed';
const KNOWN_B = 'firewall-configuration.ddos-protection-configured';
const AT = new Date('2026-02-03T04:05:06.000Z');

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'hardenlint-store-'));
});

function writeStoreText(text: string): void {
  mkdirSync(join(root, '.hardenlint'), { recursive: true });
  writeFileSync(storePath(root), text);
}

describe('checklist store', () => {
  it('reads a missing file as an empty store and does not create it', () => {
    const loaded = readStore(root);
    assert.equal(loaded.exists, false);
    assert.deepEqual(loaded.store.items, {});
    assert.equal(existsSync(storePath(root)), false);
  });

  it('round-trips entries as stable, sorted, 2-space JSON with a trailing newline', () => {
    applyStoreChange(root, KNOWN_B, acceptedRiskEntry('bo', ' CDN handles it ', AT));
    applyStoreChange(root, KNOWN_A, verifiedEntry('ana', 'unattended-upgrades on all hosts', AT));
    const text = readFileSync(storePath(root), 'utf8');
    assert.equal(
      text,
      [
        '{',
        '  "version": 1,',
        '  "items": {',
        `    "${KNOWN_B}": {`,
        '      "status": "accepted-risk",',
        '      "by": "bo",',
        '      "at": "2026-02-03T04:05:06.000Z",',
        '      "justification": "CDN handles it"',
        '    },',
        `    "${KNOWN_A}": {`,
        '      "status": "verified",',
        '      "by": "ana",',
        '      "at": "2026-02-03T04:05:06.000Z",',
        '      "evidence": "unattended-upgrades on all hosts"',
        '    }',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    const loaded = readStore(root);
    assert.equal(serializeStore(loaded.store), text);
    assert.deepEqual(loaded.unknownIds, []);
    assert.deepEqual(readdirSync(join(root, '.hardenlint')), ['checklist.json'], 'no temporary files left behind');
  });

  it('removes an entry', () => {
    applyStoreChange(root, KNOWN_A, verifiedEntry('ana', undefined, AT));
    applyStoreChange(root, KNOWN_A, undefined);
    assert.deepEqual(readStore(root).store.items, {});
  });

  it('keeps an entry written on disk after it was read', () => {
    applyStoreChange(root, KNOWN_A, verifiedEntry('ana', undefined, AT));
    const stale = readStore(root); // what the editor had loaded
    // Someone pulls a change that adds another entry.
    const pulled = { version: 1, items: { ...stale.store.items, [KNOWN_B]: { status: 'verified', by: 'bo', at: 'x' } } };
    writeStoreText(JSON.stringify(pulled));
    applyStoreChange(root, 'incident-response.unknown-but-kept', verifiedEntry('cy', undefined, AT));
    const items = readStore(root).store.items;
    assert.deepEqual(Object.keys(items).sort(), [KNOWN_B, 'incident-response.unknown-but-kept', KNOWN_A].sort());
  });

  it('redoes the merge when the file changes between read and write', () => {
    applyStoreChange(root, KNOWN_A, verifiedEntry('ana', undefined, AT));
    let raced = false;
    applyStoreChange(root, KNOWN_B, acceptedRiskEntry('bo', 'why', AT), {
      beforeWrite: () => {
        if (raced) return;
        raced = true;
        writeStoreText(JSON.stringify({ version: 1, items: { [KNOWN_A]: { status: 'verified', by: 'ana', at: 'y', evidence: 'from disk' } } }));
      },
    });
    const items = readStore(root).store.items;
    assert.equal(items[KNOWN_A]!.status === 'verified' && items[KNOWN_A]!.evidence, 'from disk');
    assert.equal(items[KNOWN_B]!.status, 'accepted-risk');
  });

  for (const [name, text, problem] of [
    ['invalid JSON', '{ "version": 1, "items": { ', /not valid JSON/],
    ['a wrong version', '{ "version": 7, "items": {} }', /unsupported "version" 7/],
    ['items as a list', '{ "version": 1, "items": [] }', /"items" must be an object/],
    ['an unknown status', `{ "version": 1, "items": { "${KNOWN_A}": { "status": "done", "by": "a", "at": "b" } } }`, /"status" must be/],
    ['a risk without justification', `{ "version": 1, "items": { "${KNOWN_A}": { "status": "accepted-risk", "by": "a", "at": "b", "justification": " " } } }`, /non-empty "justification"/],
  ] as const) {
    it(`rejects ${name} with a clear error and leaves the file untouched`, () => {
      writeStoreText(text);
      assert.throws(() => readStore(root), (e: unknown) => {
        assert.ok(e instanceof StoreError);
        assert.equal(e.file, storePath(root));
        assert.match(e.message, /checklist\.json/);
        assert.match(e.problem, problem);
        return true;
      });
      assert.throws(() => applyStoreChange(root, KNOWN_B, verifiedEntry('a', undefined, AT)), StoreError);
      assert.equal(readFileSync(storePath(root), 'utf8'), text);
    });
  }

  it('keeps and reports ids the checklist does not know, and unknown entry fields', () => {
    writeStoreText(JSON.stringify({ version: 1, items: { 'old.removed-item': { status: 'verified', by: 'a', at: 'b', ticket: 'SEC-1' } } }));
    assert.deepEqual(readStore(root).unknownIds, ['old.removed-item']);
    applyStoreChange(root, KNOWN_A, verifiedEntry('ana', undefined, AT));
    const loaded = readStore(root);
    assert.deepEqual(loaded.unknownIds, ['old.removed-item']);
    assert.equal((loaded.store.items['old.removed-item'] as unknown as Record<string, unknown>).ticket, 'SEC-1');
  });

  it('requires a justification for an accepted risk', () => {
    assert.throws(() => acceptedRiskEntry('a', '   '));
  });
});
