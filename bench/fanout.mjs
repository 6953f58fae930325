#!/usr/bin/env node
// How fast one taskUpdated event reaches 1,000, 5,000 and 10,000 websocket subscribers, what it
// costs other requests meanwhile, and the API's memory per socket.
//
//   node bench/fanout.mjs [--sizes 1000,5000,10000] [--rounds 20] [--clients 2]
//
// Design: the compiled API (no worker) on a database of its own; real subscribers (the minimal
// graphql-transport-ws client of bench/lib/lean-subscriber.mjs, or with --subscriber graphql-ws
// graphql-ws clients over ws) in --clients child processes (bench/lib/fanout-client.mjs), signed
// in as three users with different permissions (the task's requester, another exporter, a
// LOGGING_READER), so one event has three audiences. A round updates one task's progress in
// PostgreSQL and sends the NOTIFY a worker would send; receipt = arrival at a subscriber minus the
// moment before the NOTIFY (one wall clock for every process on the machine). Meanwhile one client
// keeps sending other requests (`recordings(first: 50)` and, one in five, `exportRecordings`);
// those overlapping a fan-out are compared with the same requests on the idle server.
//
// Baseline, measured in the same run: the same API with CUSTODIAN_SUBSCRIPTION_FANOUT=per-subscriber,
// the former path where graphql-ws executes every event once per subscriber. The floor, also in
// the same run: bare TCP writes of one frame-sized message to as many connections (bareWrites).
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fsp from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { onCleanup, runMain } from './lib/cleanup.mjs';
import { provisionDatabase } from './lib/database.mjs';
import { gql, signIn } from './lib/graphql.mjs';
import { describeMachine } from './lib/machine.mjs';
import { parseOptions } from './lib/options.mjs';
import { importDist } from './lib/paths.mjs';
import { median, ms, percentile } from './lib/stats.mjs';
import { ADMIN, startSystem } from './lib/system.mjs';

const TARGET_LAST_P99_MS = 250;
const TARGET_OTHER_P99_MS = 50;
// About the size of a taskUpdated frame of this benchmark's subscription (338-byte message).
const FRAME_BYTES = 340;
const now = () => performance.timeOrigin + performance.now();
const sleep = (msec) => new Promise((r) => setTimeout(r, msec));
/** The task the rounds update; every other task is the load's. */
let targetTask = null;

const options = parseOptions(
  {
    sizes: { type: 'string', default: '1000,5000,10000', help: 'subscriber counts, ascending' },
    rounds: { type: 'number', default: 20, help: 'events per subscriber count' },
    // On 2 cores a second client process takes CPU from the API while both read and send.
    clients: { type: 'number', default: 1, min: 1, max: 16, help: 'child processes holding the subscribers' },
    subscriber: {
      type: 'string',
      default: 'lean',
      choices: ['lean', 'graphql-ws'],
      help: "'lean' (bench/lib/lean-subscriber.mjs: the protocol with little work per message in the subscribers' process) or 'graphql-ws' (graphql-ws clients over ws, as the web app)",
    },
    modes: { type: 'string', default: 'per-subscriber,shared', help: 'CUSTODIAN_SUBSCRIPTION_FANOUT values to run (the first is the baseline)' },
    idle: { type: 'number', default: 100, help: 'other requests measured on the idle server, per mode' },
    json: { type: 'string', default: '', help: 'also write the results as JSON to this file' },
    echo: { type: 'boolean', default: false, help: 'show the output of the API process' },
    bare: { type: 'boolean', default: true, help: 'also time bare TCP writes of one frame to as many connections (the floor under the API pass)' },
  },
  { usage: 'node bench/fanout.mjs [options]\n\nReceipt latency of one taskUpdated event at 1k/5k/10k subscribers, shared against per-subscriber execution.' },
);

// The API's /metrics, read for the time of its own passes over the sockets (see fanoutPasses).
const METRICS_TOKEN = randomBytes(16).toString('hex');
const RECORDINGS = 'query Fanout_Recordings { recordings(first: 50) { edges { node { id userName } } } }';
const EXPORT = 'mutation Fanout_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }';

