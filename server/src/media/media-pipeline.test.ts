import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MediaError, type MediaErrorKind } from './media-error.js';
import { locateMediaTools, type MediaTools } from './media-tools.js';
import { probeMedia } from './probe.js';
import { makeScreenRecording, writeCorruptFile } from './synthetic.js';
import { transcodeToMp4, type TranscodeProgress } from './transcode.js';

// Runs the real ffmpeg and ffprobe on small generated recordings.

const run = promisify(execFile);

async function rejectionKind(promise: Promise<unknown>): Promise<MediaErrorKind> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MediaError);
  return (error as MediaError).kind;
}

describe('media pipeline with the real ffmpeg', () => {
  let tools: MediaTools;
  let dir: string;
  let clip: string;

  const filesIn = async (folder: string): Promise<string[]> => (await readdir(folder)).sort();

  beforeAll(async () => {
    tools = await locateMediaTools();
    dir = await mkdtemp(path.join(os.tmpdir(), 'media-pipeline-'));
    clip = path.join(dir, 'source', 'clip.webm');
    await makeScreenRecording({
      ffmpegPath: tools.ffmpegPath,
      output: clip,
      width: 320,
      height: 240,
      durationSeconds: 3,
      withAudio: true,
    });
  }, 30_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('probes a generated screen recording', async () => {
    const info = await probeMedia(tools.ffprobePath, clip);
    expect(info).toMatchObject({
      container: 'webm',
      width: 320,
      height: 240,
      hasAudio: true,
      videoCodec: 'vp8',
      audioCodec: 'opus',
      sizeBytes: (await stat(clip)).size,
    });
    expect(info.durationSeconds).toBeCloseTo(3, 1);
    expect(await filesIn(path.dirname(clip))).toEqual(['clip.webm']);
  });

  it('transcodes to an H.264/AAC MP4 whose hash matches its bytes', async () => {
    const output = path.join(dir, 'exports', 'clip.mp4');
    const progress: TranscodeProgress[] = [];
    const result = await transcodeToMp4({
      ffmpegPath: tools.ffmpegPath,
      input: clip,
      output,
      durationSeconds: 3,
      hasAudio: true,
      metadata: { custodian_export_id: 'exp-123' },
      onProgress: (p) => progress.push(p),
    });

    const out = await probeMedia(tools.ffprobePath, output);
    expect(out).toMatchObject({ container: 'mp4', videoCodec: 'h264', audioCodec: 'aac', hasAudio: true, width: 320, height: 240 });
    expect(Math.abs(out.durationSeconds - 3)).toBeLessThan(0.2);

    const bytes = await readFile(output);
    expect(result.outputSha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(result.outputSizeBytes).toBe(bytes.length);
    expect(result).toMatchObject({ tool: 'ffmpeg', toolVersion: 'unknown' });
    expect(result.arguments.at(-1)).toBe(`${output}.partial`);
    expect(await filesIn(path.dirname(output))).toEqual(['clip.mp4']);

    expect(progress.at(-1)?.fraction).toBe(1);
    const fractions = progress.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));

    const { stdout } = await run(tools.ffprobePath, ['-v', 'error', '-show_entries', 'format_tags=custodian_export_id', '-of', 'csv=p=0', output]);
    expect(stdout.trim()).toBe('exp-123');
  }, 20_000);

  it('evens out odd dimensions', async () => {
    const odd = path.join(dir, 'odd', 'odd.webm');
    await makeScreenRecording({ ffmpegPath: tools.ffmpegPath, output: odd, width: 321, height: 241, durationSeconds: 1 });
    const output = path.join(dir, 'odd', 'odd.mp4');
    await transcodeToMp4({ ffmpegPath: tools.ffmpegPath, input: odd, output, durationSeconds: 1, hasAudio: false });
    const out = await probeMedia(tools.ffprobePath, output);
    expect(out).toMatchObject({ width: 320, height: 240, hasAudio: false, audioCodec: null });
  }, 20_000);

  it('finds the duration of a live-recorded file whose header has none', async () => {
    // Browsers' MediaRecorder writes WebM like this: the recorder never goes back to the header.
    const live = path.join(dir, 'live', 'live.webm');
    await mkdir(path.dirname(live));
    await run(tools.ffmpegPath, ['-hide_banner', '-loglevel', 'error', '-i', clip, '-c', 'copy', '-live', '1', '-f', 'webm', live]);
    const { stdout } = await run(tools.ffprobePath, ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', live]);
    expect(stdout.trim()).toBe('N/A');
    const info = await probeMedia(tools.ffprobePath, live);
    expect(info.durationSeconds).toBeCloseTo(3, 1);
  }, 20_000);

  it('rejects a corrupt source and leaves no file behind', async () => {
    const folder = path.join(dir, 'corrupt');
    const corrupt = path.join(folder, 'broken.webm');
    await writeCorruptFile(corrupt);
    expect(await rejectionKind(probeMedia(tools.ffprobePath, corrupt))).toBe('SOURCE_CORRUPT');

    const output = path.join(folder, 'broken.mp4');
    const kind = await rejectionKind(transcodeToMp4({ ffmpegPath: tools.ffmpegPath, input: corrupt, output, durationSeconds: 3, hasAudio: true }));
    expect(kind).toBe('SOURCE_CORRUPT');
    expect(await filesIn(folder)).toEqual(['broken.webm']);

    const corruptMp4 = path.join(folder, 'broken-too.mp4');
    await writeCorruptFile(corruptMp4);
    expect(await rejectionKind(probeMedia(tools.ffprobePath, corruptMp4))).toBe('SOURCE_CORRUPT');
  }, 20_000);

  it('reports a missing source before starting ffmpeg', async () => {
    const missing = path.join(dir, 'nowhere', 'gone.webm');
    expect(await rejectionKind(probeMedia(tools.ffprobePath, missing))).toBe('SOURCE_MISSING');
    const output = path.join(dir, 'missing-out', 'gone.mp4');
    expect(await rejectionKind(transcodeToMp4({ ffmpegPath: tools.ffmpegPath, input: missing, output, durationSeconds: 1, hasAudio: false }))).toBe(
      'SOURCE_MISSING',
    );
  });

  describe('stopping a long transcode', () => {
    let long: string;

    beforeAll(async () => {
      long = path.join(dir, 'long', 'long.mkv');
      await makeScreenRecording({ ffmpegPath: tools.ffmpegPath, output: long, width: 1280, height: 720, durationSeconds: 20, withAudio: true });
    }, 30_000);

    it('cancels on abort, kills ffmpeg and leaves no file behind', async () => {
      const folder = path.join(dir, 'aborted');
      const controller = new AbortController();
      const seen: TranscodeProgress[] = [];
      const started = Date.now();
      const kind = await rejectionKind(
        transcodeToMp4({
          ffmpegPath: tools.ffmpegPath,
          input: long,
          output: path.join(folder, 'long.mp4'),
          durationSeconds: 20,
          hasAudio: true,
          signal: controller.signal,
          onProgress: (p) => {
            seen.push(p);
            if (p.outTimeSeconds > 0) controller.abort();
          },
        }),
      );
      expect(kind).toBe('CANCELLED');
      expect(seen.at(-1)?.fraction).toBeLessThan(1);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(await filesIn(folder)).toEqual([]);
    }, 20_000);

    it('stops at the time limit and leaves no file behind', async () => {
      const folder = path.join(dir, 'timed-out');
      const kind = await rejectionKind(
        transcodeToMp4({
          ffmpegPath: tools.ffmpegPath,
          input: long,
          output: path.join(folder, 'long.mp4'),
          durationSeconds: 20,
          hasAudio: true,
          timeoutMs: 300,
        }),
      );
      expect(kind).toBe('TIMED_OUT');
      expect(await filesIn(folder)).toEqual([]);
    }, 20_000);

    it('does not start at all when already aborted', async () => {
      const kind = await rejectionKind(
        transcodeToMp4({
          ffmpegPath: tools.ffmpegPath,
          input: long,
          output: path.join(dir, 'never', 'long.mp4'),
          durationSeconds: 20,
          hasAudio: true,
          signal: AbortSignal.abort(),
        }),
      );
      expect(kind).toBe('CANCELLED');
    });
  });
});
