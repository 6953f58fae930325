import { createServer, type Socket } from 'node:net';
import type { MessagePort } from 'node:worker_threads';

/** What the frame writer is given when it starts. */
export interface FrameWriterSetup {
  /** The Unix socket to listen on, in a folder only this process can enter. */
  socketPath: string;
  /** The frames, in slots of `slotBytes`, written by the drawing thread and read here. */
  frames: SharedArrayBuffer;
  slotBytes: number;
}

/** Asked of the writer: bytes of its own (a header), then optionally one slot of the frames; or the end of the stream. */
export type FrameWriterRequest = { id: number; header: Uint8Array; slot: number | null } | { end: true };

/** Told by the writer: ready for the connection; a request's bytes are in the socket; the connection is gone. */
export type FrameWriterEvent = { listening: true } | { written: number } | { closed: string };

/**
 * Writes frames to the one connection made to a Unix socket, whose other end ffmpeg reads as its
 * standard input (see frame-pipe.ts). It listens on `socketPath`, takes the first connection and
 * then no other, and writes what it is asked in order, answering each request once the socket
 * has taken its bytes. Meant for a thread of its own (frame-writer.worker.ts): a socket holds a
 * few hundred kilobytes, a fraction of a frame, so a writer on the drawing thread could pass
 * ffmpeg the next part only between two pieces of drawing, and ffmpeg would wait through each.
 */
export function serveFrames(port: MessagePort, setup: FrameWriterSetup): void {
  let connection: Socket | undefined;
  const queued: FrameWriterRequest[] = [];
  let closed = false;
  const close = (reason: string): void => {
    if (closed) return;
    closed = true;
    port.postMessage({ closed: reason } satisfies FrameWriterEvent);
  };

  const write = (request: FrameWriterRequest, socket: Socket): void => {
    if ('end' in request) {
      socket.end();
      return;
    }
    const written = () => port.postMessage({ written: request.id } satisfies FrameWriterEvent);
    if (request.slot === null) {
      socket.write(request.header, written);
      return;
    }
    socket.write(request.header);
    socket.write(Buffer.from(setup.frames, request.slot * setup.slotBytes, setup.slotBytes), written);
  };

  const server = createServer((socket) => {
    // One reader only: nothing else may connect, even from this user.
    server.close();
    connection = socket;
    socket.on('error', (error) => close(error.message));
    socket.on('close', () => close('the reader closed the connection'));
    for (const request of queued.splice(0)) write(request, socket);
  });
  server.on('error', (error) => close(`cannot listen for the reader (${error.message})`));
  server.listen(setup.socketPath, () => port.postMessage({ listening: true } satisfies FrameWriterEvent));

  // On this thread (no worker), the pipe closes its end of the channel when it is done.
  port.on('close', () => {
    server.close();
    connection?.destroy();
  });
  port.on('message', (request: FrameWriterRequest) => {
    if (closed) return;
    if (connection) write(request, connection);
    else queued.push(request);
  });
}
