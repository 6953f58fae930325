/**
 * Idle stretches of a recording: where nothing happened on screen for a while, shaded on every
 * player's timeline by the same rule, whatever the recording's format says "something happened".
 */

/** Stretches without activity at least this long are idle. */
export const IDLE_SECONDS = 5;

/**
 * More stretches than this cannot be told apart on a timeline a page wide; later ones are left
 * out, so that a long recording with many pauses keeps the timeline (and the page) light.
 */
export const MAX_IDLE_SPANS = 500;

/** A stretch of the recording in which nothing happened on screen, in seconds from the start. */
export interface IdleSpan {
  start: number;
  end: number;
}

/**
 * Finds idle stretches from the moments of activity offered in order, one at a time, so that a
 * recording can be read as it streams in, keeping nothing but the stretches found. A moment
 * earlier than the one before (recorders' clocks can step back a little) counts as that one.
 */
export class IdleSpanFinder {
  private last = 0;
  private readonly found: IdleSpan[] = [];

  constructor(
    private readonly minSeconds = IDLE_SECONDS,
    private readonly maxSpans = MAX_IDLE_SPANS,
  ) {}

  /** Something happened `time` seconds from the start; true when that ended a new idle stretch. */
  activity(time: number): boolean {
    const at = Math.max(time, this.last);
    const idle = at - this.last >= this.minSeconds && this.found.length < this.maxSpans;
    if (idle) this.found.push({ start: this.last, end: at });
    this.last = at;
    return idle;
  }

  /** The stretches found so far, in order. */
  get spans(): readonly IdleSpan[] {
    return this.found;
  }
}

/**
 * The stretches of at least `minSeconds` between two moments of activity (or between the start
 * or the end and the nearest one), in order. `activity` must be sorted.
 */
export function idleSpans(activity: readonly number[], duration: number, minSeconds = IDLE_SECONDS): IdleSpan[] {
  const finder = new IdleSpanFinder(minSeconds);
  for (const time of activity) finder.activity(Math.min(time, duration));
  finder.activity(duration);
  return [...finder.spans];
}