function rssKiB(pid) {
  return fsp.readFile(`/proc/${pid}/status`, 'utf8').then((text) => Number(/VmRSS:\s+(\d+)/.exec(text)?.[1]));
}

/** The child processes holding the subscribers. */
function startClients(count) {
  return Promise.all(
    [...Array(count).keys()].map(
      () =>
        new Promise((resolve, reject) => {
          const child = fork(path.join(import.meta.dirname, 'lib', 'fanout-client.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
          onCleanup(`stop fan-out client ${child.pid}`, () => child.kill('SIGKILL'));
          const waiting = new Map();
          child.on('message', (message) => {
            if (message.type === 'error') return console.error(`client ${child.pid}: ${message.message}`);
            const resolveReply = waiting.get(message.type);
            waiting.delete(message.type);
            resolveReply?.(message);
          });
          const ask = (message, reply) =>
            new Promise((res) => {
              waiting.set(reply, res);
              child.send(message);
            });
          waiting.set('ready', () => resolve({ child, ask }));
          child.on('error', reject);
        }),
    ),
  );
}

/**
 * After an `exportRecordings` of the load. No task service runs here, so the task it creates is marked
 * CANCELLED at once in SQL (no notification): PENDING tasks left for a minute would be queued again
 * by the reaper, each with an event to every subscriber, and swamp the rounds that follow.
 */
async function cancelNewest(db) {
  await db.query("update export_tasks set status = 'CANCELLED', finished_at = now() where status = 'PENDING' and id <> $1", [targetTask]);
}

/** Sends other requests one after another until stopped; each is kept with its start and end. */
function otherRequests(url, token, recordingId, db) {
  const done = [];
  let stopped = false;
  const loop = (async () => {
    for (let i = 0; !stopped; i++) {
      const kind = i % 5 === 4 ? 'exportRecordings' : 'recordings';
      const start = now();
      if (kind === 'recordings') await gql(url, RECORDINGS, {}, token);
      else await gql(url, EXPORT, { input: { recordingIds: [recordingId], reason: 'Fan-out benchmark: load during a fan-out' } }, token);
      const end = now();
      if (kind !== 'recordings') await cancelNewest(db);
      done.push({ kind, start, end });
      await sleep(2);
    }
  })();
  return {
    done,
    stop: async () => {
      stopped = true;
      await loop;
    },
  };
}

/** Subscriber process `i`'s part of `total` subscribers. */
const share = (total, processes, i) => Math.floor(total / processes) + (i < total % processes ? 1 : 0);

function latencies(requests, kind) {
  return requests.filter((r) => r.kind === kind).map((r) => r.end - r.start);
}

await runMain(async () => {
  const sizes = options.sizes.split(',').map(Number);
  const modes = options.modes.split(',');
  const machine = await describeMachine();
  console.log('== taskUpdated fan-out: receipt latency after the NOTIFY, other requests, memory per socket ==');
  for (const line of machine.lines) console.log(line);
  const database = await provisionDatabase();
  const db = new pg.Client({ connectionString: database.databaseUrl });
  await db.connect();
  onCleanup('close the benchmark connection', () => db.end());

  const bare = [];
  if (options.bare) {
    console.log('\n-- bare writes (no API) --');
    for (const size of sizes) {
      const { lasts, passes } = await bareWrites(size);
      bare.push({ size, lastP50: median(lasts), lastP99: percentile(lasts, 99), passMean: passes.reduce((a, b) => a + b, 0) / passes.length, passes });
      console.log(`  ${size}: last receipt p50 ${ms(median(lasts))} p99 ${ms(percentile(lasts, 99))}; pass over the sockets, mean ${ms(bare.at(-1).passMean)}`);
      console.log(`    last receipt by round: ${lasts.map((v) => v.toFixed(0)).join(' ')} ms`);
      console.log(`    pass by round: ${passes.map((v) => v.toFixed(0)).join(' ')} ms`);
    }
  }

  const results = [];
  let setup = null;
  for (const mode of modes) {
    console.log(`\n-- ${mode} --`);
    const system = await startSystem({
      databaseUrl: database.databaseUrl,
      workers: 0,
      env: { CUSTODIAN_SUBSCRIPTION_FANOUT: mode, CUSTODIAN_METRICS_TOKEN: METRICS_TOKEN },
      echo: options.echo,
    });
    if (!setup) setup = await prepare(system);
    const { task, recordingId, tokens, loadToken } = setup;
    targetTask = task;

    // The same requests on the idle server (no subscriber connected).
    const idle = [];
    for (let i = 0; i < options.idle; i++) {
      const kind = i % 5 === 4 ? 'exportRecordings' : 'recordings';
      const start = now();
      if (kind === 'recordings') await gql(system.url, RECORDINGS, {}, loadToken);
      else await gql(system.url, EXPORT, { input: { recordingIds: [recordingId], reason: 'Fan-out benchmark: idle baseline' } }, loadToken);
      const end = now();
      if (kind !== 'recordings') await cancelNewest(db);
      idle.push({ kind, start, end });
    }
    const modeResult = {
      mode,
      idle: {
        recordingsP99: percentile(latencies(idle, 'recordings'), 99),
        exportP99: percentile(latencies(idle, 'exportRecordings'), 99),
      },
      sizes: [],
    };
    console.log(
      `idle server: recordings p99 ${ms(modeResult.idle.recordingsP99)}, exportRecordings p99 ${ms(modeResult.idle.exportP99)} (${options.idle} requests)`,
    );

    const clients = await startClients(options.clients);
    const rssBefore = await rssKiB(system.api.pid);
    modeResult.idle.scrape = await scrapeTime(system.url);
    let connected = 0;
    let round = 0;
    for (const size of sizes) {
      const more = size - connected;
      const started = now();
      await Promise.all(
        clients.map((c, i) => {
          return c.ask(
            {
              type: 'connect',
              count: share(more, clients.length, i),
              url: `${system.url.replace(/^http/, 'ws')}/graphql`,
              tokens,
              subscriber: options.subscriber,
            },
            'connected',
          );
        }),
      );
      connected = size;
      await sleep(1500);
      const rss = await rssKiB(system.api.pid);
      console.log(`${size} subscribers connected in ${((now() - started) / 1000).toFixed(1)} s; API RSS ${(rss / 1024).toFixed(0)} MiB`);

      // Quiet rounds first (the fan-out alone), then the same with other requests running (the
      // load's exportRecordings create tasks whose events are fanned out as well).
      const scrape = await scrapeTime(system.url);
      const fanOut = () => rounds({ db, clients, task, size, count: options.rounds, next: () => ++round, url: system.url });
      const passesBefore = await fanoutPasses(system.url);
      const quiet = await fanOut();
      const passesAfter = await fanoutPasses(system.url);
      const load = otherRequests(system.url, loadToken, recordingId, db);
      const loaded = await fanOut();
      await load.stop();
      const during = load.done.filter((q) => loaded.windows.some(([a, b]) => q.start < b && q.end > a));
      const sizeResult = {
        size,
        rssPerSocketKiB: (rss - rssBefore) / size,
        scrape,
        lastP50: median(quiet.lasts),
        lastP99: percentile(quiet.lasts, 99),
        receiptP50: median(quiet.medians),
        // The API's own part of a quiet round: from the event reaching the fan-out to its last socket
        // written. The rest of a receipt is the NOTIFY and reading the task before it, and after it
        // the kernel and the subscribers' process, which share these cores.
        apiPassMean: passesAfter.count > passesBefore.count ? ((passesAfter.sum - passesBefore.sum) / (passesAfter.count - passesBefore.count)) * 1000 : NaN,
        loadedLastP50: median(loaded.lasts),
        loadedLastP99: percentile(loaded.lasts, 99),
        recordingsP99: percentile(latencies(during, 'recordings'), 99),
        recordingsN: latencies(during, 'recordings').length,
        exportP99: percentile(latencies(during, 'exportRecordings'), 99),
        exportN: latencies(during, 'exportRecordings').length,
      };
      modeResult.sizes.push(sizeResult);
      console.log(
        `  ${size}: last receipt p50 ${ms(sizeResult.lastP50)} p99 ${ms(sizeResult.lastP99)}; median receipt ${ms(sizeResult.receiptP50)}; ` +
          `API pass over the sockets, mean ${ms(sizeResult.apiPassMean)}; ` +
          `with other requests: last receipt p50 ${ms(sizeResult.loadedLastP50)} p99 ${ms(sizeResult.loadedLastP99)}, ` +
          `recordings p99 ${ms(sizeResult.recordingsP99)} (n=${sizeResult.recordingsN}), exportRecordings p99 ${ms(sizeResult.exportP99)} (n=${sizeResult.exportN}); ` +
          `RSS per socket ${sizeResult.rssPerSocketKiB.toFixed(1)} KiB; GET /metrics ${ms(scrape)} (${ms(modeResult.idle.scrape)} without subscribers)`,
      );
      // Round by round, in order: whether a tail is the first rounds after the sockets connected or spread out.
      console.log(`    last receipt by round, quiet: ${quiet.lasts.map((v) => v.toFixed(0)).join(' ')} ms`);
      console.log(`    API pass by round, quiet: ${quiet.passes.map((v) => v.toFixed(0)).join(' ')} ms`);
      console.log(`    first receipt by round, quiet: ${quiet.firsts.map((v) => v.toFixed(0)).join(' ')} ms`);
      console.log(`    last receipt by round, with other requests: ${loaded.lasts.map((v) => v.toFixed(0)).join(' ')} ms`);
    }
    await Promise.all(clients.map((c) => c.ask({ type: 'close' }, 'closed')));
    results.push(modeResult);
    await system.stop();
  }

  console.log('\n== summary ==');
  const header =
    '| subscribers | mode | last receipt p50 | last receipt p99 | median receipt | API pass, mean | with other requests: last receipt p50 / p99 | recordings p99 during | exportRecordings p99 during | RSS per socket | GET /metrics |';
  console.log(header);
  console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const size of sizes) {
    const b = bare.find((y) => y.size === size);
    if (b) console.log(`| ${size} | bare writes | ${ms(b.lastP50)} | ${ms(b.lastP99)} | | ${ms(b.passMean)} | | | | | |`);
    for (const m of results) {
      const x = m.sizes.find((y) => y.size === size);
      console.log(
        `| ${size} | ${m.mode} | ${ms(x.lastP50)} | ${ms(x.lastP99)} | ${ms(x.receiptP50)} | ${ms(x.apiPassMean)} | ${ms(x.loadedLastP50)} / ${ms(x.loadedLastP99)} | ${ms(x.recordingsP99)} (idle ${ms(m.idle.recordingsP99)}) | ${ms(x.exportP99)} (idle ${ms(m.idle.exportP99)}) | ${x.rssPerSocketKiB.toFixed(1)} KiB | ${ms(x.scrape)} (idle ${ms(m.idle.scrape)}) |`,
      );
    }
  }
  if (results.length >= 2) {
    const [base, ...others] = results;
    for (const other of others) {
      for (const size of sizes) {
        const b = base.sizes.find((y) => y.size === size);
        const o = other.sizes.find((y) => y.size === size);
        console.log(
          `${size} subscribers, ${base.mode} / ${other.mode}: last receipt p99 ×${(b.lastP99 / o.lastP99).toFixed(1)}, recordings p99 during fan-out ×${(b.recordingsP99 / o.recordingsP99).toFixed(1)}`,
        );
      }
      for (const b of bare) {
        const o = other.sizes.find((y) => y.size === b.size);
        console.log(
          `${b.size} subscribers, ${other.mode} / bare writes: API pass ×${(o.apiPassMean / b.passMean).toFixed(2)}, last receipt p50 ×${(o.lastP50 / b.lastP50).toFixed(2)}, p99 ×${(o.lastP99 / b.lastP99).toFixed(2)}`,
        );
      }
      const top = other.sizes.at(-1);
      console.log(
        `target at ${top.size} (${other.mode}): last receipt p99 ${ms(top.lastP99)} < ${TARGET_LAST_P99_MS} ms: ${top.lastP99 < TARGET_LAST_P99_MS ? 'met' : 'NOT met'}; ` +
          `recordings p99 during fan-out ${ms(top.recordingsP99)} < ${TARGET_OTHER_P99_MS} ms: ${top.recordingsP99 < TARGET_OTHER_P99_MS ? 'met' : 'NOT met'}`,
      );
    }
  }
  if (options.json) await fsp.writeFile(options.json, JSON.stringify({ machine: machine.lines, database: database.description, bare, results }, null, 2));
});

/**
 * The passes of the shared fan-out the API timed so far (custodian_subscription_fanout_seconds)
 * and their total time in seconds; none in per-subscriber mode, which graphql-ws runs.
 */
async function fanoutPasses(url) {
  const response = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  if (!response.ok) throw new Error(`GET /metrics answered ${response.status}`);
  const text = await response.text();
  const read = (name) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? 0);
  return { count: read('custodian_subscription_fanout_seconds_count'), sum: read('custodian_subscription_fanout_seconds_sum') };
}

