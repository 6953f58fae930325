import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locateMediaTools, type MediaTools } from '../media/media-tools.js';
import { runTool } from '../media/run-tool.js';
import { encodeInstruction as encode } from './encode-instruction.js';
import { DEFAULT_GUACAMOLE_RENDER_OPTIONS } from './guacamole-render-options.js';
import { buildGuacamoleMp4Args, GUACAMOLE_RENDERER_VERSION, renderGuacamoleToMp4 } from './render-to-mp4.js';
import { summarizeGuacamole } from './summarize.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../../shared/corpus/guac');
const corpusPresent = await fsp.stat(CORPUS).then(
  () => true,
  () => false,
);
if (!corpusPresent) console.warn(`Skipping the Guacamole corpus exports: ${CORPUS} is absent (it holds recordings written by guacd).`);

let tools: MediaTools;
let dir: string;
beforeAll(async () => {
  tools = await locateMediaTools();
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'guac-mp4-'));
});
afterAll(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

interface Probed {
  format: { duration: string };
  streams: { codec_type: string; codec_name: string; width?: number; height?: number; pix_fmt?: string; color_space?: string }[];
}

async function probe(file: string): Promise<Probed> {
  const result = await runTool(tools.ffprobePath, ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file]);
  return JSON.parse(result.stdout) as Probed;
}

/**
 * The picture shown at `seconds`, as RGB bytes. Frames last until the next one (variable frame
 * rate), so the video is first made constant-rate: seeking alone skips a frame that began earlier.
 */
async function frameAt(file: string, seconds: number, width: number, height: number): Promise<Buffer> {
  const out = path.join(dir, `frame-${Math.random().toString(36).slice(2)}.rgb`);
  const result = await runTool(tools.ffmpegPath, [
    '-v',
    'error',
    '-i',
    file,
    '-vf',
    'fps=10',
    '-ss',
    String(seconds),
    '-frames:v',
    '1',
    '-f',
    'rawvideo',
    '-pix_fmt',
    'rgb24',
    '-y',
    out,
  ]);
  expect(result.exitCode).toBe(0);
  const bytes = await fsp.readFile(out);
  expect(bytes.length).toBe(width * height * 3);
  return bytes;
}

function rgbAt(frame: Buffer, width: number, x: number, y: number): number[] {
  const i = (y * width + x) * 3;
  return [frame[i]!, frame[i + 1]!, frame[i + 2]!];
}

async function exportFile(input: string, output: string) {
  const summary = await summarizeGuacamole(input);
  const progress: number[] = [];
  const result = await renderGuacamoleToMp4({
    ffmpegPath: tools.ffmpegPath,
    input,
    output,
    width: summary.width,
    height: summary.height,
    durationSeconds: summary.durationSeconds,
    firstTimestampMs: summary.firstTimestampMs,
    keysRecorded: summary.keysRecorded,
    render: DEFAULT_GUACAMOLE_RENDER_OPTIONS,
    onProgress: ({ fraction }) => progress.push(fraction),
    exportId: '0190c3a2-0000-7000-8000-000000000001',
    ffmpegVersion: tools.ffmpegVersion,
  });
  return { summary, result, progress, probed: await probe(output) };
}

describe('buildGuacamoleMp4Args', () => {
  it('reads only our frames on stdin, and our subtitle file as SubRip', () => {
    const args = buildGuacamoleMp4Args({ output: '/e/x.mp4.partial', frameRate: 30, subtitles: '/e/x.srt' });
    const first = args.indexOf('-i');
    expect(args.slice(first - 4, first + 2)).toEqual(['-protocol_whitelist', 'pipe', '-f', 'matroska', '-i', 'pipe:0']);
    const second = args.indexOf('-i', first + 1);
    expect(args.slice(second - 4, second + 2)).toEqual(['-protocol_whitelist', 'file', '-f', 'srt', '-i', '/e/x.srt']);
    expect(args).toContain('mov_text');
    expect(buildGuacamoleMp4Args({ output: '/e/x.mp4', frameRate: 30 }).filter((a) => a === '-i')).toHaveLength(1);
  });
});

