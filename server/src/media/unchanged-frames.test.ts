import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locateMediaTools, type MediaTools } from './media-tools.js';
import { probeMedia } from './probe.js';
import { quietScreenSceneGraph } from './quiet-screen-scene.js';
import { makeScreenRecording } from './synthetic.js';
import { transcodeToMp4, type TranscodeProgress } from './transcode.js';

// Runs the real ffmpeg: what is dropped, what is kept, how long the result lasts and how it looks.

const run = promisify(execFile);
const FPS = 15;
const FRAME = 1 / FPS;

/** Start times of the source frames that differ from the frame before, as the encoder sees them (yuv420p, even size). */
async function changedFrameTimes(tools: MediaTools, file: string): Promise<{ all: number; changed: number[] }> {
  const { stdout } = await run(
    tools.ffmpegPath,
    [
      '-hide_banner',
      '-loglevel',
      'error',
      '-i',
      file,
      '-map',
      '0:v:0',
      '-vf',
      'scale=trunc(iw/2)*2:trunc(ih/2)*2,format=yuv420p',
      '-vsync',
      '0',
      '-f',
      'framemd5',
      '-',
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const base = /#tb 0: (\d+)\/(\d+)/.exec(stdout);
  if (!base) throw new Error(`no time base in framemd5 output: ${stdout.slice(0, 200)}`);
  const timeBase = Number(base[1]) / Number(base[2]);
  const frames = stdout
    .split('\n')
    .filter((line) => /^\d/.test(line))
    .map((line) => line.split(',').map((field) => field.trim()))
    .map((fields) => ({ time: Number(fields[1]) * timeBase, hash: fields[5] }));
  const changed = frames.filter((frame, i) => i === 0 || frame.hash !== frames[i - 1]?.hash).map((frame) => frame.time);
  return { all: frames.length, changed };
}

async function encodedFrameTimes(tools: MediaTools, file: string): Promise<number[]> {
  const { stdout } = await run(tools.ffprobePath, ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'packet=pts_time', '-of', 'csv=p=0', file]);
  return stdout
    .split('\n')
    .filter(Boolean)
    .map(Number)
    .sort((a, b) => a - b);
}

async function pictureTypes(tools: MediaTools, file: string): Promise<string[]> {
  const { stdout } = await run(tools.ffprobePath, ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'frame=pict_type', '-of', 'csv=p=0', file]);
  return stdout.split('\n').filter(Boolean);
}

/** SSIM and PSNR of `encoded` against `source`, the encoded frames held until the next one. */
async function quality(tools: MediaTools, encoded: string, source: string): Promise<{ ssim: number; psnr: number }> {
  const measure = async (filter: 'ssim' | 'psnr'): Promise<string> => {
    const { stderr } = await run(tools.ffmpegPath, [
      '-hide_banner',
      '-i',
      encoded,
      '-i',
      source,
      '-lavfi',
      `[0:v]fps=${FPS}[a];[1:v]scale=trunc(iw/2)*2:trunc(ih/2)*2,format=yuv420p[b];[a][b]${filter}`,
      '-f',
      'null',
      '-',
    ]);
    return stderr;
  };
  const ssim = /SSIM .*All:([\d.]+)/.exec(await measure('ssim'));
  const psnr = /PSNR .*average:([\d.]+|inf)/.exec(await measure('psnr'));
  if (!ssim || !psnr) throw new Error('ffmpeg printed no SSIM or PSNR');
  return { ssim: Number(ssim[1]), psnr: psnr[1] === 'inf' ? Number.POSITIVE_INFINITY : Number(psnr[1]) };
}

