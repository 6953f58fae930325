import type { GuacamoleInstruction } from '../instruction-parser.js';
import { decodedHere, decodeHere, decodeOnThreads, ImageDecodeError } from './decode-image.js';
import type { Pixels } from './surface.js';

/** The most bytes one image may have; guacd sends a whole screen as one image at most, a few MB. */
export const MAX_IMAGE_BYTES = 32 * 1024 * 1024;
/** Image streams open at once; guacd opens two. Opening more drops the oldest. */
export const MAX_OPEN_STREAMS = 64;
/**
 * Images decoded ahead of drawing: enough to keep the decoding threads busy through a run of
 * small tiles (a video played in the session is a JPEG tile every frame), few enough to bound
 * memory; and at most this many compressed bytes, so that a run of whole-screen images, each
 * tens of MB decoded, is decoded only a few at a time.
 */
const DECODE_AHEAD = 64;
const DECODE_AHEAD_BYTES = 4 * 1024 * 1024;
/** Pixels decoded ahead on the drawing thread and held until drawn, at most (64 MiB). */
const READY_AHEAD_PIXELS = 16 * 1024 * 1024;

/** An image stream that ended: where to draw it, and its bytes. */
export interface CompletedImage {
  stream: string;
  mode: number;
  layer: number;
  x: number;
  y: number;
  mimetype: string;
  bytes: Buffer;
}

interface OpenStream extends Omit<CompletedImage, 'bytes'> {
  parts: Buffer[];
  size: number;
  tooLarge: boolean;
}

/** What an `end` instruction completed; null when it ended no image (another stream, or a refused one). */
export type StreamEnd = { image: CompletedImage } | { refused: string } | null;

/**
 * Assembles image streams (`img` opens one, `blob` carries base64 chunks, `end` closes it). Each
 * blob is base64 of its own, so chunks are decoded one by one and joined.
 */
export class ImageStreams {
  private readonly open = new Map<string, OpenStream>();

  /** Handles `img`, `blob` or `end`; returns what an `end` completed. */
  read(instruction: GuacamoleInstruction): StreamEnd {
    const { opcode, args } = instruction;
    if (opcode === 'img') {
      const [stream = '', mode, layer, mimetype = '', x, y] = args;
      const numbers = [mode, layer, x, y].map((v) => (v !== undefined && /^-?\d{1,9}$/.test(v) ? Number(v) : Number.NaN));
      if (numbers.some(Number.isNaN)) return null;
      if (this.open.size >= MAX_OPEN_STREAMS && !this.open.has(stream)) this.open.delete(this.open.keys().next().value!);
      this.open.set(stream, {
        stream,
        mode: numbers[0]! & 0xf,
        layer: numbers[1]!,
        x: numbers[2]!,
        y: numbers[3]!,
        mimetype,
        parts: [],
        size: 0,
        tooLarge: false,
      });
      return null;
    }
    const stream = this.open.get(args[0] ?? '');
    if (!stream) return null;
    if (opcode === 'blob') {
      if (stream.tooLarge) return null;
      const part = Buffer.from(args[1] ?? '', 'base64');
      stream.size += part.length;
      if (stream.size > MAX_IMAGE_BYTES) {
        stream.tooLarge = true;
        stream.parts = [];
      } else stream.parts.push(part);
      return null;
    }
    if (opcode !== 'end') return null;
    this.open.delete(stream.stream);
    if (stream.tooLarge) return { refused: `an image of more than ${MAX_IMAGE_BYTES / (1024 * 1024)} MiB` };
    const { parts, size: _size, tooLarge: _tooLarge, ...place } = stream;
    return { image: { ...place, bytes: parts.length === 1 ? parts[0]! : Buffer.concat(parts) } };
  }
}

/** A decode started (or waiting to start) for one image, in drawing order. */
export interface DecodeTask {
  image: CompletedImage;
  /** Set once the task's turn to start has come. */
  started?: boolean;
  /** Its decode on libuv's threads (Skia's or libvips's), running. */
  result?: Promise<Pixels | ImageDecodeError>;
  /** Decoded on the drawing thread before its turn came, while the thread had nothing else to do. */
  ready?: Pixels | ImageDecodeError;
  /** How long the decode took on the drawing thread, once it has finished. */
  ms: number;
}

/**
 * Decodes images some way ahead of the one being drawn: JPEG, WebP and any unusual image on other
 * threads while the display draws (see decodeOnThreads), and the images decoded on the drawing
 * thread itself (guacd's PNG, see decodeHere) when that thread would otherwise wait for the
 * encoder (decodeAheadHere), or else when taken. Decoding those ahead in a row would keep the
 * event loop, which hands frames to the encoder and collects the other threads' images, from
 * running for a whole chunk's images. Results are taken in order; a failure is returned, not
 * thrown.
 */
