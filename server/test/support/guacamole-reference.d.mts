/** The Guacamole project's own rendering of a recording, as a reference (see guacamole-reference.mjs). */

export interface ReferenceFrame {
  /** Milliseconds from the recording's first frame, as SessionRecording counts them. */
  positionMs: number;
  width: number;
  height: number;
  /** Straight (not premultiplied) RGBA, row by row. */
  rgba: Buffer;
  png: Buffer;
}

export const MOMENTS: number[];
export const STILL_MS: number;
export const SETTLED_MS: number;

export function chromiumPath(): string | undefined;

export function chooseMoments<I extends { opcode: string }>(
  batches: AsyncIterable<Iterable<I>>,
  timestampOf: (instruction: I) => number | null,
): Promise<{ syncs: number[]; firstSync: number }>;

export function videoFrameAt(ffmpegPath: string, file: string, seconds: number, width: number, height: number): Promise<Buffer>;

export class GuacamoleReference {
  private constructor();
  /** Duration of the loaded recording in ms, as guacamole-common-js measures it. */
  readonly durationMs: number;
  /** Loads `file` (plain instructions) into guacamole-common-js in a fresh Chromium. */
  static open(file: string): Promise<GuacamoleReference>;
  /** The display after the frame at `positionMs` (ms from the first frame) was drawn, every image decoded. */
  frameAt(positionMs: number): Promise<ReferenceFrame>;
  close(): Promise<void>;
}

/** Peak signal-to-noise ratio over the RGB channels of two equal-sized RGBA images; Infinity when identical. */
export function psnr(a: Buffer, b: Buffer, width: number, height: number, strideA?: number, strideB?: number): number;

/** PSNR of the BT.709 luma of two RGBA images (see guacamole-reference.mjs). */
export function lumaPsnr(a: Buffer, b: Buffer, width: number, height: number, strideA?: number, strideB?: number): number;
