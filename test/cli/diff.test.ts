import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitLines, unifiedDiff } from '../../server/cli/diff';

/** Applies a unified diff produced for `before`, checking every context and removed line. */
function applyPatch(before: string, patch: string): string {
  const old = splitLines(before);
  const out: string[] = [];
  let cursor = 0;
  const lines = patch.split(/(?<=\n)/);
  let i = 2; // skip ---/+++
  while (i < lines.length) {
    const header = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@\n$/.exec(lines[i]!);
    assert.ok(header, `hunk header expected, got ${JSON.stringify(lines[i])}`);
    const oldCount = header[2] === undefined ? 1 : Number(header[2]);
    const oldStart = oldCount === 0 ? Number(header[1]) : Number(header[1]) - 1;
    while (cursor < oldStart) out.push(old[cursor++]!);
    i++;
    while (i < lines.length && !lines[i]!.startsWith('@@')) {
      const line = lines[i]!;
      const kind = line[0];
      // The diff adds "\n" after a last line that had none, and marks it.
      let body = line.slice(1);
      if (lines[i + 1] === '\\ No newline at end of file\n') {
        body = body.slice(0, -1);
        i++;
      }
      if (kind === ' ' || kind === '-') {
        assert.equal(old[cursor], body, `line ${cursor + 1} of the old text`);
        cursor++;
      }
      if (kind === ' ' || kind === '+') out.push(body);
      i++;
    }
  }
  while (cursor < old.length) out.push(old[cursor++]!);
  return out.join('');
}

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    assert.equal(unifiedDiff('f', 'a\nb\n', 'a\nb\n'), '');
  });

  it('writes hunks as diff -u does, with 3 lines of context', () => {
    const before = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15'].map((l) => l + '\n').join('');
    const after = before.replace('2\n', 'two\n').replace('14\n', '');
    assert.equal(
      unifiedDiff('x.conf', before, after),
      '--- a/x.conf\n+++ b/x.conf\n@@ -1,5 +1,5 @@\n 1\n-2\n+two\n 3\n 4\n 5\n@@ -11,5 +11,4 @@\n 11\n 12\n 13\n-14\n 15\n',
    );
  });

  it('merges changes closer than twice the context into one hunk', () => {
    const before = 'a\nb\nc\nd\ne\nf\ng\nh\n';
    assert.equal(unifiedDiff('f', before, before.replace('b\n', 'B\n').replace('g\n', 'G\n')), '--- a/f\n+++ b/f\n@@ -1,8 +1,8 @@\n a\n-b\n+B\n c\n d\n e\n f\n-g\n+G\n h\n');
  });

  it('marks a missing final newline and keeps CRLF', () => {
    assert.equal(unifiedDiff('f', 'a\r\nb', 'a\r\nc'), '--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\r\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n');
    assert.equal(unifiedDiff('f', '', 'x\n'), '--- a/f\n+++ b/f\n@@ -0,0 +1 @@\n+x\n');
    assert.equal(unifiedDiff('f', 'a\nb\n', 'a\n'), '--- a/f\n+++ b/f\n@@ -1,2 +1 @@\n a\n-b\n');
  });

  it('yields a patch that turns the old text into the new one (property)', () => {
    const line = fc.constantFrom('a\n', 'b\n', 'c\r\n', 'd\r', 'e', '');
    const text = fc.array(line, { maxLength: 30 }).map((ls) => ls.join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const patch = unifiedDiff('f', before, after);
        if (before === after) return patch === '';
        return applyPatch(before, patch) === after;
      }),
      { numRuns: 500 },
    );
  });
});
