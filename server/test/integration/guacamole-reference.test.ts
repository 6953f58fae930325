import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { afterAll, assert, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_GUACAMOLE_RENDER_OPTIONS } from '../../src/guacamole/guacamole-render-options.js';
import { GuacamoleRenderer } from '../../src/guacamole/guacamole-renderer.js';
import { GuacamoleReader, summarizeGuacamole, timestampOf } from '../../src/guacamole/index.js';
import { renderGuacamoleToMp4 } from '../../src/guacamole/render-to-mp4.js';
import { mediaTools } from '../support/fixtures.js';
import {
  chooseMoments,
  chromiumPath,
  GuacamoleReference,
  lumaPsnr,
  psnr,
  type ReferenceFrame,
  SETTLED_MS,
  videoFrameAt,
} from '../support/guacamole-reference.mjs';

/*
 * Correctness against the Guacamole project's own player: chosen moments of each recording written
 * by guacd are drawn by guacamole-common-js in Chromium (the reference) and by Custodian's display,
 * and compared: identical pixels, or at least 40 dB PSNR over the frame (RGB); the exported MP4's
 * frames at the same moments at least 30 dB, over RGB and over the luma alone. The
 * reference, Custodian's and the MP4's frames are written to a temporary folder to look at.
 */

const CORPUS = path.resolve(import.meta.dirname, '../../../../shared/corpus/guac');
const FILES = ['vnc-odd-1023x767-45s.guac', 'ssh-terminal-60s.guac'];
const corpusPresent = await fsp.stat(CORPUS).then(
  () => true,
  () => false,
);
if (!corpusPresent) console.warn(`Skipping the comparison with guacamole-common-js: ${CORPUS} is absent (it holds recordings written by guacd).`);
const browserPresent = !!chromiumPath();
if (!browserPresent) console.warn('Skipping the comparison with guacamole-common-js: no Chromium (apt-get install chromium, or CHROMIUM_PATH).');

/**
 * Custodian's display at each moment: the recording replayed by the export renderer, whose
 * composed picture (premultiplied RGBA over black, so opaque) is what the frame sent at a time
 * shows from its time to the next one's. The display after a sync is the frame shown SETTLED_MS
 * later: a change is shown from the first frame at or after its time (FrameClock), and nothing
 * changes for STILL_MS after the sync.
 */
async function custodianFrames(file: string, syncs: number[], firstTimestampMs: number, size: { width: number; height: number }) {
  const renderer = new GuacamoleRenderer(size, { frameRate: 60, idleTimeLimit: null });
  const wanted = syncs.map((sync) => sync - firstTimestampMs);
  const found: (Buffer | null)[] = wanted.map(() => null);
  const bytes = new Uint8Array(renderer.display.frame.words.buffer);
  await renderer.render({
    file,
    firstTimestampMs,
    sink: (timeMs) => {
      for (const [i, at] of wanted.entries()) if (timeMs <= at + SETTLED_MS) found[i] = Buffer.from(bytes);
    },
  });
  return { width: renderer.width, frames: found.map((frame, i) => frame ?? assert.fail(`no frame was sent by ${wanted[i]} ms`)) };
}

/** Custodian's frame cropped to the reference's size, as PNG, for a person to compare. */
async function writePng(target: string, rgba: Buffer, stride: number, size: { width: number; height: number }): Promise<void> {
  const canvas = createCanvas(size.width, size.height);
  const context = canvas.getContext('2d');
  const image = context.createImageData(size.width, size.height);
  for (let y = 0; y < size.height; y++) image.data.set(rgba.subarray(y * stride * 4, (y * stride + size.width) * 4), y * size.width * 4);
  context.putImageData(image, 0, 0);
  await fsp.writeFile(target, await canvas.encode('png'));
}

