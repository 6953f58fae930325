import { LineSplitter } from './line-splitter.js';

/** A stretch of a video in which the picture stays still, in seconds from the start. */
export interface StillStretch {
  start: number;
  end: number;
}

/**
 * Stretches kept per recording: more cannot be told apart on a timeline a page wide (the web
 * app's players show as many), and a recording that never stops flickering must not grow a row
 * without bound.
 */
export const MAX_STILL_STRETCHES = 500;

// "[freezedetect @ 0x37c9fa40] lavfi.freezedetect.freeze_start: 3.1" (ffmpeg 4.2 and later, and the bundled build).
const FREEZE_LINE = /\[freezedetect @ (?:0x)?[0-9a-f]+\] lavfi\.freezedetect\.freeze_(start|end): (-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)/i;

/**
 * Reads the still stretches that ffmpeg's freezedetect filter logs on stderr, as chunks arrive.
 * A start without an end (the picture stays still to the end) lasts to the end of the recording;
 * each stretch is clipped to [0, duration] and stretches are kept in order, at most
 * MAX_STILL_STRETCHES, so that memory stays bounded however long the log.
 */
export class FreezeDetectParser {
  private readonly splitter = new LineSplitter();
  private readonly found: StillStretch[] = [];
  private openStart: number | null = null;

  constructor(private readonly durationSeconds: number) {}

  push(chunk: string): void {
    for (const line of this.splitter.push(chunk)) this.line(line);
  }

  /** The stretches found, once ffmpeg has exited. */
  finish(): StillStretch[] {
    for (const line of this.splitter.flush()) this.line(line);
    if (this.openStart !== null) this.keep(this.openStart, this.durationSeconds);
    this.openStart = null;
    return [...this.found];
  }

  private line(line: string): void {
    const match = FREEZE_LINE.exec(line);
    if (!match) return;
    const seconds = Number(match[2]);
    if (!Number.isFinite(seconds)) return;
    if (match[1] === 'start') {
      this.openStart = seconds;
    } else if (this.openStart !== null) {
      this.keep(this.openStart, seconds);
      this.openStart = null;
    }
  }

  private keep(startSeconds: number, endSeconds: number): void {
    const duration = Math.max(0, this.durationSeconds);
    const start = Math.min(Math.max(0, startSeconds), duration);
    const end = Math.min(Math.max(start, endSeconds), duration);
    const last = this.found.at(-1);
    if (end <= start || this.found.length >= MAX_STILL_STRETCHES || (last && start < last.end)) return;
    this.found.push({ start: round(start), end: round(end) });
  }
}

/** Milliseconds are plenty on a timeline, and keep the stored list short. */
function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
