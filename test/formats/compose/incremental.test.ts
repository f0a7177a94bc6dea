/**
 * Incremental compose parsing must be invisible: for real-world files,
 * examples, fixtures, random mutations of them and random edit sequences on
 * a large generated file, the chunked parse yields the same node tree (types,
 * values, ranges) as the whole-text parse, and lintText yields the same
 * findings (rule ids, spans, messages, fixes), on a cold cache and after
 * edits that reuse it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { isCollection, isPair, isScalar, parseDocument, type Node, type YAMLMap } from 'yaml';
import { Linter } from '../../../server/engine/linter';
import { ALL_FORMATS } from '../../../server/formats';
import { ALL_RULES } from '../../../rules';
import { parseCompose } from '../../../server/formats/compose/parse';
import { ChunkCache, layoutOf, parseChunked, releaseChunked, YAML_OPTIONS } from '../../../server/formats/compose/incremental';
import { generateCompose } from '../../bench/bench';
import { corpusPath, repoPath } from '../../harness/paths';

const incrementalLinter = new Linter(ALL_FORMATS, ALL_RULES);
const fullLinter = new Linter(
  ALL_FORMATS.map((f) => (f.id === 'compose' ? { ...f, parse: (source: never, path: string) => parseCompose(source, path, false) } : f)),
  ALL_RULES,
);

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

const isYaml = (p: string) => /\.ya?ml$/i.test(p);
const seeds: { name: string; text: string }[] = [
  ...filesUnder(corpusPath('compose')).filter(isYaml).sort(),
  ...filesUnder(repoPath('examples')).filter(isYaml).sort(),
  ...filesUnder(repoPath('test')).filter((p) => isYaml(p) && /compose|stack/i.test(p)).sort(),
].map((p) => ({ name: p, text: readFileSync(p, 'utf8') }));

/** Every node's kind, value, style and ranges, in document order. */
function shape(node: unknown): unknown {
  if (node === null || node === undefined) return null;
  if (isPair(node)) return { key: shape(node.key), value: shape(node.value) };
  const n = node as Node;
  const base = { kind: n.constructor.name, range: n.range, tag: n.tag ?? null };
  if (isScalar(n)) return { ...base, value: n.value, type: n.type ?? null, anchor: n.anchor ?? null };
  if (isCollection(n)) return { ...base, flow: Boolean(n.flow), anchor: n.anchor ?? null, items: n.items.map(shape) };
  return base;
}

function assertSameTree(text: string, cache: ChunkCache, scope: string): boolean {
  const chunked = parseChunked(text, cache, scope);
  if (!chunked) return false;
  const full = parseDocument(text, YAML_OPTIONS);
  assert.equal(full.errors.length, 0, 'the chunked path accepted a text the full parse rejects');
  assert.deepEqual(shape(chunked.contents), shape(full.contents));
  return true;
}

function assertSameFindings(text: string, path: string): void {
  const a = incrementalLinter.lintText(text, { path });
  const b = fullLinter.lintText(text, { path });
  assert.deepEqual(a, b);
}

