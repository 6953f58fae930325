import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MediaError } from './media-error.js';
import { locateMediaTools, type MediaTools } from './media-tools.js';
import { probeMedia } from './probe.js';
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
});
