/**
 * Maps the recording's clock to video frames. Every frame's time is computed from its index
 * (k / fps), never by adding frame durations, so an hour-long recording ends exactly where it
 * should instead of drifting by accumulated rounding.
 *
 * With an idle time limit, every pause longer than the limit is shortened to it; the shift is the
 * sum of exact differences of recorded times, so it does not drift either.
 */
export class FrameClock {
  private lastRecordedTime = 0;
  private removedSeconds = 0;

  constructor(
    readonly fps: number,
    readonly idleTimeLimit: number | null = null,
  ) {
    if (!Number.isFinite(fps) || fps <= 0) throw new RangeError('The frame rate must be above 0');
    if (idleTimeLimit !== null && !(idleTimeLimit > 0)) throw new RangeError('The idle time limit must be above 0 seconds');
  }

  /** Video time of an event at `recordedTime`. Call with non-decreasing times. */
  videoTime(recordedTime: number): number {
    const gap = recordedTime - this.lastRecordedTime;
    if (this.idleTimeLimit !== null && gap > this.idleTimeLimit) this.removedSeconds += gap - this.idleTimeLimit;
    this.lastRecordedTime = Math.max(this.lastRecordedTime, recordedTime);
    return this.lastRecordedTime - this.removedSeconds;
  }

  /** How much time the idle limit has taken out so far. */
  get compressedSeconds(): number {
    return this.removedSeconds;
  }

  /**
   * The first frame that shows an event at `videoTime`: a change is never shown before it
   * happened, and at most one frame interval after.
   */
  frameIndex(videoTime: number): number {
    // The epsilon absorbs float noise such as 0.1 * 30 = 3.0000000000000004.
    return Math.max(0, Math.ceil(videoTime * this.fps - 1e-6));
  }

  /** Presentation time of frame k, in whole milliseconds (the Matroska clock). */
  frameTimeMs(index: number): number {
    return Math.round((index * 1000) / this.fps);
  }

  /**
   * The index of the last frame for a video of `durationSeconds`: the video lasts until that
   * frame's time plus one frame interval.
   */
  lastFrameIndex(durationSeconds: number): number {
    return Math.max(0, Math.round(durationSeconds * this.fps) - 1);
  }
}