/**
 * `count` events: each updates the task's progress, sends the NOTIFY and waits until every
 * subscriber got it. Returns the last and median receipt of each, its window and the API's own
 * pass over the sockets (NaN in per-subscriber mode).
 */
async function rounds({ db, clients, task, size, count, next, url }) {
  const lasts = [];
  const passes = [];
  const medians = [];
  const firsts = [];
  const windows = [];
  for (let r = 0; r < count; r++) {
    const progress = next() / 10_000;
    const key = `${task}:${progress}`;
    await db.query('update export_tasks set progress = $2, updated_at = now() where id = $1', [task, progress]);
    const passBefore = await fanoutPasses(url);
    const t0 = now();
    await db.query('select pg_notify($1, $2)', ['custodian_task_updated', task]);
    const times = await receiptTimes(clients, key, size, t0);
    if (times.length < size) console.log(`  round ${r + 1}: only ${times.length} of ${size} subscribers got the event within 20 s`);
    const last = Math.max(...times) - t0;
    lasts.push(last);
    medians.push(median(times) - t0);
    firsts.push(Math.min(...times) - t0);
    windows.push([t0, t0 + last]);
    const passAfter = await fanoutPasses(url);
    passes.push(passAfter.count > passBefore.count ? (passAfter.sum - passBefore.sum) * 1000 : NaN);
    // Progress events of one task are throttled (CUSTODIAN_PROGRESS_INTERVAL_MS): the next round waits it out.
    await sleep(300);
  }
  return { lasts, medians, windows, passes, firsts };
}

