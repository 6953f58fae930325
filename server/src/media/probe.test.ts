import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ByteSource, fileBytes } from '../common/byte-source.js';
import { MediaError } from './media-error.js';
import { locateMediaTools, type MediaTools } from './media-tools.js';
import { probeMedia, probeTimeoutMs } from './probe.js';
import { runTool } from './run-tool.js';
import { makeScreenRecording } from './synthetic.js';

describe('probeMedia with the real ffprobe', () => {
  let tools: MediaTools;
  let dir: string;

  beforeAll(async () => {
    tools = await locateMediaTools();
    dir = await mkdtemp(path.join(os.tmpdir(), 'probe-'));
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('names the container from the content, whatever the file is called', async () => {
    const file = path.join(dir, 'recording.mp4');
    await makeScreenRecording({ ffmpegPath: tools.ffmpegPath, output: file, container: 'webm', width: 160, height: 120, durationSeconds: 1 });
    expect((await probeMedia(tools.ffprobePath, file)).container).toBe('webm');
  }, 20_000);

  it('refuses a file whose description would not fit in memory, instead of collecting it', async () => {
    // A real recording carrying 5.5 MB of tags, which ffprobe prints whole.
    const clip = path.join(dir, 'clip.mkv');
    await makeScreenRecording({ ffmpegPath: tools.ffmpegPath, output: clip, width: 160, height: 120, durationSeconds: 1 });
    const metadata = path.join(dir, 'tags.txt');
    const tags = Array.from({ length: 6000 }, (_, i) => `t${i}=${'x'.repeat(900)}`);
    await writeFile(metadata, `;FFMETADATA1\n${tags.join('\n')}\n`);
    const tagged = path.join(dir, 'tagged.mkv');
    const made = await runTool(tools.ffmpegPath, [
      '-v',
      'error',
      '-i',
      clip,
      '-f',
      'ffmetadata',
      '-i',
      metadata,
      '-map',
      '0',
      '-map_metadata',
      '1',
      '-c',
      'copy',
      tagged,
    ]);
    expect(made.exitCode, made.stderrLines.join('\n')).toBe(0);

    const error = await probeMedia(tools.ffprobePath, tagged).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MediaError);
    expect((error as MediaError).kind).toBe('SOURCE_CORRUPT');
    expect((error as MediaError).message).toMatch(/runs past 4 MiB/);
  }, 20_000);

  it('reads bytes that can only be streamed (an upload in a bucket) on standard input, as it reads the file', async () => {
    const streamed = (file: string): ByteSource => ({ ...fileBytes(file), name: `bucket:${path.basename(file)}`, localPath: null });
    for (const container of ['mp4', 'webm', 'mov', 'avi'] as const) {
      // ffmpeg writes an MP4's index at the end: ffprobe reads forward to it.
      const file = path.join(dir, `piped.${container}`);
      await makeScreenRecording({ ffmpegPath: tools.ffmpegPath, output: file, container, width: 176, height: 144, durationSeconds: 2, withAudio: true });
      expect(await probeMedia(tools.ffprobePath, streamed(file)), container).toEqual(await probeMedia(tools.ffprobePath, file));
    }
    // A live-recorded WebM states no duration: its packets, fed again, tell it.
    const live = path.join(dir, 'piped-live.webm');
    const copied = await runTool(tools.ffmpegPath, ['-v', 'error', '-i', path.join(dir, 'piped.webm'), '-c', 'copy', '-live', '1', '-f', 'webm', live]);
    expect(copied.exitCode, copied.stderrLines.join('\n')).toBe(0);
    expect((await probeMedia(tools.ffprobePath, streamed(live))).durationSeconds).toBeCloseTo(2, 1);

    // A source that fails while it is fed is the error, named, not what ffprobe made of half a file.
    const failing: ByteSource = {
      ...streamed(path.join(dir, 'piped.mp4')),
      stream: async () =>
        Readable.from(
          (async function* () {
            yield Buffer.alloc(64 * 1024);
            throw new Error('the bucket went away');
          })(),
        ),
    };
    const error = await probeMedia(tools.ffprobePath, failing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MediaError);
    expect((error as MediaError).message).toMatch(/bucket:piped\.mp4.*the bucket went away/);
  }, 60_000);

  it('gives a source that can only be streamed the time to read it whole at 10 MB/s, and a file two minutes', () => {
    const file = fileBytes('/recordings/session.webm');
    expect(probeTimeoutMs(file, 5 * 1024 ** 3)).toBe(120_000);
    expect(probeTimeoutMs({ ...file, localPath: null }, 100_000_000)).toBe(120_000);
    expect(probeTimeoutMs({ ...file, localPath: null }, 5 * 1024 ** 3)).toBe(536_871);
  });
});
