/**
 * What the timeline shows of a terminal recording, read from the asciicast v2 the server sends
 * (one JSON header line, then `[time, code, data]` events with absolute times in seconds): its
 * duration, its markers ("m" events, which asciinema and its recorder write when asked to), and
 * its idle stretches. Computed here, from the stream the player already holds, so that no second
 * request (and no second audited playback) is needed and the server keeps no copy of what is
 * derived from the file in one pass.
 */

export interface TimelineMarker {
  /** Seconds from the start. */
  time: number;
  label: string;
}

export interface AsciicastTimeline {
  duration: number;
  markers: TimelineMarker[];
  /** Times of output and input events, in order: when something happened. */
  activity: number[];
}

export function asciicastTimeline(text: string): AsciicastTimeline {
  const markers: TimelineMarker[] = [];
  const activity: number[] = [];
  let duration = 0;
  const lines = text.split('\n');
  // The first line is the header; a line that is not an event (blank, cut off) is passed over.
  for (const line of lines.slice(1)) {
    if (!line.startsWith('[')) continue;
    let event: unknown;
    try {
      event = JSON.parse(line);
    } catch {
      continue;
    }
    if (!Array.isArray(event) || typeof event[0] !== 'number' || !Number.isFinite(event[0])) continue;
    const [time, code, data] = event as [number, unknown, unknown];
    duration = Math.max(duration, time);
    if (code === 'm') markers.push({ time, label: typeof data === 'string' ? data : '' });
    else if (code === 'o' || code === 'i') activity.push(time);
  }
  return { duration, markers, activity };
}