describe.skipIf(!corpusPresent || !browserPresent).each(FILES)('%s against guacamole-common-js', (name) => {
  const file = path.join(CORPUS, name);
  let reference: GuacamoleReference;
  let out: string;
  let moments: { syncs: number[]; firstSync: number };
  const frames: ReferenceFrame[] = [];
  /** Custodian's display at the same moments, once compared. */
  let displayed: { width: number; frames: Buffer[] } | null = null;

  beforeAll(async () => {
    out = await fsp.mkdtemp(path.join(os.tmpdir(), `custodian-guacamole-reference-${path.basename(name, '.guac')}-`));
    moments = await chooseMoments((await GuacamoleReader.open(file)).batches(), timestampOf);
    reference = await GuacamoleReference.open(file);
    for (const sync of moments.syncs) {
      const frame = await reference.frameAt(sync - moments.firstSync);
      frames.push(frame);
      await fsp.writeFile(path.join(out, `reference-${sync - moments.firstSync}ms.png`), frame.png);
    }
    console.log(`${name}: reference frames in ${out}`);
  }, 180_000);

  afterAll(() => reference?.close());

  it('gives the reference display at each chosen moment, drawn', async () => {
    const summary = await summarizeGuacamole(file);
    expect(frames).toHaveLength(moments.syncs.length);
    for (const [i, frame] of frames.entries()) {
      expect(frame.positionMs).toBe(moments.syncs[i]! - moments.firstSync);
      expect([frame.width, frame.height]).toEqual([summary.width, summary.height]);
      // Not one colour: the session's screen was drawn.
      const first = frame.rgba.readUInt32LE(0);
      let varied = false;
      for (let p = 4; p < frame.rgba.length && !varied; p += 4) varied = frame.rgba.readUInt32LE(p) !== first;
      expect(varied, `reference at ${frame.positionMs} ms`).toBe(true);
    }
  });

  it("matches Custodian's display: identical pixels, or PSNR of at least 40 dB", async () => {
    const summary = await summarizeGuacamole(file);
    const ours = await custodianFrames(file, moments.syncs, summary.firstTimestampMs!, summary);
    displayed = ours;
    const results: string[] = [];
    for (const [i, frame] of frames.entries()) {
      const mine = ours.frames[i]!;
      await writePng(path.join(out, `custodian-${frame.positionMs}ms.png`), mine, ours.width, frame);
      const db = psnr(mine, frame.rgba, frame.width, frame.height, ours.width * 4);
      results.push(`${frame.positionMs} ms: ${db === Number.POSITIVE_INFINITY ? 'identical' : `${db.toFixed(1)} dB`}`);
      expect(db, `${name} at ${frame.positionMs} ms`).toBeGreaterThanOrEqual(40);
    }
    console.log(`${name}, display against guacamole-common-js: ${results.join(', ')}`);
  }, 180_000);

  it('decodes MP4 frames at the same moments within 30 dB PSNR of the reference', async () => {
    const summary = await summarizeGuacamole(file);
    const { ffmpegPath } = await mediaTools();
    const output = path.join(out, 'export.mp4');
    const result = await renderGuacamoleToMp4({
      ffmpegPath,
      input: file,
      output,
      width: summary.width,
      height: summary.height,
      durationSeconds: summary.durationSeconds,
      firstTimestampMs: summary.firstTimestampMs,
      keysRecorded: summary.keysRecorded,
      render: DEFAULT_GUACAMOLE_RENDER_OPTIONS,
    });
    const results: string[] = [];
    const scores: { rgb: number; luma: number }[] = [];
    for (const [i, frame] of frames.entries()) {
      // The video's clock starts at the recording's first timestamp.
      const seconds = (moments.syncs[i]! - summary.firstTimestampMs! + SETTLED_MS) / 1000;
      const decoded = await videoFrameAt(ffmpegPath, output, seconds, result.width, result.height);
      await writePng(path.join(out, `mp4-${frame.positionMs}ms.png`), decoded, result.width, frame);
      const rgb = psnr(decoded, frame.rgba, frame.width, frame.height, result.width * 4);
      const luma = lumaPsnr(decoded, frame.rgba, frame.width, frame.height, result.width * 4);
      scores.push({ rgb, luma });
      // The encoding's own loss, against the display it encoded, says what the figures are made of.
      const own = displayed ? psnr(decoded, displayed.frames[i]!, frame.width, frame.height, result.width * 4, displayed.width * 4) : Number.NaN;
      results.push(`${frame.positionMs} ms: luma ${luma.toFixed(1)} dB, RGB ${rgb.toFixed(1)} dB (RGB ${own.toFixed(1)} dB against Custodian's display)`);
    }
    console.log(`${name}, MP4 against guacamole-common-js: ${results.join('; ')}`);
    // Over RGB as well as luma: 4:2:0 video keeps one colour per 2×2 pixels, and the plain average
    // colour alone (no encoder) put the VNC desktop's coloured terminal text at 27.6-28.9 dB over
    // RGB; the export fits each block's colour to its pixels instead (guacamole/fitted-yuv420.ts).
    for (const [i, { rgb, luma }] of scores.entries()) {
      expect(rgb, `${name} MP4 at ${frames[i]!.positionMs} ms, RGB`).toBeGreaterThanOrEqual(30);
      expect(luma, `${name} MP4 at ${frames[i]!.positionMs} ms, luma`).toBeGreaterThanOrEqual(30);
    }
  }, 300_000);
});