/**
 * The median time of GET /metrics over five scrapes: the collection runs on the API's event loop,
 * so this is also about how long a scrape holds requests and events back.
 */
async function scrapeTime(url) {
  const times = [];
  for (let i = 0; i < 5; i++) {
    const start = now();
    await fanoutPasses(url);
    times.push(now() - start);
  }
  return median(times);
}

/** The receipt times of message `key` once all `size` subscribers have it, or 20 s after `t0`. */
async function receiptTimes(clients, key, size, t0) {
  let received = 0;
  while (received < size && now() < t0 + 20_000) {
    await sleep(20);
    received = (await Promise.all(clients.map((c) => c.ask({ type: 'collect', key, count: true }, 'collected')))).reduce((a, m) => a + m.count, 0);
  }
  return (await Promise.all(clients.map((c) => c.ask({ type: 'collect', key }, 'collected')))).flatMap((m) => m.times);
}

/**
 * The floor under the API's pass, measured in the same run: a plain TCP server in this process
 * writes one message of a taskUpdated frame's size to each of `size` connections of the same
 * subscriber processes, fresh buffer per socket and a turn of the event loop every 64 as the
 * API's fan-out does, with no GraphQL, websocket or authorization. On loopback each write also
 * carries the receiving side's kernel work (delivery, the acknowledgement, waking the reader),
 * which on a network would be the subscribers' machines'.
 */
