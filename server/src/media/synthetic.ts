import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readToolFailure } from './failure-reading.js';
import { cancelled } from './media-error.js';
import { runTool } from './run-tool.js';
import { quietScreenSceneGraph } from './quiet-screen-scene.js';
import { screenSceneGraph, toneGraph } from './screen-scene.js';
import { toolPath } from './tool-path.js';

export type SyntheticContainer = 'webm' | 'mkv' | 'mp4' | 'mov' | 'avi';

export interface ScreenRecordingOptions {
  ffmpegPath: string;
  output: string;
  width: number;
  height: number;
  durationSeconds: number;
  /** Screen recorders capture few frames per second; 10 by default. */
  fps?: number;
  withAudio?: boolean;
  /** Taken from the output's extension when not given. */
  container?: SyntheticContainer;
  /** Changes colours, layout and seeds, so that files made with different variants differ. */
  variant?: number;
  /**
   * `busy` (the default): something moves in every frame (a video, scrolling output, the pointer).
   * `quiet`: mostly still, with typing, a blinking text cursor, a dialog and one scroll.
   */
  scene?: 'busy' | 'quiet';
  signal?: AbortSignal;
}

interface Encoding {
  muxer: string;
  video: (o: { width: number; height: number; fps: number }) => string[];
  audio: string[];
  /** Audio samples per frame the encoder accepts. */
  audioFrame: number;
}

const x264 = ({ fps }: { fps: number }): string[] => ['-c:v', 'libx264', '-preset', 'ultrafast', '-crf', '26', '-g', String(fps * 5)];

// What common recorders write, using only encoders in the ffmpeg 4.1 static build of
// @ffmpeg-installer, each at its fastest setting.
const ENCODINGS: Record<SyntheticContainer, Encoding> = {
  webm: {
    // Browsers (MediaRecorder) record VP8 + Opus in WebM.
    muxer: 'webm',
    video: ({ width, height, fps }) => [
      '-c:v',
      'libvpx',
      '-deadline',
      'realtime',
      '-cpu-used',
      '8',
      '-b:v',
      `${Math.round(Math.min(4000, Math.max(100, (width * height * fps * 0.06) / 1000)))}k`,
      '-g',
      String(fps * 5),
    ],
    audio: ['-c:a', 'libopus', '-b:a', '48k'],
    audioFrame: 960,
  },
  // OBS records H.264 + AAC in MKV by default.
  mkv: { muxer: 'matroska', video: x264, audio: ['-c:a', 'aac', '-b:a', '96k'], audioFrame: 1024 },
  mp4: { muxer: 'mp4', video: x264, audio: ['-c:a', 'aac', '-b:a', '96k'], audioFrame: 1024 },
  mov: { muxer: 'mov', video: x264, audio: ['-c:a', 'aac', '-b:a', '96k'], audioFrame: 1024 },
  // Older desktop recorders: MPEG-4 part 2 + MP3 in AVI.
  avi: {
    muxer: 'avi',
    video: ({ fps }) => ['-c:v', 'mpeg4', '-q:v', '6', '-g', String(fps * 5)],
    audio: ['-c:a', 'libmp3lame', '-b:a', '64k'],
    audioFrame: 1152,
  },
};

/**
 * Writes a screen-like recording for demo data, tests and benchmarks. The file appears under
 * its final name only once complete. Throws MediaError when ffmpeg fails.
 */
