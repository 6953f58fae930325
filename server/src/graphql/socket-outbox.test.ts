import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import * as ws from 'ws';
import WebSocket, { WebSocketServer } from 'ws';
import { SocketOutbox, textFrame } from './socket-outbox.js';

/*
 * Frames written straight to the TCP socket, checked against ws's own framing and read by a real
 * ws client, in order with what ws itself sends on the same socket.
 */

/** ws's own framing: ws exports its Sender, its type declarations do not. */
const { Sender } = ws as unknown as { Sender: { frame(data: Buffer, options: Record<string, unknown>): Buffer[] } };

const servers: Server[] = [];
const clients: WebSocket[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.terminate();
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** A websocket server and one client connected to it: the server's end and what the client reads. */
async function connected(perMessageDeflate: boolean): Promise<{ socket: WebSocket; received: string[]; arrived: (n: number) => Promise<void> }> {
  const http = createServer();
  servers.push(http);
  const wss = new WebSocketServer({ server: http, perMessageDeflate });
  const serverEnd = new Promise<WebSocket>((resolve) => wss.once('connection', resolve));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const client = new WebSocket(`ws://127.0.0.1:${(http.address() as AddressInfo).port}`, { perMessageDeflate });
  clients.push(client);
  const received: string[] = [];
  const waiters: Array<() => void> = [];
  client.on('message', (data, isBinary) => {
    expect(isBinary).toBe(false);
    received.push(data.toString());
    for (const wake of waiters.splice(0)) wake();
  });
  await new Promise((resolve, reject) => client.once('open', resolve).once('error', reject));
  const arrived = async (n: number) => {
    while (received.length < n) await new Promise<void>((resolve) => waiters.push(resolve));
  };
  return { socket: await serverEnd, received, arrived };
}

const frameOf = (id: string, payload: string, active = true) => ({
  prefix: Buffer.from(`{"id":"${id}","type":"next","payload":`),
  payload: Buffer.from(`${payload}}`),
  subscription: { active },
});

describe('textFrame', () => {
  it.each([0, 1, 125, 126, 127, 65_535, 65_536, 200_000])('frames %i bytes as ws frames them', (length) => {
    const prefix = Buffer.from('ab'.slice(0, Math.min(length, 2)));
    const payload = Buffer.alloc(length - prefix.length, 'x');
    const expected = Buffer.concat(Sender.frame(Buffer.concat([prefix, payload]), { fin: true, opcode: 1, mask: false, readOnly: false, rsv1: false }));
    expect(textFrame(prefix, payload).equals(expected)).toBe(true);
  });
});

describe('SocketOutbox', () => {
  it('delivers frames of every header size, in order with what ws sends on the socket', async () => {
    const { socket, received, arrived } = await connected(false);
    expect(socket.extensions).toBe('');
    socket.send('before');
    const large = '"'.padEnd(70_000, 'y') + '"';
    const outbox = new SocketOutbox();
    outbox.add(socket, frameOf('1', '{"n":1}'));
    outbox.add(socket, frameOf('2', `"${'z'.repeat(300)}"`));
    outbox.add(socket, frameOf('3', large));
    outbox.add(socket, frameOf('4', '{"n":4}', false));
    await outbox.send();
    socket.send('after');
    await arrived(5);
    expect(received[0]).toBe('before');
    expect(received.slice(1, 4).map((text) => JSON.parse(text))).toEqual([
      { id: '1', type: 'next', payload: { n: 1 } },
      { id: '2', type: 'next', payload: 'z'.repeat(300) },
      { id: '3', type: 'next', payload: JSON.parse(large) },
    ]);
    expect(received[4]).toBe('after');
    expect(received).toHaveLength(5);
  });

  it('sends through ws when an extension is negotiated on the socket', async () => {
    const { socket, received, arrived } = await connected(true);
    expect(socket.extensions).toBe('permessage-deflate');
    socket.send('compressed by ws', { compress: true });
    const outbox = new SocketOutbox();
    outbox.add(socket, frameOf('1', '{"n":1}'));
    outbox.add(socket, frameOf('2', '{"n":2}'));
    await outbox.send();
    await arrived(3);
    expect(received[0]).toBe('compressed by ws');
    expect(received.slice(1).map((text) => JSON.parse(text).payload)).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('sends nothing to a socket that is closing', async () => {
    const { socket, received } = await connected(false);
    const closed = new Promise((resolve) => clients[0]!.once('close', resolve));
    socket.close(1000, 'bye');
    const outbox = new SocketOutbox();
    outbox.add(socket, frameOf('1', '{"n":1}'));
    await outbox.send();
    await closed;
    expect(received).toEqual([]);
  });
});
