// A graphql-transport-ws subscriber reduced to what bench/fanout.mjs measures: a TCP socket, the
// RFC 6455 handshake and frames, connection_init, one subscribe, and each `next` handed on with
// the time its bytes reached the process.
//
// Why it exists: the benchmark's thousands of subscribers stand for as many browsers, each on a
// machine of its own, yet here they share one process and the API's two cores. With graphql-ws
// and ws each message costs that process frame parsing, events, a validated message and garbage,
// so the last receipt also measures how long one process takes to read 10,000 messages in a row.
// This client reads them with little more than JSON.parse, and times a message when its bytes
// arrive rather than after the ones before it in the same read were handled.
import { createHash, randomBytes } from 'node:crypto';
import net from 'node:net';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const now = () => performance.timeOrigin + performance.now();

/** A client frame: FIN, opcode, masked payload (RFC 6455 §5.2; clients must mask). */
function clientFrame(opcode, payload) {
  const length = payload.length;
  const headerLength = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerLength + 4 + length);
  frame[0] = 0x80 | opcode;
  if (length < 126) frame[1] = 0x80 | length;
  else if (length < 65_536) {
    frame[1] = 0x80 | 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 0x80 | 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  const mask = randomBytes(4);
  mask.copy(frame, headerLength);
  for (let i = 0; i < length; i++) frame[headerLength + 4 + i] = payload[i] ^ mask[i & 3];
  return frame;
}

/**
 * Connects, subscribes with `query` and resolves once the subscription is sent; `onNext(payload,
 * arrivedAt)` gets each `next` message's payload. Rejects on a refused handshake, an `error`
 * message or a socket closed before the subscription.
 */
export function leanSubscribe({ url, token, query, onNext }) {
  const { hostname, port, pathname } = new URL(url);
  const key = randomBytes(16).toString('base64');
  const accept = createHash('sha1')
    .update(key + GUID)
    .digest('base64');
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    socket.setNoDelay(true);
    const send = (message) => socket.write(clientFrame(0x1, Buffer.from(JSON.stringify(message))));
    let pending = Buffer.alloc(0);
    let upgraded = false;
    let subscribed = false;
    const fail = (error) => {
      socket.destroy();
      reject(error);
    };
    const close = () =>
      new Promise((done) => {
        if (socket.destroyed) return done();
        socket.once('close', done);
        const code = Buffer.alloc(2);
        code.writeUInt16BE(1000);
        socket.end(clientFrame(0x8, code));
        setTimeout(() => socket.destroy(), 2000).unref();
      });

    const onMessage = (text, arrivedAt) => {
      const message = JSON.parse(text);
      if (message.type === 'next') onNext(message.payload, arrivedAt);
      else if (message.type === 'connection_ack') {
        send({ id: '1', type: 'subscribe', payload: { query } });
        subscribed = true;
        resolve({ close });
      } else if (message.type === 'ping') send({ type: 'pong' });
      else if (message.type === 'error') fail(new Error(`subscription refused: ${JSON.stringify(message.payload)}`));
    };

    /** Handles every whole frame in `pending`; a partial one waits for the next read. */
    const readFrames = (arrivedAt) => {
      let offset = 0;
      while (pending.length - offset >= 2) {
        const opcode = pending[offset] & 0x0f;
        if ((pending[offset] & 0x80) === 0) return fail(new Error('fragmented frame: the API sends whole messages'));
        let length = pending[offset + 1] & 0x7f;
        let start = offset + 2;
        if (length === 126) {
          if (pending.length - offset < 4) break;
          length = pending.readUInt16BE(offset + 2);
          start += 2;
        } else if (length === 127) {
          if (pending.length - offset < 10) break;
          length = Number(pending.readBigUInt64BE(offset + 2));
          start += 8;
        }
        if (pending.length < start + length) break;
        const payload = pending.subarray(start, start + length);
        offset = start + length;
        if (opcode === 0x1) onMessage(payload.toString('utf8'), arrivedAt);
        else if (opcode === 0x9) socket.write(clientFrame(0xa, payload));
        else if (opcode === 0x8) socket.end();
      }
      pending = offset === pending.length ? Buffer.alloc(0) : pending.subarray(offset);
    };

    socket.on('data', (chunk) => {
      const arrivedAt = now();
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      if (upgraded) return readFrames(arrivedAt);
      const end = pending.indexOf('\r\n\r\n');
      if (end < 0) return;
      const head = pending.subarray(0, end).toString('latin1');
      const [status, ...headers] = head.split('\r\n');
      const accepted = headers.some((line) => /^sec-websocket-accept:/i.test(line) && line.slice(line.indexOf(':') + 1).trim() === accept);
      if (!/^HTTP\/1\.1 101 /.test(status) || !accepted) {
        return fail(new Error(`websocket handshake refused: ${status}`));
      }
      upgraded = true;
      pending = pending.subarray(end + 4);
      send({ type: 'connection_init', payload: { token } });
      readFrames(arrivedAt);
    });
    socket.on('error', (error) => (subscribed ? undefined : fail(error)));
    socket.on('close', () => (subscribed ? undefined : reject(new Error('websocket closed before the subscription'))));
    socket.write(
      `GET ${pathname} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
        `Sec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n`,
    );
  });
}
