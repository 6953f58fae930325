import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeMediaTools, locateMediaTools } from './media-tools.js';

// Fake binaries are shell scripts; the search order is the same on every platform.
describe.skipIf(process.platform === 'win32')('locateMediaTools', () => {
  let dir: string;
  let fakeBin: string;
  let brokenBin: string;

  async function script(folder: string, name: string, body: string): Promise<string> {
    const file = path.join(folder, name);
    await writeFile(file, `#!/bin/sh\n${body}\n`);
    await chmod(file, 0o755);
    return file;
  }

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'media-tools-'));
    fakeBin = path.join(dir, 'fake');
    brokenBin = path.join(dir, 'broken');
    await Promise.all([mkdir(fakeBin), mkdir(brokenBin)]);
    await script(fakeBin, 'ffmpeg', 'echo "ffmpeg version 9.9-test Copyright (c) the FFmpeg developers"');
    await script(brokenBin, 'ffmpeg', 'echo "error while loading shared libraries" >&2; exit 127');
    await script(dir, 'not-ffmpeg', 'echo "hello"');
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('falls back to the npm packages when nothing is on PATH', async () => {
    const tools = await locateMediaTools({ PATH: '' });
    expect(tools.ffmpegSource).toBe(`npm package @ffmpeg-installer/ffmpeg (${tools.ffmpegPath})`);
    expect(tools.ffprobeSource).toBe(`npm package @ffprobe-installer/ffprobe (${tools.ffprobePath})`);
    expect(tools.ffmpegVersion).not.toBe('');
    expect(describeMediaTools(tools)).toBe(
      `ffmpeg ${tools.ffmpegVersion} from ${tools.ffmpegSource}; ffprobe ${tools.ffprobeVersion} from ${tools.ffprobeSource}`,
    );
  });

  it('prefers a working binary on PATH', async () => {
    const tools = await locateMediaTools({ PATH: fakeBin });
    expect(tools.ffmpegPath).toBe(path.join(fakeBin, 'ffmpeg'));
    expect(tools.ffmpegSource).toBe(`system (${path.join(fakeBin, 'ffmpeg')})`);
    expect(tools.ffmpegVersion).toBe('9.9-test');
  });

  it('skips a binary on PATH that does not run', async () => {
    const tools = await locateMediaTools({ PATH: [brokenBin, fakeBin].join(path.delimiter) });
    expect(tools.ffmpegPath).toBe(path.join(fakeBin, 'ffmpeg'));
    const npm = await locateMediaTools({ PATH: brokenBin });
    expect(npm.ffmpegSource).toMatch(/^npm package @ffmpeg-installer\/ffmpeg/);
  });

  it('uses an explicit path before anything else', async () => {
    const explicit = path.join(fakeBin, 'ffmpeg');
    const tools = await locateMediaTools({ PATH: '', FFMPEG_PATH: explicit });
    expect(tools.ffmpegSource).toBe(`FFMPEG_PATH (${explicit})`);
  });

  it('fails, rather than falls back, when the explicit path does not work', async () => {
    await expect(locateMediaTools({ FFMPEG_PATH: path.join(dir, 'missing') })).rejects.toThrow(
      /FFMPEG_PATH is set to ".*missing", but that is not a working ffmpeg: cannot run it \(ENOENT\)/,
    );
    await expect(locateMediaTools({ FFMPEG_PATH: path.join(brokenBin, 'ffmpeg') })).rejects.toThrow(/exited with code 127/);
    await expect(locateMediaTools({ FFPROBE_PATH: path.join(dir, 'not-ffmpeg') })).rejects.toThrow(/FFPROBE_PATH .* printed "hello", not an ffprobe version/);
  });
});
