import { describe, expect, it } from 'vitest';
import { quietScreenSceneGraph } from './quiet-screen-scene.js';

describe('quietScreenSceneGraph', () => {
  it('gives every drawn source even dimensions, even for odd screens', () => {
    for (const [width, height] of [
      [320, 240],
      [1920, 1080],
      [1921, 1081],
      [64, 64],
    ] as const) {
      const graph = quietScreenSceneGraph({ width, height, fps: 30, variant: 0, durationSeconds: 60 });
      const sizes = [...graph.matchAll(/s=(\d+)x(\d+)/g)].slice(1);
      expect(sizes.length).toBeGreaterThan(4);
      for (const [, w, h] of sizes) {
        expect(Number(w) % 2, graph).toBe(0);
        expect(Number(h) % 2, graph).toBe(0);
      }
    }
  });

  it('draws no text and ends in a yuv420p [v] pad', () => {
    const graph = quietScreenSceneGraph({ width: 1280, height: 720, fps: 10, variant: 2, durationSeconds: 20 });
    expect(graph).not.toContain('drawtext');
    expect(graph).toMatch(/format=yuv420p\[v\]$/);
  });

  it('places its events by share of the duration, and differs between variants', () => {
    const short = quietScreenSceneGraph({ width: 640, height: 360, fps: 10, variant: 0, durationSeconds: 10 });
    const long = quietScreenSceneGraph({ width: 640, height: 360, fps: 10, variant: 0, durationSeconds: 100 });
    // The first typing burst starts at 8 % of the duration.
    expect(short).toContain('(t-0.800)');
    expect(long).toContain('(t-8.000)');
    expect(quietScreenSceneGraph({ width: 640, height: 360, fps: 10, variant: 1, durationSeconds: 10 })).not.toBe(short);
  });
});
