import { describe, expect, it } from 'vitest';
import { asciicastTimeline } from './asciicast-timeline';

const cast = [
  '{"version": 2, "width": 80, "height": 24}',
  '[0.2, "o", "start\\r\\n"]',
  '[0.5, "m", "first"]',
  '[0.6, "o", "middle\\r\\n"]',
  '[1.1, "m", ""]',
  '[1.3, "i", "x"]',
  '[9.0, "r", "100x30"]',
  '[12.0, "o", "done\\r\\n"]',
  '',
].join('\n');

describe('asciicastTimeline', () => {
  it('takes markers from "m" events, with their labels', () => {
    expect(asciicastTimeline(cast).markers).toEqual([
      { time: 0.5, label: 'first' },
      { time: 1.1, label: '' },
    ]);
  });

  it('counts output and input as activity, and the last event as the end', () => {
    const timeline = asciicastTimeline(cast);
    expect(timeline.activity).toEqual([0.2, 0.6, 1.3, 12]);
    expect(timeline.duration).toBe(12);
  });

  it('passes over lines that are not events', () => {
    const broken = `${cast}[13.0, "o", "cut off\n{"not": "an event"}\n["x", "o", ""]\n`;
    expect(asciicastTimeline(broken).duration).toBe(12);
  });

  it('finds no marker in a recording without any', () => {
    expect(asciicastTimeline('{"version": 2, "width": 80, "height": 24}\n[1.0, "o", "a"]\n').markers).toEqual([]);
  });
});