export class DecodeQueue {
  private readonly tasks: DecodeTask[] = [];
  private started = 0;
  private taken = 0;
  /** Compressed bytes of the images decoded ahead on other threads, not taken yet. */
  private bytesAhead = 0;
  /** Pixels decoded ahead on the drawing thread, not taken yet. */
  private pixelsReady = 0;
  /** Where to look for the next image to decode ahead on the drawing thread. */
  private nextHere = 0;

  add(image: CompletedImage): DecodeTask {
    const task: DecodeTask = { image, ms: 0 };
    this.tasks.push(task);
    this.startAhead();
    return task;
  }

  /** The task's pixels, once decoded; it must be the oldest task not yet taken. */
  async take(task: DecodeTask): Promise<Pixels | ImageDecodeError> {
    const head = this.tasks[this.taken];
    if (head !== task) throw new Error('Decoded images must be taken in the order they were added');
    this.tasks[this.taken] = undefined as unknown as DecodeTask;
    this.taken++;
    if (!task.started) this.start(task);
    if (task.result) this.bytesAhead -= task.image.bytes.length;
    if (task.ready && !(task.ready instanceof ImageDecodeError)) this.pixelsReady -= task.ready.width * task.ready.height;
    this.startAhead();
    const result = task.ready ?? (task.result ? await task.result : await this.decodeNow(task));
    if (this.taken === this.tasks.length) {
      // Everything added was taken: start the list afresh rather than let it grow.
      this.tasks.length = 0;
      this.started = 0;
      this.taken = 0;
      this.nextHere = 0;
    }
    return result;
  }

  /**
   * Decodes on the drawing thread the next started image that is decoded there, for the moments
   * that thread would wait anyway. Returns the milliseconds it took, or -1 when there was none
   * (or enough pixels are waiting already).
   */
  decodeAheadHere(): number {
    if (this.pixelsReady >= READY_AHEAD_PIXELS) return -1;
    for (let i = Math.max(this.nextHere, this.taken); i < this.started; i++) {
      const task = this.tasks[i]!;
      if (task.result || task.ready) continue;
      this.nextHere = i + 1;
      const began = performance.now();
      try {
        const pixels = decodeHere(task.image.bytes, task.image.mimetype);
        if (pixels) {
          task.ready = pixels;
          this.pixelsReady += pixels.width * pixels.height;
        } else this.startOnThreads(task);
      } catch (error) {
        task.ready = error instanceof ImageDecodeError ? error : new ImageDecodeError(String(error));
      }
      const ms = performance.now() - began;
      task.ms += ms;
      return ms;
    }
    this.nextHere = this.started;
    return -1;
  }

  private startAhead(): void {
    while (
      this.started < this.tasks.length &&
      this.started < this.taken + DECODE_AHEAD &&
      (this.started === this.taken || this.bytesAhead < DECODE_AHEAD_BYTES)
    ) {
      const task = this.tasks[this.started++];
      if (task && !task.started) this.start(task);
    }
  }

  private start(task: DecodeTask): void {
    task.started = true;
    if (!decodedHere(task.image.bytes)) this.startOnThreads(task);
  }

  private startOnThreads(task: DecodeTask): void {
    this.bytesAhead += task.image.bytes.length;
    task.result = this.decodeOffThread(task);
  }

  /** On the drawing thread, or on other threads when the image is not one decodeHere reads. */
  private async decodeNow(task: DecodeTask): Promise<Pixels | ImageDecodeError> {
    const began = performance.now();
    let pixels: Pixels | null;
    try {
      pixels = decodeHere(task.image.bytes, task.image.mimetype);
    } catch (error) {
      task.ms = performance.now() - began;
      return error instanceof ImageDecodeError ? error : new ImageDecodeError(String(error));
    }
    task.ms = performance.now() - began;
    return pixels ?? (await this.decodeOffThread(task));
  }

  /**
   * Its time is not added to the task's: decodes on other threads overlap and queue, and the sum
   * of their times would say more than they took.
   */
  private decodeOffThread(task: DecodeTask): Promise<Pixels | ImageDecodeError> {
    return decodeOnThreads(task.image.bytes, task.image.mimetype).catch((error: unknown) =>
      error instanceof ImageDecodeError ? error : new ImageDecodeError(String(error)),
    );
  }
}
