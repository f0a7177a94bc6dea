/**
 * A document's text with a line index. Offsets are UTF-16 code units;
 * positions are 0-based line/character pairs, as LSP counts them.
 */

export interface Position {
  line: number;
  character: number;
}

export class SourceFile {
  readonly text: string;
  /** Offset of the first character of every line. */
  readonly lineStarts: number[];
  /** The dominant line ending, used when a fix inserts whole lines. */
  readonly eol: '\n' | '\r\n' | '\r';

  constructor(text: string) {
    this.text = text;
    const starts = [0];
    let crlf = 0;
    let lf = 0;
    let cr = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        starts.push(i + 1);
        if (i > 0 && text.charCodeAt(i - 1) === 13) crlf++;
        else lf++;
      } else if (c === 13 && text.charCodeAt(i + 1) !== 10) {
        // A lone CR ends a line too (classic Mac files).
        starts.push(i + 1);
        cr++;
      }
    }
    this.lineStarts = starts;
    this.eol = crlf > lf && crlf >= cr ? '\r\n' : cr > lf && cr > crlf ? '\r' : '\n';
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: clamped - this.lineStarts[lo]! };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line]!;
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  lineOf(offset: number): number {
    return this.positionAt(offset).line;
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))]!;
  }

  /** Offset just before the line's terminator (CR, LF or CRLF). */
  lineEnd(line: number): number {
    if (line + 1 < this.lineStarts.length) {
      let end = this.lineStarts[line + 1]! - 1;
      if (this.text.charCodeAt(end) === 10 && end > 0 && this.text.charCodeAt(end - 1) === 13) end--;
      return end;
    }
    return this.text.length;
  }

  /** Offset after the line's terminator: the start of the next line, or the end of the text. */
  lineEndWithTerminator(line: number): number {
    return line + 1 < this.lineStarts.length ? this.lineStarts[line + 1]! : this.text.length;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  /** The leading whitespace of a line. */
  indentationOf(line: number): string {
    const m = /^[ \t]*/.exec(this.lineText(line));
    return m ? m[0] : '';
  }

  /** The terminator of a given line ('' for a last line without one). */
  terminatorOf(line: number): string {
    return this.text.slice(this.lineEnd(line), this.lineEndWithTerminator(line));
  }

  /** Whether the text ends with a line terminator. */
  get endsWithNewline(): boolean {
    return /[\r\n]$/.test(this.text);
  }
}