describe('renderGuacamoleToMp4', () => {
  it('exports a small session: size, colours, timing, pointer and typed-text subtitles', async () => {
    const png = await sharp({ create: { width: 20, height: 10, channels: 3, background: { r: 0, g: 200, b: 0 } } })
      .png()
      .toBuffer();
    const b64 = png.toString('base64');
    const text = [
      encode('size', 0, 319, 239),
      encode('rect', 0, 0, 0, 319, 239),
      encode('cfill', 14, 0, 0, 0, 200, 255),
      encode('sync', 10_000, 0),
      encode('key', 0x6c, 1, 10_100),
      encode('key', 0x73, 1, 10_200),
      encode('key', 0xff0d, 1, 10_300),
      encode('img', 1, 14, 0, 'image/png', 100, 100),
      encode('blob', 1, b64.slice(0, 40)),
      encode('blob', 1, b64.slice(40)),
      encode('end', 1),
      encode('sync', 11_000, 0),
      encode('frobnicate', 1),
      encode('sync', 10_990, 0),
      encode('rect', 0, 0, 0, 50, 50),
      encode('cfill', 14, 0, 200, 0, 0, 255),
      encode('sync', 12_000, 0),
      encode('mouse', 5, 5, 0, 12_500),
    ].join('');
    const input = path.join(dir, 'small.guac');
    await fsp.writeFile(input, text);
    const output = path.join(dir, 'small.mp4');
    const { result, probed, progress } = await exportFile(input, output);

    const video = probed.streams.find((s) => s.codec_type === 'video')!;
    expect(video).toMatchObject({ codec_name: 'h264', width: 320, height: 240, pix_fmt: 'yuv420p', color_space: 'bt709' });
    expect(Math.abs(Number(probed.format.duration) - 2.5)).toBeLessThan(0.2);
    expect(probed.streams.find((s) => s.codec_type === 'subtitle')).toMatchObject({ codec_name: 'mov_text' });
    expect(result.subtitleCues).toBe(3);
    expect(result.rendering).toMatchObject({
      renderer: 'custodian-guacamole',
      rendererVersion: GUACAMOLE_RENDERER_VERSION,
      width: 320,
      height: 240,
      unknownInstructions: 1,
      unknownOpcodes: 'frobnicate×1',
    });
    expect(result.stats).toMatchObject({ imagesDecoded: 1, decreasingTimestamps: 1 });
    expect(progress.at(-1)).toBe(1);

    const before = await frameAt(output, 0.5, 320, 240);
    expect(rgbAt(before, 320, 110, 105)[2]).toBeGreaterThan(180);
    const after = await frameAt(output, 1.5, 320, 240);
    expect(rgbAt(after, 320, 110, 105)[1]).toBeGreaterThan(180);
    expect(rgbAt(after, 320, 10, 10)[2]).toBeGreaterThan(180);
    const last = await frameAt(output, 2.3, 320, 240);
    expect(rgbAt(last, 320, 10, 10)[0]).toBeGreaterThan(180);

    const subtitles = await runTool(tools.ffmpegPath, ['-v', 'error', '-i', output, '-map', '0:s', '-f', 'srt', '-']);
    expect(subtitles.stdout).toContain('ls[Enter]');
    expect(subtitles.stdout).toMatch(/00:00:00,300 -->/);
  });

  it('refuses a file that is not a Guacamole recording as SOURCE_CORRUPT, leaving no file', async () => {
    const input = path.join(dir, 'bad.guac');
    await fsp.writeFile(input, `${encode('size', 0, 64, 64)}4.rect,1.0,1.xy;`);
    const output = path.join(dir, 'bad.mp4');
    const error = await renderGuacamoleToMp4({
      ffmpegPath: tools.ffmpegPath,
      input,
      output,
      width: 64,
      height: 64,
      durationSeconds: 1,
      keysRecorded: false,
      render: DEFAULT_GUACAMOLE_RENDER_OPTIONS,
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ kind: 'SOURCE_CORRUPT', message: expect.stringContaining('at byte') });
    expect(await fsp.readdir(dir)).not.toContain('bad.mp4.partial');
  });

  it('stops when cancelled', async () => {
    const input = path.join(dir, 'cancel.guac');
    await fsp.writeFile(input, `${encode('size', 0, 64, 64)}${encode('sync', 1, 0)}`);
    const controller = new AbortController();
    controller.abort();
    await expect(
      renderGuacamoleToMp4({
        ffmpegPath: tools.ffmpegPath,
        input,
        output: path.join(dir, 'cancel.mp4'),
        width: 64,
        height: 64,
        durationSeconds: 1,
        render: DEFAULT_GUACAMOLE_RENDER_OPTIONS,
        signal: controller.signal,
      }),
    ).rejects.toMatchObject({ kind: 'CANCELLED' });
  });
});

describe.skipIf(!corpusPresent)('exports of recordings written by guacd 1.6.0 (../shared/corpus/guac)', () => {
  it('exports the VNC desktop at its native size and length, not blank', { timeout: 60_000 }, async () => {
    const output = path.join(dir, 'vnc.mp4');
    const { summary, result, probed } = await exportFile(path.join(CORPUS, 'vnc-odd-1023x767-45s.guac'), output);
    expect(probed.streams.find((s) => s.codec_type === 'video')).toMatchObject({ codec_name: 'h264', width: 1024, height: 768 });
    expect(Math.abs(Number(probed.format.duration) - summary.durationSeconds)).toBeLessThan(0.2);
    expect(probed.streams.some((s) => s.codec_type === 'subtitle')).toBe(false);
    expect(result.stats).toMatchObject({ imagesDecoded: 2089, imagesFailed: 0 });
    expect(result.rendering).toMatchObject({ unknownInstructions: 0, invalidInstructions: 0 });
    const frame = await frameAt(output, 30, 1024, 768);
    const distinct = new Set<number>();
    for (let i = 0; i < frame.length; i += 3 * 97) distinct.add((frame[i]! << 16) | (frame[i + 1]! << 8) | frame[i + 2]!);
    expect(distinct.size).toBeGreaterThan(50);
  });

  it('exports the SSH terminal with what was typed as a subtitle track', { timeout: 60_000 }, async () => {
    const output = path.join(dir, 'ssh.mp4');
    const { summary, result, probed } = await exportFile(path.join(CORPUS, 'ssh-terminal-60s.guac'), output);
    expect(probed.streams.find((s) => s.codec_type === 'video')).toMatchObject({ width: 1024, height: 768 });
    expect(Math.abs(Number(probed.format.duration) - summary.durationSeconds)).toBeLessThan(0.2);
    expect(probed.streams.find((s) => s.codec_type === 'subtitle')).toMatchObject({ codec_name: 'mov_text' });
    expect(result.subtitleCues).toBeGreaterThan(100);
    const subtitles = await runTool(tools.ffmpegPath, ['-v', 'error', '-i', output, '-map', '0:s', '-f', 'srt', '-']);
    expect(subtitles.stdout).toContain('uptime[Enter]');
    const frame = await frameAt(output, 10, 1024, 768);
    const distinct = new Set<number>();
    for (let i = 0; i < frame.length; i += 3 * 31) distinct.add((frame[i]! << 16) | (frame[i + 1]! << 8) | frame[i + 2]!);
    expect(distinct.size).toBeGreaterThan(2);
  });
});