describe('incremental compose parsing', () => {
  it('has seed files', () => assert.ok(seeds.length >= 10, `only ${seeds.length} seed files`));

  it('gives the full parse tree and findings for every seed file, cold and warm', () => {
    let chunked = 0;
    for (const { name, text } of seeds) {
      const path = `/seed/${name.replace(/.*\//, '')}/docker-compose.yml`;
      const cache = new ChunkCache();
      if (assertSameTree(text, cache, 'cold')) chunked++;
      assertSameTree(text, cache, 'cold');
      assertSameFindings(text, path);
      assertSameFindings(text, path);
    }
    assert.ok(chunked >= 5, `only ${chunked} seed files took the chunked path`);
  });

  it('splits a plain file into one chunk per service', () => {
    const layout = layoutOf(generateCompose(200));
    assert.ok(layout);
    assert.ok(layout.services.length > 5);
    assert.equal(layoutOf('services:\n  a: &x\n    image: x\n  b: *x\n'), undefined);
    assert.equal(layoutOf('services:\n  a:\n    command: |\n      run\n'), undefined);
    assert.equal(layoutOf('services:\n\ta:\n'), undefined);
    assert.equal(layoutOf('%YAML 1.2\n---\nservices:\n  a: {}\n'), undefined);
    assert.equal(layoutOf('services: {a: {}}\n'), undefined);
  });

  it('gives the full parse tree and findings for layouts at the edge of splitting', () => {
    const cases = [
      'services:\n  web:\n    image: a\n# column-0 comment\n  db:\n    image: b\n',
      'services:\n  web:\n    image: a\n  # between services\n\n  db:\n    privileged: true\n',
      'services: # the services\n  web:\n    image: a:latest\n    # trailing\n',
      '# header\n\nversion: "3"\nservices:\n\n\n  web:\n    image: a\nvolumes:\n  data:\n# end\n',
      'services:\r\n  web:\r\n    image: a\r\n    privileged: true\r\n  db:\r\n    image: b\r\n',
      'services:\r  web:\r    privileged: true\r',
      'services:\n  web:\n    image: a\n  db:\n    image: b',
      'services:\n    web:\n        image: a\n    db:\n        ports: ["80:80"]\n',
      'services:\n  1:\n    image: a\n  0x1:\n    image: b\n',
      'services:\n  web:\n    image: a\nservices:\n  db:\n    image: b\n',
      'x-a:\n  b: 1\nx-a:\n  b: 2\nservices:\n  web: {}\n',
      'services:\n  "web":\n    image: a\n  db:\n    image: b\n',
      'services:\n  web:\n    image: a\n db:\n    image: b\n',
      'services:\n    web:\n      image: a\n  db:\n      image: b\n',
      'services:\n  web: {image: a,\n  db: b}\n',
      'services:\n  web: "a\n  db: b"\n',
      'services:\n  web:\n    command: foo\n  bar\n',
      'services:\n  web:\n  db:\n    image: b\n',
      'services:\n  web: ~\n  db: null\n  cache: []\n',
      'services:\n  web:\n    image: a\n  web2:\n    image: a\nnetworks:\n  n: {}\nsecrets:\n  s:\n    file: ./s\n',
      'services:\n  web:\n    image: a\n  db:\n    image: b\n  db:\n    image: c\n',
      'services:\n  web:\n    image: a\n    image: b\n',
      'services:\n  web:\n    image: a\n...\n',
      'services:\n  web:\n    image: a\nservices2: x\n  y: z\n',
    ];
    const cache = new ChunkCache();
    let chunked = 0;
    for (const [i, text] of cases.entries()) {
      const path = `/edge/${i}/docker-compose.yml`;
      if (assertSameTree(text.replace(/\r(?!\n)/g, '\n'), cache, path)) chunked++;
      assertSameFindings(text, path);
      assertSameFindings(text, path);
    }
    assert.ok(chunked >= 8, `only ${chunked} edge cases took the chunked path`);
  });

  it('gives the full parse tree for comments at every indentation around and inside services', () => {
    const cache = new ChunkCache();
    for (let indent = 0; indent <= 6; indent++) {
      const c = `${' '.repeat(indent)}# c\n`;
      const cases = [
        `services:\n  web:\n    image: a\n    ports:\n      - 1\n${c}\n  db:\n    image: b\n`,
        `services:\n  web:\n    image: a\n  db:\n    ports:\n      - 1\n${c}\n`,
        `services:\n  web:\n    image: a\n  db:\n    env:\n      A: 1\n${c}\nvolumes:\n  v:\n    x: 1\n${c}`,
        `x-a:\n  b:\n    c: 1\n${c}services:\n  web:\n    image: a\n`,
        `services:\n${c}  web:\n    image: a\n`,
        `services:\n  web:\n    image: a\n  db:\n    env:\n      A: 1\n${c}      B: 2\n${c}    x: 1\n`,
        `services:\n  db:\n    env:\n      A: 1\n${c}      B: 2\n${c}    x: 1\n  web:\n    image: a\n`,
        `services:\n  web:\n    image: a\n  db:\n    a:\n      b:\n        c: 1\n${c}`,
        `services:\n  web:\n    ports:\n      - 1\n${c}  db:\n    ports:\n    - 1\n${c}`,
      ];
      for (const [i, text] of cases.entries()) {
        assertSameTree(text, cache, `/comments/${indent}/${i}`);
        assertSameFindings(text, `/comments/${indent}/${i}/docker-compose.yml`);
      }
    }
  });

  it('reports duplicate services exactly as the full parse does', () => {
    const text = 'services:\n  web:\n    image: a\n  web:\n    image: b\n';
    assert.equal(parseChunked(text, new ChunkCache(), 'dup'), undefined);
    const a = incrementalLinter.lintText(text, { path: 'docker-compose.yml' });
    assert.ok(a.findings.some((f) => f.ruleId === 'hardenlint/parse-error'));
    assertSameFindings(text, 'docker-compose.yml');
  });

  it('keeps findings equal on 1,200 random mutations of the seed files', () => {
    // Mostly edits that keep the layout splittable (so the chunked path is exercised), some that break it.
    const benign = ['a', 'x', ' ', '\n', '\n    ', '#', ' # note', '\n# note\n', '\n  # note\n', ': ', '1', '\n  extra:\n    image: y:latest\n    privileged: true\n', '\n    read_only: true', '\n    ports:\n      - "80:80"'];
    const alphabet = [...benign, ...benign, ...benign,'\n', ' ', '  ', ':', ': ', '#', '- ', 'a', 'x-', "'", '"', '{', '}', '[', ']', '&a ', '*a', '<<: ', '|', '>', '\t', '\r\n', '\r', '---\n', '0x1', 'web', 'services:', '\n  web:\n', '\n  db:\n    image: x\n'];
    const plainSeeds = seeds.filter((s) => layoutOf(s.text) !== undefined);
    assert.ok(plainSeeds.length > 0);
    const cache = new ChunkCache();
    let compared = 0;
    let chunked = 0;
    fc.assert(
      fc.property(
        fc.nat({ max: plainSeeds.length - 1 }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 12 }), fc.constantFrom(...alphabet), fc.boolean()), { minLength: 1, maxLength: 3 }),
        (seedIndex, edits) => {
          let text = plainSeeds[seedIndex]!.text;
          for (const [where, deleteCount, insert, atLineEnd] of edits) {
            let at = Math.floor(where * text.length);
            // Half the edits type at the end of a line, as an editor mostly does; the others land anywhere.
            if (atLineEnd) at = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
            text = text.slice(0, at) + insert + text.slice(at + (atLineEnd ? 0 : deleteCount));
          }
          compared++;
          const path = `/mutations/${seedIndex}/docker-compose.yml`;
          if (assertSameTree(text, cache, path)) chunked++;
          assertSameFindings(text, path);
        },
      ),
      { numRuns: 1200, seed: 20261203 },
    );
    assert.ok(compared >= 500);
    assert.ok(chunked >= 150, `only ${chunked} mutations took the chunked path`);
  });

  it('keeps findings equal on a 5,000-line file through a sequence of cached edits', () => {
    let text = generateCompose(5000);
    const path = '/generated/docker-compose.yml';
    const cache = new ChunkCache();
    assert.ok(assertSameTree(text, cache, path), 'the generated file must take the chunked path');
    assertSameFindings(text, path);
    const pieces = ['x', ' ', '\n', '#', ':', 'privileged: true\n    ', '  ', '- '];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 3 }), fc.constantFrom(...pieces)), { minLength: 12, maxLength: 12 }), (edits) => {
        for (const [where, deleteCount, insert] of edits) {
          const at = Math.floor(where * text.length);
          text = text.slice(0, at) + insert + text.slice(at + deleteCount);
          assertSameTree(text, cache, path);
          assertSameFindings(text, path);
        }
      }),
      { numRuns: 2, seed: 5000 },
    );
  });

  it('leaves trees handed out earlier untouched when their chunks move', () => {
    const cache = new ChunkCache();
    const before = generateCompose(300);
    const first = parseChunked(before, cache, '/moved.yml');
    assert.ok(first);
    const shapeBefore = JSON.stringify(shape(first.contents));
    const after = `# a new first line\n${before}`;
    assert.ok(assertSameTree(after, cache, '/moved.yml'));
    assert.equal(JSON.stringify(shape(first.contents)), shapeBefore);
    assert.deepEqual(shape(first.contents), shape(parseDocument(before, YAML_OPTIONS).contents));
  });

  it('moves the nodes of a released tree in place, and the new tree still equals the full parse', () => {
    const cache = new ChunkCache();
    const before = generateCompose(300);
    const first = parseChunked(before, cache, '/released.yml');
    assert.ok(first);
    const firstService = (first.contents as YAMLMap).items[0]!.value as YAMLMap;
    const lastService = firstService.items.at(-1)!.value;
    releaseChunked(first);
    releaseChunked(first); // twice is harmless
    const after = `# a new first line\n${before}`;
    const second = parseChunked(after, cache, '/released.yml');
    assert.ok(second);
    const secondServices = (second.contents as YAMLMap).items[0]!.value as YAMLMap;
    assert.equal(secondServices.items.at(-1)!.value, lastService, 'the node was reused, not copied');
    assert.deepEqual(shape(second.contents), shape(parseDocument(after, YAML_OPTIONS).contents));
    // Not released: the next move copies again, and this tree keeps its ranges.
    const third = parseChunked(`# another\n${after}`, cache, '/released.yml');
    assert.ok(third);
    assert.deepEqual(shape(second.contents), shape(parseDocument(after, YAML_OPTIONS).contents));
    assert.notEqual(((third.contents as YAMLMap).items[0]!.value as YAMLMap).items.at(-1)!.value, lastService);
  });

  it('bounds the cache by total size', () => {
    const cache = new ChunkCache(10_000);
    for (let i = 0; i < 20; i++) parseChunked(generateCompose(100).replace(/svc/g, `s${i}x`), cache, `/doc${i}.yml`);
    assert.ok(cache.totalChars <= 10_000, `${cache.totalChars} chars cached`);
  });
});