async function bareWrites(size) {
  const sockets = [];
  const server = net.createServer((socket) => {
    socket.setNoDelay(true);
    sockets.push(socket);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const clients = await startClients(options.clients);
  await Promise.all(clients.map((c, i) => c.ask({ type: 'connect', count: share(size, clients.length, i), bare: server.address().port }, 'connected')));
  await sleep(1500);
  if (sockets.length !== size) throw new Error(`bare writes: ${sockets.length} of ${size} connections accepted`);
  const lasts = [];
  const passes = [];
  for (let r = 0; r < options.rounds; r++) {
    const key = `bare${r}`;
    const message = Buffer.from(`${key} ${'.'.repeat(FRAME_BYTES - key.length - 2)}\n`);
    const t0 = now();
    for (let i = 0; i < sockets.length; i++) {
      if (i > 0 && i % 64 === 0) await new Promise((resolve) => setImmediate(resolve));
      const frame = Buffer.allocUnsafe(message.length);
      message.copy(frame);
      sockets[i].write(frame);
    }
    passes.push(now() - t0);
    const times = await receiptTimes(clients, key, size, t0);
    if (times.length < size) throw new Error(`bare writes: only ${times.length} of ${size} connections got round ${r + 1} within 20 s`);
    lasts.push(Math.max(...times) - t0);
    await sleep(300);
  }
  await Promise.all(clients.map((c) => c.ask({ type: 'close' }, 'closed')));
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => server.close(resolve));
  return { lasts, passes };
}

/** One recording, three subscribing users (three audiences) and the task the rounds update. */
async function prepare(system) {
  const { makeScreenRecording } = await importDist('media/synthetic.js');
  const { tools } = await describeMachine();
  const incoming = path.join(system.dataDir, 'incoming');
  const file = path.join(incoming, 'fanout.mkv');
  await makeScreenRecording({ ffmpegPath: tools.ffmpegPath, output: file, width: 160, height: 120, durationSeconds: 1 });
  await fsp.writeFile(`${file}.json`, JSON.stringify({ userName: 'fanout', serverName: 'term-01', protocol: 'RDP', startedAt: '2026-11-20T09:00:00Z' }));
  const imported = await system.cli(['import', incoming]);
  if (imported.code !== 0) throw new Error(`import failed:\n${imported.output}`);
  const admin = await signIn(system.url, ADMIN.username, ADMIN.password);
  const user = async (username, roles) => {
    const password = `${username}-password-2026`;
    await gql(system.url, 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', { input: { username, password, roles } }, admin);
    return signIn(system.url, username, password);
  };
  const requester = await user('fanout-requester', ['LOGGING_READER', 'PRIVILEGED_PLAYER']);
  const exporter = await user('fanout-exporter', ['LOGGING_READER', 'PRIVILEGED_PLAYER']);
  const reader = await user('fanout-reader', ['LOGGING_READER']);
  const loadToken = await user('fanout-load', ['LOGGING_READER', 'PRIVILEGED_PLAYER']);
  const { recordings } = await gql(system.url, RECORDINGS, {}, requester);
  const recordingId = recordings.edges[0].node.id;
  const { exportRecordings } = await gql(
    system.url,
    EXPORT,
    { input: { recordingIds: [recordingId], reason: 'Fan-out benchmark: the task every round updates' } },
    requester,
  );
  return { task: exportRecordings.tasks[0].id, recordingId, tokens: [requester, exporter, reader], loadToken };
}
