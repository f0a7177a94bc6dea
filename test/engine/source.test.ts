import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SourceFile } from '../../server/engine/source';

describe('SourceFile', () => {
  it('indexes LF, CRLF and lone CR line breaks', () => {
    const source = new SourceFile('a\nbc\r\nd\re');
    assert.deepEqual(source.lineStarts, [0, 2, 6, 8]);
    assert.deepEqual([0, 1, 2, 3].map((l) => source.lineText(l)), ['a', 'bc', 'd', 'e']);
    assert.deepEqual([0, 1, 2, 3].map((l) => source.terminatorOf(l)), ['\n', '\r\n', '\r', '']);
  });

  it('converts offsets to 0-based positions and back', () => {
    const source = new SourceFile('ab\r\ncd\ref');
    assert.deepEqual(source.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(source.positionAt(2), { line: 0, character: 2 }); // the CR
    assert.deepEqual(source.positionAt(3), { line: 0, character: 3 }); // between CR and LF
    assert.deepEqual(source.positionAt(4), { line: 1, character: 0 });
    assert.deepEqual(source.positionAt(7), { line: 2, character: 0 });
    assert.deepEqual(source.positionAt(99), { line: 2, character: 2 }, 'clamped to the end');
    assert.deepEqual(source.positionAt(-5), { line: 0, character: 0 });
    assert.equal(source.offsetAt({ line: 1, character: 1 }), 5);
    assert.equal(source.offsetAt({ line: 1, character: 50 }), 6, 'clamped to the line end, before its terminator');
    assert.equal(source.offsetAt({ line: 9, character: 0 }), source.text.length);
    assert.equal(source.offsetAt({ line: -1, character: 3 }), 0);
  });

  it('counts characters in UTF-16 code units', () => {
    const source = new SourceFile('🔒 x\né y');
    assert.deepEqual(source.positionAt(source.text.indexOf('x')), { line: 0, character: 3 });
    assert.deepEqual(source.positionAt(source.text.indexOf('y')), { line: 1, character: 2 });
  });

  it('knows its dominant line ending, indentation and final newline', () => {
    assert.equal(new SourceFile('a\r\nb\r\nc\n').eol, '\r\n');
    assert.equal(new SourceFile('a\nb\r\n').eol, '\n', 'a tie keeps LF');
    assert.equal(new SourceFile('a\rb\rc\n').eol, '\r');
    assert.equal(new SourceFile('no newline').eol, '\n');
    const source = new SourceFile('key:\n  \t- x\nlast');
    assert.equal(source.indentationOf(1), '  \t');
    assert.equal(source.endsWithNewline, false);
    assert.equal(new SourceFile('x\r').endsWithNewline, true);
    assert.equal(source.lineEnd(2), source.text.length);
    assert.equal(source.lineEndWithTerminator(0), 5);
  });

  it('positionAt and offsetAt are inverse on every offset outside a CRLF pair (property)', () => {
    const text = fc.array(fc.constantFrom('a', 'é', '🔒', '\n', '\r\n', '\r', ' '), { maxLength: 40 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const source = new SourceFile(t);
        for (let offset = 0; offset <= t.length; offset++) {
          if (t[offset - 1] === '\r' && t[offset] === '\n') continue; // inside a CRLF: no position maps there
          if (source.offsetAt(source.positionAt(offset)) !== offset) return false;
        }
        return source.lineCount === 1 + (t.match(/\r\n|\r|\n/g)?.length ?? 0);
      }),
    );
  });
});
