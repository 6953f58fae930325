/**
 * Turns a stream of text chunks into whole lines. Child processes hand us output in arbitrary
 * pieces, so a line can arrive split across two chunks, or several lines in one chunk.
 */
export class LineSplitter {
  private pending = '';

  /**
   * @param maxLineLength A line longer than this is cut: a binary or runaway stream without
   *   newlines must not grow the buffer without bound.
   */
  constructor(private readonly maxLineLength = 4096) {}

  /** Returns the lines completed by this chunk, without their line endings. */
  push(chunk: string): string[] {
    let text = this.pending + chunk;
    // A chunk may end between the "\r" and "\n" of one line ending; wait for the next chunk
    // rather than report an empty line that was never there.
    let held = '';
    if (text.endsWith('\r')) {
      held = '\r';
      text = text.slice(0, -1);
    }
    const parts = text.split(/\r\n|\n|\r/);
    this.pending = (parts.pop() ?? '') + held;
    if (this.pending.length > this.maxLineLength) {
      parts.push(this.pending);
      this.pending = '';
    }
    return parts.map((line) => (line.length > this.maxLineLength ? line.slice(0, this.maxLineLength) : line));
  }

  /** Returns the unterminated last line, if any, once the stream has ended. */
  flush(): string[] {
    const rest = this.pending.replace(/\r$/, '');
    this.pending = '';
    return rest === '' ? [] : [rest];
  }
}
