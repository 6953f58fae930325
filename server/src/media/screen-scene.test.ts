import { describe, expect, it } from 'vitest';
import { screenSceneGraph, toneGraph } from './screen-scene.js';

describe('screenSceneGraph', () => {
  it('gives every drawn source even dimensions, even for odd screens', () => {
    for (const [width, height] of [
      [320, 240],
      [1280, 720],
      [1921, 1081],
      [64, 64],
    ] as const) {
      const graph = screenSceneGraph({ width, height, fps: 10, variant: 0 });
      const sizes = [...graph.matchAll(/s=(\d+)x(\d+)/g)].slice(1);
      expect(sizes.length).toBeGreaterThan(3);
      for (const [, w, h] of sizes) {
        expect(Number(w) % 2, graph).toBe(0);
        expect(Number(h) % 2, graph).toBe(0);
      }
    }
  });

  it('draws no text (no font files are available) and ends in a yuv420p [v] pad', () => {
    const graph = screenSceneGraph({ width: 1280, height: 720, fps: 10, variant: 3 });
    expect(graph).not.toContain('drawtext');
    expect(graph).toMatch(/format=yuv420p\[v\]$/);
  });

  it('differs between variants', () => {
    const a = screenSceneGraph({ width: 640, height: 360, fps: 10, variant: 0 });
    const b = screenSceneGraph({ width: 640, height: 360, fps: 10, variant: 1 });
    expect(a).not.toBe(b);
  });
});

describe('toneGraph', () => {
  it('is a quiet tone on [a] with the requested frame size', () => {
    expect(toneGraph(0, 960)).toMatch(/^sine=.*samples_per_frame=960,volume=0\.3\[a\]$/);
  });
});
