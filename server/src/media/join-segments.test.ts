import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concatList, joinSegments } from './join-segments.js';
import { locateMediaTools, type MediaTools } from './media-tools.js';
import { MediaError } from './media-error.js';
import { keyframeTimes, probeMedia } from './probe.js';
import { planSegments } from './segment-plan.js';
import { makeScreenRecording } from './synthetic.js';
import { transcodeToMp4 } from './transcode.js';

// Runs the real ffmpeg: a recording encoded whole, and in segments joined, must be the same film.

const run = promisify(execFile);

/** PSNR (dB) between the frames of two files at `seconds`, as ffmpeg measures it. */
async function psnrAt(ffmpegPath: string, a: string, b: string, seconds: number): Promise<number> {
  const { stderr } = await run(ffmpegPath, [
    '-hide_banner',
    '-ss',
    String(seconds),
    '-i',
    a,
    '-ss',
    String(seconds),
    '-i',
    b,
    '-frames:v',
    '1',
    '-lavfi',
    '[0:v][1:v]psnr',
    '-f',
    'null',
    '-',
  ]);
  const match = /average:(inf|[0-9.]+)/.exec(stderr);
  if (!match) throw new Error(`no PSNR in ${stderr}`);
  return match[1] === 'inf' ? Number.POSITIVE_INFINITY : Number(match[1]);
}

describe('a recording exported in segments and joined', () => {
  let tools: MediaTools;
  let dir: string;
  let source: string;

  beforeAll(async () => {
    tools = await locateMediaTools();
    dir = await mkdtemp(path.join(os.tmpdir(), 'join-segments-'));
    source = path.join(dir, 'source.mkv');
    // A keyframe every 5 s (fps × 5), audio throughout.
    await makeScreenRecording({ ffmpegPath: tools.ffmpegPath, output: source, width: 640, height: 360, durationSeconds: 31, fps: 10, withAudio: true });
  }, 60_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('lists keyframes, cuts on them, and joins parts into the duration and picture of the whole', async () => {
    const keyframes = await keyframeTimes(tools.ffprobePath, source);
    // Counted from the container's start, which an audio stream's priming may put a little earlier.
    expect(keyframes[0]).toBeGreaterThanOrEqual(0);
    expect(keyframes[0]).toBeLessThan(0.1);
    expect(keyframes.length).toBeGreaterThanOrEqual(6);
    const info = await probeMedia(tools.ffprobePath, source);
    const plan = planSegments(info.durationSeconds, keyframes, 10);
    expect(plan.length).toBe(3);
    for (const range of plan.slice(1)) expect(keyframes.some((k) => Math.abs(k - range.startSeconds) < 1e-6)).toBe(true);

    const parts = [];
    for (const range of plan) {
      const file = path.join(dir, `part-${range.index}.mp4`);
      await transcodeToMp4({
        ffmpegPath: tools.ffmpegPath,
        input: source,
        output: file,
        durationSeconds: range.endSeconds - range.startSeconds,
        hasAudio: true,
        skipUnchangedFrames: true,
        range,
        threads: 1,
      });
      parts.push({ file, durationSeconds: range.endSeconds - range.startSeconds });
    }
    const joined = path.join(dir, 'joined.mp4');
    const report = await joinSegments({ ffmpegPath: tools.ffmpegPath, parts, output: joined, exportId: 'c0ffee00-0000-4000-8000-000000000001' });
    expect(report.outputSizeBytes).toBeGreaterThan(0);
    expect(report.arguments).toContain('copy');

    const whole = path.join(dir, 'whole.mp4');
    await transcodeToMp4({
      ffmpegPath: tools.ffmpegPath,
      input: source,
      output: whole,
      durationSeconds: info.durationSeconds,
      hasAudio: true,
      skipUnchangedFrames: true,
    });

    const joinedInfo = await probeMedia(tools.ffprobePath, joined);
    expect(Math.abs(joinedInfo.durationSeconds - info.durationSeconds)).toBeLessThan(0.2);
    expect(joinedInfo.hasAudio).toBe(true);
    // Inside each part, and right after each cut: the same picture as the whole export's.
    for (const at of [3.05, 10.05, 15.55, 20.05, 29.55]) {
      expect(await psnrAt(tools.ffmpegPath, joined, whole, at), `at ${at} s`).toBeGreaterThan(35);
    }
    // Nothing but the joined file is left beside the parts.
    expect((await readdir(dir)).filter((f) => f.includes('.partial') || f.endsWith('.ffconcat'))).toEqual([]);
  }, 120_000);

  it('quotes file names in the list so that a quote cannot add a directive', () => {
    expect(concatList([{ file: "/tmp/it's.mp4", durationSeconds: 1.5 }])).toBe("ffconcat version 1.0\nfile '/tmp/it'\\''s.mp4'\nduration 1.500000\n");
  });

  it('leaves no file when a part cannot be read', async () => {
    const output = path.join(dir, 'broken.mp4');
    const error = await joinSegments({ ffmpegPath: tools.ffmpegPath, parts: [{ file: path.join(dir, 'missing.mp4'), durationSeconds: 1 }], output }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(MediaError);
    expect((await readdir(dir)).filter((f) => f.startsWith('broken'))).toEqual([]);
  });
});
