import fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GUACAMOLE_RENDER_OPTIONS } from './guacamole-render-options.js';
import { GuacamoleRenderer } from './guacamole-renderer.js';
import { startsLikeGuacamole } from './read-guacamole.js';
import { summarizeGuacamole } from './summarize.js';

/**
 * Every recording in ../shared/corpus/guac (written by a real guacd), whatever is added there
 * later: recognised, summarized, and drawn from start to end with nothing unknown, malformed or
 * undecodable, for as long as the recording lasts.
 */
const CORPUS = path.resolve(import.meta.dirname, '../../../../shared/corpus/guac');
const files = await fsp.readdir(CORPUS).then(
  (names) => names.filter((name) => /\.guac(\.gz)?$/.test(name)).sort(),
  () => null,
);
if (!files) console.warn(`Skipping the Guacamole compatibility test: ${CORPUS} is absent (it holds recordings written by guacd).`);

describe.skipIf(!files)('Guacamole recordings written by guacd (../shared/corpus/guac)', () => {
  it('holds recordings', () => {
    expect(files!.length).toBeGreaterThan(0);
  });

  for (const name of files ?? []) {
    it(`reads and draws ${name}`, { timeout: 60_000 }, async () => {
      const file = path.join(CORPUS, name);
      expect(await startsLikeGuacamole(file)).toBe(true);
      const summary = await summarizeGuacamole(file);
      expect(summary.truncated).toBeNull();
      const renderer = new GuacamoleRenderer(summary, DEFAULT_GUACAMOLE_RENDER_OPTIONS);
      let frames = 0;
      let lastMs = -1;
      const stats = await renderer.render({
        file,
        firstTimestampMs: summary.firstTimestampMs,
        sink: (timeMs) => {
          expect(timeMs).toBeGreaterThan(lastMs);
          lastMs = timeMs;
          frames++;
        },
      });
      expect(stats.instructions).toBe(summary.instructions);
      expect(stats.counts.unknown).toEqual({});
      expect(stats.counts.invalid).toEqual({});
      expect(stats.imagesFailed).toBe(0);
      expect(frames).toBe(stats.framesSent);
      expect(Math.abs(lastMs / 1000 + 1 / DEFAULT_GUACAMOLE_RENDER_OPTIONS.frameRate - summary.durationSeconds)).toBeLessThan(0.2);
      expect([renderer.width, renderer.height]).toEqual([summary.width + (summary.width % 2), summary.height + (summary.height % 2)]);
    });
  }
});