export async function makeScreenRecording(options: ScreenRecordingOptions): Promise<void> {
  const { ffmpegPath, output, width, height, durationSeconds, withAudio = false, variant = 0 } = options;
  const fps = options.fps ?? 10;
  const container = options.container ?? containerFromExtension(output);
  checkSize(width, height, container);
  if (!(durationSeconds > 0)) throw new RangeError(`durationSeconds must be positive, got ${durationSeconds}`);
  if (!Number.isInteger(fps) || fps < 1 || fps > 120) throw new RangeError(`fps must be a whole number from 1 to 120, got ${fps}`);

  const encoding = ENCODINGS[container];
  const scene =
    options.scene === 'quiet' ? quietScreenSceneGraph({ width, height, fps, variant, durationSeconds }) : screenSceneGraph({ width, height, fps, variant });
  const graph = [scene, ...(withAudio ? [toneGraph(variant, encoding.audioFrame)] : [])];
  const partial = `${output}.partial`;
  const args = [
    '-hide_banner',
    '-loglevel',
    'error',
    '-nostdin',
    '-y',
    '-filter_complex',
    graph.join(';'),
    '-map',
    '[v]',
    ...(withAudio ? ['-map', '[a]'] : []),
    '-t',
    String(durationSeconds),
    ...encoding.video({ width, height, fps }),
    '-pix_fmt',
    'yuv420p',
    ...(withAudio ? encoding.audio : []),
    // Leaves out encoder versions, creation times and random ids, so the same options give
    // the same bytes with the same ffmpeg.
    '-fflags',
    '+bitexact',
    '-flags:v',
    '+bitexact',
    '-flags:a',
    '+bitexact',
    '-f',
    encoding.muxer,
    toolPath(partial),
  ];

  await mkdir(path.dirname(output), { recursive: true });
  const result = await runTool(ffmpegPath, args, { signal: options.signal });
  if (result.exitCode === 0 && !result.stoppedBy) {
    await rename(partial, output);
    return;
  }
  await rm(partial, { force: true });
  if (result.stoppedBy === 'abort') throw cancelled();
  throw readToolFailure({
    stderrLines: result.stderrLines,
    errnoCode: result.spawnError?.code,
    exitCode: result.exitCode,
    exitSignal: result.exitSignal,
  });
}

/**
 * Writes a file that starts like a real WebM (for .webm/.mkv) or MP4 (otherwise) and continues
 * with garbage: what a recording damaged in transfer looks like to a media tool.
 */
export async function writeCorruptFile(file: string): Promise<void> {
  const ext = path.extname(file).toLowerCase();
  const header = ext === '.webm' || ext === '.mkv' ? EBML_WEBM_HEADER : MP4_FTYP_BOX;
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, Buffer.concat([header, garbage(64 * 1024)]));
}

// EBML header declaring DocType "webm", followed by the id of a Matroska Segment.
const EBML_WEBM_HEADER = Buffer.from('1a45dfa3' + '9f' + '4286810142f7810142f2810442f381084282847765626d4287810442858102' + '18538067', 'hex');
// An "isom" ftyp box, the first 32 bytes of most MP4 files.
const MP4_FTYP_BOX = Buffer.from('00000020' + '66747970' + '69736f6d' + '00000200' + '69736f6d69736f32617663316d703431', 'hex');

/** Repeatable pseudo-random bytes, so a corrupt test file is the same on every run. */
function garbage(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = 0x2545f491;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

function containerFromExtension(file: string): SyntheticContainer {
  const ext = path.extname(file).slice(1).toLowerCase();
  if (ext in ENCODINGS) return ext as SyntheticContainer;
  throw new RangeError(`Cannot tell the container from "${file}"; use .webm, .mkv, .mp4, .mov or .avi, or pass container`);
}

function checkSize(width: number, height: number, container: SyntheticContainer): void {
  const ok = (n: number): boolean => Number.isInteger(n) && n >= 64 && n <= 7680;
  if (!ok(width) || !ok(height)) throw new RangeError(`width and height must be whole numbers from 64 to 7680, got ${width}x${height}`);
  // libvpx takes odd sizes (a recorded window can have them); the others need even ones in 4:2:0.
  if (container !== 'webm' && (width % 2 !== 0 || height % 2 !== 0)) {
    throw new RangeError(`${container} needs even width and height, got ${width}x${height}; use .webm for odd sizes`);
  }
}
