import { LineSplitter } from './line-splitter.js';

/**
 * Keeps only the last few lines of a process's stderr. An hour-long transcode of a damaged file
 * can print a warning per frame; the end of the output is what explains a failure.
 */
export class StderrTail {
  private readonly splitter = new LineSplitter(1000);
  private readonly kept: string[] = [];

  constructor(private readonly maxLines = 20) {}

  push(chunk: string): void {
    for (const line of this.splitter.push(chunk)) this.keep(line);
  }

  /** The kept lines, oldest first, including an unterminated last line. */
  lines(): string[] {
    for (const line of this.splitter.flush()) this.keep(line);
    return [...this.kept];
  }

  private keep(line: string): void {
    if (line.trim() === '') return;
    this.kept.push(line);
    if (this.kept.length > this.maxLines) this.kept.shift();
  }
}
