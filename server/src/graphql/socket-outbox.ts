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
// Used only where frames cannot be written to the socket directly (see transportOf).
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
  const transport = transportOf(socket);
  if (!transport) {
    for (const frame of frames) if (frame.subscription.active) socket.send(Buffer.concat([frame.prefix, frame.payload]), SEND_OPTIONS);
    return;
  }
  // Several frames leave in one write.
  if (frames.length > 1) transport.cork();
  try {
    for (const frame of frames) if (frame.subscription.active) transport.write(textFrame(frame.prefix, frame.payload));
  } finally {
    if (frames.length > 1) transport.uncork();
  }
}

/**
 * A final, unmasked text frame as a server sends it (RFC 6455, section 5.2) holding `prefix`
 * followed by `payload`, in one buffer: one allocation and one write per socket.
 */
export function textFrame(prefix: Buffer, payload: Buffer): Buffer {
  const length = prefix.length + payload.length;
  const header = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(header + length);
  frame[0] = 0x81; // FIN, text
  if (header === 2) frame[1] = length;
  else if (header === 4) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  prefix.copy(frame, header);
  payload.copy(frame, header + prefix.length);
  return frame;
}

/**
 * The TCP socket under a websocket (ws keeps it as `_socket`), for frames written to it directly:
 * the frames of a fan-out are framed here once per socket instead of going through ws's sender,
 * which costs several times as much JavaScript per frame. That is safe only while ws itself
 * queues nothing, or a frame written here could overtake one of its own: its sender holds frames
 * back only while compressing or reading a Blob, and the API does neither (no extension such as
 * permessage-deflate is negotiated on these sockets, and graphql-ws sends strings). Otherwise,
 * or with a ws version without `_socket`, frames go through ws.
 */
function transportOf(socket: WebSocket): Writable | undefined {
  if (socket.extensions !== '') return undefined;
  const transport = (socket as unknown as { _socket?: Partial<Writable> })._socket;
  return typeof transport?.write === 'function' && typeof transport.cork === 'function' && typeof transport.uncork === 'function'
    ? (transport as Writable)
    : undefined;
}
