// A child process of bench/fanout.mjs holding many graphql-ws subscribers to taskUpdated.
// Commands from the parent (IPC): connect, collect, close. Receipt times are wall-clock
// milliseconds with sub-millisecond resolution (performance.timeOrigin + performance.now()),
// comparable between processes on one machine. Subscribers are graphql-ws clients over ws, or
// with `subscriber: 'lean'` the minimal client of lean-subscriber.mjs.
import net from 'node:net';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { leanSubscribe } from './lean-subscriber.mjs';

const QUERY = 'subscription Fanout_TaskUpdated { taskUpdated { id status progress canCancel canDownload recording { id userName } requestedBy { username } } }';
const clients = [];
/** `${taskId}:${progress}` → receipt times of this process's subscribers. */
const receipts = new Map();
const now = () => performance.timeOrigin + performance.now();

function receipt(key, at) {
  if (!receipts.has(key)) receipts.set(key, []);
  receipts.get(key).push(at);
}

function record(data, at) {
  const task = data?.taskUpdated;
  if (task) receipt(`${task.id}:${task.progress}`, at);
}

async function connectLean(url, token) {
  const subscription = await leanSubscribe({ url, token, query: QUERY, onNext: (payload, arrivedAt) => record(payload.data, arrivedAt) });
  clients.push({ dispose: subscription.close });
}

function connectGraphqlWs(url, token) {
  return new Promise((resolve, reject) => {
    const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { token }, retryAttempts: 0, lazy: false, keepAlive: 0 });
    clients.push(client);
    client.on('connected', () => {
      client.subscribe(
        { query: QUERY },
        {
          next: ({ data }) => record(data, now()),
          error: () => undefined,
          complete: () => undefined,
        },
      );
      resolve();
    });
    client.on('closed', (event) => reject(new Error(`websocket closed: ${event?.code} ${event?.reason ?? ''}`)));
  });
}

/**
 * A plain TCP connection to bench/fanout.mjs's bare-writes server: each message is a key and
 * padding ended by a newline, timed when its last bytes arrive.
 */
function connectBare(port) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      clients.push({ dispose: () => new Promise((done) => socket.end(done)) });
      resolve();
    });
    socket.setNoDelay(true);
    let partial = '';
    socket.on('data', (chunk) => {
      const at = now();
      const lines = (partial + chunk.toString('latin1')).split('\n');
      partial = lines.pop();
      for (const line of lines) receipt(line.slice(0, line.indexOf(' ')), at);
    });
    socket.on('error', reject);
  });
}

process.on('message', async (message) => {
  try {
    if (message.type === 'connect') {
      // A few handshakes at a time, as many browsers reconnecting would.
      const pending = [...Array(message.count).keys()];
      const connectOne = message.bare ? () => connectBare(message.bare) : message.subscriber === 'lean' ? connectLean : connectGraphqlWs;
      await Promise.all(
        [...Array(Math.min(50, message.count)).keys()].map(async () => {
          for (let i = pending.shift(); i !== undefined; i = pending.shift()) await connectOne(message.url, message.tokens?.[i % message.tokens.length]);
        }),
      );
      process.send({ type: 'connected', total: clients.length });
    } else if (message.type === 'collect') {
      const times = receipts.get(message.key) ?? [];
      process.send({ type: 'collected', key: message.key, times: message.count ? [] : times, count: times.length });
    } else if (message.type === 'close') {
      await Promise.all(clients.map((c) => c.dispose()));
      process.send({ type: 'closed' });
      process.exit(0);
    }
  } catch (error) {
    process.send({ type: 'error', message: error.message });
  }
});
process.send({ type: 'ready' });
