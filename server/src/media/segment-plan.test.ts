import { describe, expect, it } from 'vitest';
import { planSegments } from './segment-plan.js';

const every = (step: number, until: number) => Array.from({ length: Math.floor(until / step) + 1 }, (_, i) => i * step);

describe('planSegments', () => {
  it('cuts on the first keyframe at or after each multiple of the segment length', () => {
    const keyframes = every(10, 1800).map((t) => t + 0.4);
    const plan = planSegments(1800, keyframes, 300);
    expect(plan.map((s) => s.startSeconds)).toEqual([0, 300.4, 600.4, 900.4, 1200.4, 1500.4]);
    expect(plan.at(-1)!.endSeconds).toBe(1800);
    // Consecutive, without gaps or overlaps.
    for (let i = 1; i < plan.length; i++) expect(plan[i]!.startSeconds).toBe(plan[i - 1]!.endSeconds);
    expect(plan.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('keeps a recording shorter than one and a half segments whole', () => {
    expect(planSegments(400, every(10, 400), 300)).toEqual([{ index: 0, startSeconds: 0, endSeconds: 400 }]);
  });

  it('merges a short last range into the one before it', () => {
    const plan = planSegments(920, every(10, 920), 300);
    expect(plan.map((s) => [s.startSeconds, s.endSeconds])).toEqual([
      [0, 300],
      [300, 600],
      [600, 920],
    ]);
  });

  it('follows sparse keyframes rather than cutting between them', () => {
    // One keyframe every 7 minutes: cuts land on them, never in a group of pictures.
    const plan = planSegments(1800, [0, 420, 840, 1260, 1680], 300);
    expect(plan.map((s) => s.startSeconds)).toEqual([0, 420, 840, 1260]);
  });

  it('has one range when there is no keyframe to cut on, or nothing to split', () => {
    expect(planSegments(1800, [0], 300)).toHaveLength(1);
    expect(planSegments(1800, [], 300)).toHaveLength(1);
    expect(planSegments(0, [], 300)).toEqual([{ index: 0, startSeconds: 0, endSeconds: 0 }]);
    expect(planSegments(1800, every(10, 1800), 0)).toHaveLength(1);
  });

  it('ignores keyframe times that are not in the recording', () => {
    const plan = planSegments(900, [Number.NaN, -5, 300, 600, 950, Number.POSITIVE_INFINITY], 300);
    expect(plan.map((s) => s.startSeconds)).toEqual([0, 300, 600]);
  });
});
