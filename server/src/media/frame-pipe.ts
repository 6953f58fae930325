import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, type MessagePort, Worker } from 'node:worker_threads';
import { type FrameWriterEvent, type FrameWriterRequest, type FrameWriterSetup, serveFrames } from './frame-writer.js';

const workerFile = fileURLToPath(new URL('./frame-writer.worker.js', import.meta.url));

/** The longest path a Unix socket may have on Linux and macOS, less its terminating byte. */
const MAX_SOCKET_PATH = 103;

export class FramePipeClosed extends Error {}

/**
 * Frames for ffmpeg's standard input, written by a thread of their own (frame-writer.ts): the
 * drawing thread copies each frame into a slot of shared memory and goes on drawing while the
 * writer hands it to ffmpeg. ffmpeg gets one end of a Unix socket as its standard input (`input`,
 * given to the process when it starts and closed here then); the writer holds the other.
 *
 * The slots are handed out and given back as a ring: `take` waits while all are out, and a slot
 * is given back by its taker once the writer has written it (and it is not kept to be sent
 * again). When the compiled worker is not there (the TypeScript sources run directly, as in unit
 * tests), the same writer runs on this thread.
 */
export class FramePipe {
  private readonly free: Buffer[];
  private readonly waiting: ((slot: Buffer) => void)[] = [];
  private readonly written = new Map<number, () => void>();
  private nextId = 0;
  private closedReason: string | undefined;
  private rejectClosed!: (error: FramePipeClosed) => void;
  /** Rejects once the connection is gone before the end (ffmpeg exited, or was stopped). */
  readonly closed: Promise<never>;

  private constructor(
    private readonly port: MessagePort | Worker,
    private readonly folder: string,
    frames: SharedArrayBuffer,
    private readonly slotBytes: number,
    /** ffmpeg's standard input, connected: give it to the process, which then owns it. */
    readonly input: Socket,
  ) {
    this.free = Array.from({ length: frames.byteLength / slotBytes }, (_, i) => Buffer.from(frames, i * slotBytes, slotBytes));
    this.closed = new Promise<never>((_, reject) => {
      this.rejectClosed = reject;
    });
    this.closed.catch(() => undefined);
    port.on('message', (event: FrameWriterEvent) => {
      if ('written' in event) {
        const done = this.written.get(event.written);
        this.written.delete(event.written);
        done?.();
      } else if ('closed' in event) this.close(event.closed);
    });
    port.on('error', (error: Error) => this.close(`the frame writer failed (${error.message})`));
  }

  /** Starts the writer with `slots` frames of `slotBytes` each and connects ffmpeg's end of the socket. */
  static async open(slots: number, slotBytes: number): Promise<FramePipe> {
    const folder = await mkdtemp(path.join(socketParent(), 'custodian-frames-'));
    const setup: FrameWriterSetup = { socketPath: path.join(folder, 'frames'), frames: new SharedArrayBuffer(slots * slotBytes), slotBytes };
    let port: MessagePort | Worker;
    if (existsSync(workerFile)) {
      port = new Worker(workerFile, { workerData: setup });
    } else {
      const channel = new MessageChannel();
      serveFrames(channel.port2, setup);
      port = channel.port1;
    }
    try {
      await listening(port);
      const input = await new Promise<Socket>((resolve, reject) => {
        const socket = connect(setup.socketPath, () => resolve(socket));
        socket.once('error', reject);
      });
      return new FramePipe(port, folder, setup.frames, slotBytes, input);
    } catch (error) {
      await stopWriter(port);
      await rm(folder, { recursive: true, force: true });
      throw error;
    }
  }

  /** A free slot to copy a frame into; waits while all are out. */
  take(): Promise<Buffer> {
    if (this.closedReason !== undefined) return Promise.reject(new FramePipeClosed(this.closedReason));
    const slot = this.free.pop();
    return slot ? Promise.resolve(slot) : Promise.race([new Promise<Buffer>((resolve) => this.waiting.push(resolve)), this.closed]);
  }

  /** Gives a slot back once it is neither being written nor kept. */
  give(slot: Buffer): void {
    const next = this.waiting.shift();
    if (next) next(slot);
    else this.free.push(slot);
  }

  /** Writes `header`, then the frame in `slot` when given; `onWritten` once the socket has taken both. */
  send(header: Buffer, slot?: Buffer, onWritten?: () => void): void {
    if (this.closedReason !== undefined) throw new FramePipeClosed(this.closedReason);
    const id = this.nextId++;
    if (onWritten) this.written.set(id, onWritten);
    // A copy of exactly the header's bytes: a Buffer may be a view into a larger pool.
    const request: FrameWriterRequest = { id, header: Uint8Array.from(header), slot: slot ? slot.byteOffset / this.slotBytes : null };
    this.port.postMessage(request);
  }

  /** Ends the stream after everything sent: ffmpeg then reads to its end. */
  end(): void {
    if (this.closedReason === undefined) this.port.postMessage({ end: true } satisfies FrameWriterRequest);
  }

  /** Whether the connection is gone. */
  get isClosed(): boolean {
    return this.closedReason !== undefined;
  }

  /** Stops waiting for the reader (ffmpeg exited or is being stopped): what waits on the pipe rejects. */
  close(reason: string): void {
    if (this.closedReason !== undefined) return;
    this.closedReason = reason;
    this.rejectClosed(new FramePipeClosed(reason));
  }

  /** Stops the writer and removes the socket's folder; the pipe is unusable after. */
  async dispose(): Promise<void> {
    this.close('the frame pipe was disposed');
    this.input.destroy();
    await stopWriter(this.port);
    await rm(this.folder, { recursive: true, force: true });
  }
}

/**
 * The temporary folder, unless its path is too long for a socket in it (macOS's can be): then
 * /tmp. libuv cuts a socket path that is too long short without an error, which would put the
 * socket outside its private folder.
 */
function socketParent(): string {
  const parent = os.tmpdir();
  return parent.length + '/custodian-frames-XXXXXX/frames'.length <= MAX_SOCKET_PATH ? parent : '/tmp';
}

/** Resolves once the writer listens; rejects when it cannot. */
function listening(port: MessagePort | Worker): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onEvent = (event: FrameWriterEvent) => {
      if (!('listening' in event) && !('closed' in event)) return;
      port.off('message', onEvent);
      port.off('error', reject);
      if ('listening' in event) resolve();
      else reject(new Error(event.closed));
    };
    port.on('message', onEvent);
    port.once('error', reject);
  });
}

async function stopWriter(port: MessagePort | Worker): Promise<void> {
  if (port instanceof Worker) await port.terminate();
  else port.close();
}