describe('encoding only the frames that changed, with the real ffmpeg', () => {
  let tools: MediaTools;
  let dir: string;

  beforeAll(async () => {
    tools = await locateMediaTools();
    dir = await mkdtemp(path.join(os.tmpdir(), 'unchanged-frames-'));
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const transcode = async (input: string, name: string, skipUnchangedFrames: boolean, durationSeconds: number) => {
    const output = path.join(dir, name);
    const progress: TranscodeProgress[] = [];
    const report = await transcodeToMp4({
      ffmpegPath: tools.ffmpegPath,
      input,
      output,
      durationSeconds,
      hasAudio: false,
      skipUnchangedFrames,
      exportId: 'still-test',
      onProgress: (p) => progress.push(p),
    });
    return { output, progress, report };
  };

  /**
   * Writes a filter graph's pad `[v]` as lossless H.264 (`limit`: how much of it), as screen
   * recorders that store only what changed do: an unchanged picture decodes to the same pixels.
   */
  const losslessSource = async (name: string, graph: string, limit: string[]): Promise<string> => {
    const source = path.join(dir, name);
    await run(tools.ffmpegPath, [
      '-hide_banner',
      '-loglevel',
      'error',
      '-filter_complex',
      graph,
      '-map',
      '[v]',
      ...limit,
      '-c:v',
      'libx264',
      '-preset',
      'ultrafast',
      '-qp',
      '0',
      '-pix_fmt',
      'yuv420p',
      source,
    ]);
    return source;
  };

  it('encodes far fewer frames of a mostly still screen, keeps every change in time, its duration and its quality', async () => {
    // Lossless: a lossy recorder's encoder keeps refining a still picture for a few frames, and
    // those frames, which differ, are kept.
    const durationSeconds = 20;
    const graph = quietScreenSceneGraph({ width: 640, height: 360, fps: FPS, variant: 0, durationSeconds });
    const source = await losslessSource('quiet.mkv', graph, ['-t', String(durationSeconds)]);
    const sourceInfo = await probeMedia(tools.ffprobePath, source);

    const skipped = await transcode(source, 'skipped.mp4', true, sourceInfo.durationSeconds);
    const every = await transcode(source, 'every.mp4', false, sourceInfo.durationSeconds);

    const { all, changed } = await changedFrameTimes(tools, source);
    const kept = await encodedFrameTimes(tools, skipped.output);
    expect(all).toBe(durationSeconds * FPS);
    expect(await encodedFrameTimes(tools, every.output)).toHaveLength(all);
    // The quiet scene changes in about a fifth of its frames (typing, cursor blinks, dialog, scroll).
    expect(kept.length).toBeLessThan(all / 3);
    expect(kept.length).toBeGreaterThanOrEqual(changed.length);
    const missing = changed.filter((time) => !kept.some((at) => Math.abs(at - time) <= FRAME + 1e-3));
    expect(missing).toEqual([]);

    // The still end is held: the MP4 lasts as long as the recording.
    const info = await probeMedia(tools.ffprobePath, skipped.output);
    expect(Math.abs(info.durationSeconds - sourceInfo.durationSeconds)).toBeLessThanOrEqual(0.2);
    expect(info.videoCodec).toBe('h264');
    expect(info.width).toBe(640);
    expect(info.height).toBe(360);
    expect(kept.at(-1)).toBeGreaterThan(sourceInfo.durationSeconds - 2 * FRAME - 1e-3);

    // Equal quality: what is not encoded again is the same picture.
    const skippedQuality = await quality(tools, skipped.output, source);
    const everyQuality = await quality(tools, every.output, source);
    expect(skippedQuality.ssim).toBeGreaterThan(0.98);
    expect(skippedQuality.psnr).toBeGreaterThan(38);
    expect(skippedQuality.ssim).toBeGreaterThanOrEqual(everyQuality.ssim - 0.002);
    expect(skippedQuality.psnr).toBeGreaterThanOrEqual(everyQuality.psnr - 0.5);

    // Progress still rises to 1, never backwards; the arguments that the manifest records say how it was encoded.
    const fractions = skipped.progress.map((p) => p.fraction);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.every((f, i) => i === 0 || f >= (fractions[i - 1] ?? 0))).toBe(true);
    expect(skipped.report.arguments.join(' ')).toContain('mpdecimate=hi=0:lo=0:frac=0');
    expect(skipped.report.arguments).toContain('vfr');
    expect(every.report.arguments.join(' ')).not.toContain('mpdecimate');
  }, 120_000);

  it('keeps a blinking text cursor at the left edge and one character typed in the bottom right corner', async () => {
    // A 2x16 cursor in the columns mpdecimate itself never compares, blinking until 4 s; a 6x10
    // character typed at 6 s against the right and bottom edges; then nothing until 10 s.
    const graph =
      `color=c=0x1e4d78:s=642x362:r=${FPS},` +
      "drawbox=x=2:y=100:w=2:h=16:c=white:t=fill:enable='lt(t,4)*lt(mod(t,1),0.5)'," +
      "drawbox=x=636:y=352:w=6:h=10:c=white:t=fill:enable='gte(t,6)'[v]";
    const source = await losslessSource('edges.mkv', graph, ['-t', '10']);

    const { output } = await transcode(source, 'edges.mp4', true, 10);
    const kept = await encodedFrameTimes(tools, output);
    for (const change of [0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 6]) {
      // The first source frame that shows the change.
      const shown = Math.ceil(change * FPS - 1e-6) / FPS;
      expect(
        kept.some((at) => Math.abs(at - shown) < 1e-3),
        `a frame at ${shown} s in ${kept.join(', ')}`,
      ).toBe(true);
    }
    // Between the changes nothing is encoded again, except the last second, kept whole.
    expect(kept.filter((at) => at > 6 + 1e-3 && at < 9 - 1e-3)).toEqual([]);
    const info = await probeMedia(tools.ffprobePath, output);
    expect(Math.abs(info.durationSeconds - 10)).toBeLessThanOrEqual(0.2);
  }, 60_000);

  it('keeps every frame of a recording in which something moves all the time', async () => {
    const source = path.join(dir, 'busy.mkv');
    await makeScreenRecording({ ffmpegPath: tools.ffmpegPath, output: source, width: 320, height: 240, durationSeconds: 4, fps: FPS });
    const { output } = await transcode(source, 'busy.mp4', true, 4);
    expect(await encodedFrameTimes(tools, output)).toHaveLength(4 * FPS);
    const info = await probeMedia(tools.ffprobePath, output);
    expect(Math.abs(info.durationSeconds - 4)).toBeLessThanOrEqual(0.2);
    // With B-frames, as when every frame is encoded: without them such files grew up to 2.2 times.
    expect(await pictureTypes(tools, output)).toContain('B');
  }, 60_000);

  it('lasts as long as the recording when it opens with seconds of a still screen', async () => {
    // Still until 5 s, then a box grows every frame until 7 s, then still again until 10 s.
    const graph = `color=c=0x1e4d78:s=320x240:r=${FPS},drawbox=x=10:y=10:w='max(1,(t-5)*50)':h=20:c=white:t=fill:enable='between(t,5,7)'[v]`;
    const source = await losslessSource('still-opening.mkv', graph, ['-t', '10']);
    const { output } = await transcode(source, 'still-opening.mp4', true, 10);
    const kept = await encodedFrameTimes(tools, output);
    // Nothing encoded again in the still opening but the first frames.
    expect(kept.filter((at) => at > 3 * FRAME && at < 5 - 1e-3)).toEqual([]);
    expect(await pictureTypes(tools, output)).toContain('B');
    const info = await probeMedia(tools.ffprobePath, output);
    expect(Math.abs(info.durationSeconds - 10)).toBeLessThanOrEqual(0.2);
  }, 60_000);

  it('keeps the time of the first change after a still of more than a day, with one keyframe after it rather than one per 10 s of the still', async () => {
    // Frames only where the picture changed, as browser recorders store a still screen: five,
    // then nothing for 31 hours (more than ffmpeg's MP4 writer can give one frame in its own time
    // unit), then 35 more.
    const GAP = 31 * 3600;
    const graph = `testsrc=size=320x240:rate=${FPS},setpts='if(gte(N,5),${GAP}+N/${FPS},N/${FPS})/TB'[v]`;
    const source = await losslessSource('weekend.mkv', graph, ['-frames:v', '40', '-vsync', 'vfr']);
    const durationSeconds = GAP + 40 * FRAME;
    const { output } = await transcode(source, 'weekend.mp4', true, durationSeconds);
    const kept = await encodedFrameTimes(tools, output);
    expect(kept.filter((at) => Math.abs(at - (GAP + 5 * FRAME)) < 0.01)).toHaveLength(1);
    expect(kept.filter((at) => at > 1 && at < GAP)).toEqual([]);
    const { stdout } = await run(tools.ffprobePath, [
      '-v',
      'error',
      '-select_streams',
      'v:0',
      '-show_entries',
      'packet=pts_time,flags',
      '-of',
      'csv=p=0',
      output,
    ]);
    const keyframesAfter = stdout
      .split('\n')
      .filter(Boolean)
      .filter((line) => Number(line.split(',')[0]) > GAP && line.split(',')[1]!.includes('K'));
    expect(keyframesAfter.length).toBeLessThanOrEqual(1);
    expect(Math.abs((await probeMedia(tools.ffprobePath, output)).durationSeconds - durationSeconds)).toBeLessThanOrEqual(0.2);
  }, 60_000);
});
