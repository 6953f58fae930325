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
import { KEPT_HEAD_FRAMES } from './unchanged-frames.js';

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

/** Video frames in a file, counted by ffprobe from its packets. */
async function videoFrames(ffprobePath: string, file: string): Promise<number> {
  const { stdout } = await run(ffprobePath, [
    '-v',
    'error',
    '-select_streams',
    'v:0',
    '-count_packets',
    '-show_entries',
    'stream=nb_read_packets',
    '-of',
    'csv=p=0',
    file,
  ]);
  return Number(stdout.trim());
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

  it('encodes about as many frames in segments as whole, and still lasts as long as the recording', async () => {
    // Mostly still, as most screen recordings are: only changed frames are encoded.
    const quiet = path.join(dir, 'quiet.mkv');
    await makeScreenRecording({ ffmpegPath: tools.ffmpegPath, output: quiet, width: 640, height: 360, durationSeconds: 40, fps: 30, scene: 'quiet' });
    const info = await probeMedia(tools.ffprobePath, quiet);
    const plan = planSegments(info.durationSeconds, await keyframeTimes(tools.ffprobePath, quiet), 10);
    expect(plan.length).toBe(4);
    const encode = async (output: string, durationSeconds: number, range?: (typeof plan)[number]) => {
      await transcodeToMp4({
        ffmpegPath: tools.ffmpegPath,
        input: quiet,
        output,
        durationSeconds,
        hasAudio: false,
        skipUnchangedFrames: true,
        range,
        endsRecording: !range || range === plan.at(-1),
        threads: 1,
      });
      return output;
    };
    const whole = await encode(path.join(dir, 'quiet-whole.mp4'), info.durationSeconds);
    const parts = [];
    for (const range of plan) {
      const durationSeconds = range.endSeconds - range.startSeconds;
      parts.push({ file: await encode(path.join(dir, `quiet-part-${range.index}.mp4`), durationSeconds, range), durationSeconds });
    }
    const wholeFrames = await videoFrames(tools.ffprobePath, whole);
    const partFrames = (await Promise.all(parts.map((part) => videoFrames(tools.ffprobePath, part.file)))).reduce((a, b) => a + b, 0);
    // A segment after the first may add its first frames, kept whole (KEPT_HEAD_FRAMES); keeping
    // every segment's last second whole would add up to a second of frames (30) per cut.
    expect(partFrames - wholeFrames).toBeGreaterThanOrEqual(0);
    expect(partFrames - wholeFrames).toBeLessThanOrEqual((plan.length - 1) * KEPT_HEAD_FRAMES);

    const joined = path.join(dir, 'quiet-joined.mp4');
    await joinSegments({ ffmpegPath: tools.ffmpegPath, parts, output: joined });
    expect(await videoFrames(tools.ffprobePath, joined)).toBe(partFrames);
    expect(Math.abs((await probeMedia(tools.ffprobePath, joined)).durationSeconds - info.durationSeconds)).toBeLessThan(0.2);
    // The end of a segment and the start of the next: the same picture as the whole export's.
    for (const range of plan.slice(1)) {
      for (const at of [range.startSeconds - 0.15, range.startSeconds]) {
        expect(await psnrAt(tools.ffmpegPath, joined, whole, at), `at ${at.toFixed(2)} s`).toBeGreaterThan(35);
      }
    }
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
