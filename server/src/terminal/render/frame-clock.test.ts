import { describe, expect, it } from 'vitest';
import { FrameClock } from './frame-clock.js';

describe('FrameClock', () => {
  it('shows an event at the first frame at or after it, never before', () => {
    const clock = new FrameClock(30);
    expect(clock.frameIndex(0)).toBe(0);
    expect(clock.frameIndex(0.01)).toBe(1);
    expect(clock.frameIndex(1 / 30)).toBe(1);
    expect(clock.frameIndex(0.1)).toBe(3); // 0.1 * 30 is 3.0000000000000004 in floating point
    expect(clock.frameIndex(0.1001)).toBe(4);
  });

  it('computes frame times from the index, so an hour does not drift', () => {
    const clock = new FrameClock(30);
    let accumulated = 0;
    for (let k = 0; k < 30 * 3600; k++) accumulated += 1000 / 30;
    expect(clock.frameTimeMs(30 * 3600)).toBe(3_600_000);
    // What adding durations would have given: already off from the exact value after an hour.
    expect(accumulated).not.toBe(3_600_000);
    expect(clock.frameTimeMs(1)).toBe(33);
    expect(clock.frameTimeMs(2)).toBe(67);
  });

  it('keeps real time when there is no idle limit', () => {
    const clock = new FrameClock(30);
    expect([0.5, 10, 130.25].map((t) => clock.videoTime(t))).toEqual([0.5, 10, 130.25]);
    expect(clock.compressedSeconds).toBe(0);
  });

  it('shortens each pause longer than the idle limit to the limit', () => {
    const clock = new FrameClock(30, 2);
    expect(clock.videoTime(1)).toBe(1);
    expect(clock.videoTime(1.5)).toBe(1.5); // short pause kept
    expect(clock.videoTime(61.5)).toBe(3.5); // a minute of idleness becomes 2 s
    expect(clock.videoTime(62)).toBe(4);
    expect(clock.videoTime(70)).toBe(6);
    expect(clock.compressedSeconds).toBe(64);
  });

  it('ends the video one frame interval after its last frame', () => {
    const clock = new FrameClock(30);
    expect(clock.lastFrameIndex(10)).toBe(299); // 299/30 + 1/30 = 10 s
    expect(clock.lastFrameIndex(0)).toBe(0);
    expect(new FrameClock(25).lastFrameIndex(3600)).toBe(89_999);
  });

  it('refuses a frame rate or idle limit that makes no sense', () => {
    expect(() => new FrameClock(0)).toThrow(RangeError);
    expect(() => new FrameClock(30, 0)).toThrow(RangeError);
  });
});
