import type { Writable } from 'node:stream';
import type { WebSocket } from 'ws';

/** One `next` frame for one subscription: its own start (with its id) and a payload shared by its audience. */
export interface OutgoingFrame {
  /** `{"id":"<subscription id>","type":"next","payload":` as bytes, made once per subscription. */
  prefix: Buffer;
  /** The serialized result followed by the closing `}`, made once per event and audience. */
  payload: Buffer;
  /** Read when the frame is sent: a subscription completed in between is skipped. */
  subscription: { readonly active: boolean };
}

// Frames sent between two turns of the event loop (about 10 µs each): a request's next step
// waits at most one batch (about a millisecond) behind a fan-out, however many frames a socket gets.
const SEND_BATCH = 64;
// A socket that has not taken this much of what it was sent reads too slowly to follow the
// events: it is closed (clients reconnect and read the current state) instead of buffering more.
const MAX_UNSENT_BYTES = 16 * 1024 * 1024;
const TOO_SLOW_CLOSE_CODE = 1013;
// Text frames as they are: the API's websocket server does not negotiate permessage-deflate, and
// compressing each copy of the same frame for each socket would cost more than the send itself.
const SEND_OPTIONS = { binary: false, compress: false, fin: true } as const;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The frames of one flush, gathered per socket so that one pass over the sockets delivers them
 * all: a socket gets every pending event (of every task) in publish order before the pass moves
 * on, instead of each event waiting for a whole pass over every socket before the next one
 * starts. Sending costs about one system call per socket, so several frames for one socket are
 * written together (the socket corked around them) for about the cost of one.
 */
export class SocketOutbox {
  private readonly frames = new Map<WebSocket, OutgoingFrame[]>();

  add(socket: WebSocket, frame: OutgoingFrame): void {
    const list = this.frames.get(socket);
    if (list) list.push(frame);
    else this.frames.set(socket, [frame]);
  }

  /** One pass over the sockets, yielding to the event loop after every SEND_BATCH frames or more. */
  async send(): Promise<void> {
    let sinceTurn = 0;
    for (const [socket, frames] of this.frames) {
      if (sinceTurn >= SEND_BATCH) {
        await nextTurn();
        sinceTurn = 0;
      }
      sinceTurn += frames.length;
      writeFrames(socket, frames);
    }
    this.frames.clear();
  }
}

function writeFrames(socket: WebSocket, frames: OutgoingFrame[]): void {
  if (socket.readyState !== socket.OPEN) return;
  if (socket.bufferedAmount > MAX_UNSENT_BYTES) {
    socket.close(TOO_SLOW_CLOSE_CODE, 'Too slow to follow the updates');
    return;
  }
  const transport = frames.length > 1 ? transportOf(socket) : undefined;
  transport?.cork();
  try {
    for (const frame of frames) {
      if (frame.subscription.active) socket.send(Buffer.concat([frame.prefix, frame.payload]), SEND_OPTIONS);
    }
  } finally {
    transport?.uncork();
  }
}

/**
 * The TCP socket under a websocket (ws keeps it as `_socket`), corked so that several frames
 * leave in one write. Without it (another ws version) each frame is written on its own, as before.
 */
function transportOf(socket: WebSocket): Writable | undefined {
  const transport = (socket as unknown as { _socket?: Partial<Writable> })._socket;
  return typeof transport?.cork === 'function' && typeof transport.uncork === 'function' ? (transport as Writable) : undefined;
}
