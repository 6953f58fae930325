// A child process of bench/fanout.mjs holding many graphql-ws subscribers to taskUpdated.
// Commands from the parent (IPC): connect, collect, close. Receipt times are wall-clock
// milliseconds with sub-millisecond resolution (performance.timeOrigin + performance.now()),
// comparable between processes on one machine.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const QUERY = 'subscription Fanout_TaskUpdated { taskUpdated { id status progress canCancel canDownload recording { id userName } requestedBy { username } } }';
const clients = [];
/** `${taskId}:${progress}` → receipt times of this process's subscribers. */
const receipts = new Map();
const now = () => performance.timeOrigin + performance.now();

function connectOne(url, token) {
  return new Promise((resolve, reject) => {
    const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { token }, retryAttempts: 0, lazy: false, keepAlive: 0 });
    clients.push(client);
    client.on('connected', () => {
      client.subscribe(
        { query: QUERY },
        {
          next: ({ data }) => {
            const at = now();
            const task = data?.taskUpdated;
            if (!task) return;
            const key = `${task.id}:${task.progress}`;
            if (!receipts.has(key)) receipts.set(key, []);
            receipts.get(key).push(at);
          },
          error: () => undefined,
          complete: () => undefined,
        },
      );
      resolve();
    });
    client.on('closed', (event) => reject(new Error(`websocket closed: ${event?.code} ${event?.reason ?? ''}`)));
  });
}

process.on('message', async (message) => {
  try {
    if (message.type === 'connect') {
      // A few handshakes at a time, as many browsers reconnecting would.
      const pending = [...Array(message.count).keys()];
      await Promise.all(
        [...Array(Math.min(50, message.count)).keys()].map(async () => {
          for (let i = pending.shift(); i !== undefined; i = pending.shift()) await connectOne(message.url, message.tokens[i % message.tokens.length]);
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
