import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  applyEdits,
  deleteLine,
  editsOverlap,
  insertLinesAfter,
  insertLinesBefore,
  minimalEdit,
  replaceSpan,
  selectNonOverlapping,
} from '../../server/engine/edits';
import { SourceFile } from '../../server/engine/source';
import type { Fix, TextEdit } from '../../server/engine/types';

const edit = (start: number, end: number, newText = ''): TextEdit => ({ start, end, newText });

describe('line edits keep the line endings', () => {
  it('inserts lines after a line with the file’s own terminator', () => {
    const crlf = new SourceFile('a:\r\n  b: 1\r\nc: 2\r\n');
    assert.equal(applyEdits(crlf.text, [insertLinesAfter(crlf, 1, ['  d: 3'])]), 'a:\r\n  b: 1\r\n  d: 3\r\nc: 2\r\n');
    const cr = new SourceFile('a\rb\r');
    assert.equal(applyEdits(cr.text, [insertLinesAfter(cr, 0, ['x'])]), 'a\rx\rb\r');
  });

  it('after a last line without terminator, keeps the file without a final newline', () => {
    const source = new SourceFile('a\nb');
    assert.equal(applyEdits(source.text, [insertLinesAfter(source, 1, ['c', 'd'])]), 'a\nb\nc\nd');
  });

  it('after the empty line that follows a final newline, keeps the final newline', () => {
    const source = new SourceFile('a\r\nb\r\n');
    assert.equal(applyEdits(source.text, [insertLinesAfter(source, 2, ['c'])]), 'a\r\nb\r\nc\r\n');
  });

  it('inserts lines before a line', () => {
    const source = new SourceFile('a\r\nb\r\n');
    assert.equal(applyEdits(source.text, [insertLinesBefore(source, 1, ['x'])]), 'a\r\nx\r\nb\r\n');
  });

  it('deletes a whole line, or the previous terminator for a last line without one', () => {
    const source = new SourceFile('a\r\nb\r\nc');
    assert.equal(applyEdits(source.text, [deleteLine(source, 1)]), 'a\r\nc');
    assert.equal(applyEdits(source.text, [deleteLine(source, 2)]), 'a\r\nb');
    assert.equal(applyEdits('only', [deleteLine(new SourceFile('only'), 0)]), '');
  });
});

describe('applyEdits', () => {
  it('applies edits in offset order whatever order they come in', () => {
    assert.equal(applyEdits('abcdef', [edit(4, 5, 'E'), edit(0, 1, 'A'), edit(2, 2, '+')]), 'Ab+cdEf');
  });

  it('applies an insertion at the start and at the end of a replacement', () => {
    assert.equal(applyEdits('abc', [edit(1, 2, 'B'), edit(1, 1, '<'), edit(2, 2, '>')]), 'a<B>c');
  });

  it('applies identical edits once and throws on overlap', () => {
    assert.equal(applyEdits('abc', [edit(1, 2, 'X'), edit(1, 2, 'X')]), 'aXc');
    assert.throws(() => applyEdits('abcdef', [edit(0, 3), edit(2, 4)]), /overlapping edits/);
  });

  it('replaceSpan keeps the span', () => {
    assert.deepEqual(replaceSpan({ start: 2, end: 4 }, 'x'), { start: 2, end: 4, newText: 'x' });
  });
});

describe('editsOverlap and selectNonOverlapping', () => {
  it('decides overlap for ranges and insertion points', () => {
    assert.equal(editsOverlap(edit(0, 3), edit(2, 5)), true);
    assert.equal(editsOverlap(edit(0, 3), edit(3, 5)), false, 'touching ranges');
    assert.equal(editsOverlap(edit(2, 2, 'a'), edit(2, 2, 'b')), true, 'two insertions at one point');
    assert.equal(editsOverlap(edit(2, 2, 'a'), edit(2, 2, 'a')), false, 'the same insertion twice');
    assert.equal(editsOverlap(edit(2, 2, 'a'), edit(0, 4)), true, 'an insertion inside a range');
    assert.equal(editsOverlap(edit(0, 0, 'a'), edit(0, 4)), false, 'an insertion at a range start');
    assert.equal(editsOverlap(edit(4, 4, 'a'), edit(0, 4)), false, 'an insertion at a range end');
  });

  it('keeps the first of conflicting fixes, with all its edits', () => {
    const fixes: Fix[] = [
      { title: 'one', edits: [edit(0, 2, 'x'), edit(6, 7)] },
      { title: 'two', edits: [edit(1, 3, 'y')] },
      { title: 'three', edits: [edit(3, 4, 'z')] },
    ];
    const { chosen, edits } = selectNonOverlapping(fixes);
    assert.deepEqual(chosen.map((f) => f.title), ['one', 'three']);
    assert.equal(applyEdits('abcdefgh', edits), 'xczefh');
  });
});

describe('minimalEdit', () => {
  it('touches only what differs', () => {
    assert.deepEqual(minimalEdit('listen 80;', 'listen 443 ssl;'), { start: 7, end: 9, newText: '443 ssl' });
    assert.deepEqual(minimalEdit('aa', 'aaa'), { start: 2, end: 2, newText: 'a' });
    assert.deepEqual(minimalEdit('same', 'same'), { start: 4, end: 4, newText: '' });
    assert.deepEqual(minimalEdit('x\r\ny\r\n', 'x\r\n'), { start: 3, end: 6, newText: '' });
  });

  it('turns the old text into the new one (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => applyEdits(a, [minimalEdit(a, b)]) === b),
      { numRuns: 300 },
    );
  });
});
