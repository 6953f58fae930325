import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportIdFromComment, exportMetadataArgs } from './export-metadata.js';
import { locateMediaTools, type MediaTools } from './media-tools.js';

const run = promisify(execFile);

describe('exportMetadataArgs', () => {
  let tools: MediaTools;
  let dir: string;

  beforeAll(async () => {
    tools = await locateMediaTools();
    dir = await mkdtemp(path.join(os.tmpdir(), 'export-metadata-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('refuses ids that could smuggle other options or tags', () => {
    expect(() => exportMetadataArgs('a=b')).toThrow(TypeError);
    expect(() => exportMetadataArgs('')).toThrow(TypeError);
    expect(() => exportMetadataArgs('x\ncomment=y')).toThrow(TypeError);
  });

  it('puts the export id in an MP4 where ffprobe reads it back, next to +faststart', async () => {
    const id = '3f2a9c1e-0000-4000-8000-00000000abcd';
    const output = path.join(dir, 'stamped.mp4');
    await run(tools.ffmpegPath, [
      '-hide_banner',
      '-loglevel',
      'error',
      '-y',
      '-f',
      'lavfi',
      '-i',
      'testsrc=size=64x64:rate=5:duration=1',
      '-c:v',
      'libx264',
      '-pix_fmt',
      'yuv420p',
      ...exportMetadataArgs(id),
      '-movflags',
      '+faststart',
      '-f',
      'mp4',
      output,
    ]);
    const { stdout } = await run(tools.ffprobePath, ['-v', 'error', '-show_entries', 'format_tags=comment', '-of', 'csv=p=0', output]);
    expect(exportIdFromComment(stdout.trim())).toBe(id);
  }, 20_000);

  it('reads no id from an unrelated comment', () => {
    expect(exportIdFromComment('made with a phone')).toBeUndefined();
    expect(exportIdFromComment(undefined)).toBeUndefined();
  });
});
