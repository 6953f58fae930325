#!/usr/bin/env node
// Soak: many concurrent clients send mixed traffic to a real running Custodian for a long time.
//
//   node bench/soak.mjs                         30 minutes (or SOAK_MINUTES), 16 clients
//   SOAK_MINUTES=3 node bench/soak.mjs          a short run, to check that everything works
//   node bench/soak.mjs --minutes 10 --clients 24 --json soak.json
//
// What the clients do, each in a loop with a random pause (--think-min..--think-max ms):
// - search: catalog searches (recordings, random filters and orders, sometimes the next page),
//   as PLAYERs and as PRIVILEGED_PLAYERs;
// - export: exportRecordings of 1-2 recordings with a reason and an idempotency key, then wait
//   for each task's final state on a long-lived taskUpdated subscription (graphql-ws), then
//   download every COMPLETED export file;
// - subscribe: open a websocket, subscribe to taskUpdated, hold it a few seconds, close it;
// - refuse: requests the server must refuse (wrong role, bad input, no credentials, someone
//   else's download), counted as errors unless refused with the expected code.
//
// Reported: requests per kind, error rate, p50/p95/p99 latency per kind; the RSS of the API and
// worker processes sampled every --sample-seconds from /proc/<pid>/status, with a flatness figure
// (mean of the last third of the samples / mean of the first third); tasks lost (requested
// exports that never reached a final state, which must be 0). Baseline, measured in the same run
// before the traffic starts: the latency of the same searches and of `{ me { username } }` on the
// idle system, and the processes' RSS then.
import fsp from 'node:fs/promises';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { cleanupSignal, onCleanup, runMain } from './lib/cleanup.mjs';
import { provisionDatabase } from './lib/database.mjs';
import { gql, signIn } from './lib/graphql.mjs';
import { describeMachine } from './lib/machine.mjs';
import { parseOptions } from './lib/options.mjs';
import { importDist } from './lib/paths.mjs';
import { memoryKb } from './lib/proc.mjs';
import { mib, ms, percentile, seededRandom } from './lib/stats.mjs';
import { ADMIN, startSystem } from './lib/system.mjs';

const FINAL = new Set(['COMPLETED', 'FAILED', 'CANCELLED', 'EXPIRED']);
// One refusal an integrator can act on; anything else (a 500, INTERNAL_SERVER_ERROR, no answer) is an error.
const REFUSAL_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'TOO_MANY_REQUESTS', 'EXPORTS_DISABLED']);
// The clients' roles repeat in this order: 16 clients are 8 searching, 4 exporting, 2 subscribing and 2 refusing.
const CLIENT_MIX = ['search', 'export', 'search', 'subscribe', 'search', 'refuse', 'export', 'search'];
const KINDS = ['search', 'export', 'export-wait', 'download', 'subscribe', 'refused'];

const options = parseOptions(
  {
    minutes: { type: 'number', default: Number(process.env.SOAK_MINUTES ?? 30), help: 'minutes of traffic (also SOAK_MINUTES)' },
    clients: { type: 'number', default: 16, help: `concurrent clients; their kinds repeat as ${CLIENT_MIX.join(', ')}` },
    recordings: { type: 'number', default: 12, help: 'video recordings in the catalog (2 s, 320x240; every fourth restricted)' },
    terminal: { type: 'number', default: 2, help: 'terminal recordings (asciicast, 10 s) in the catalog' },
    workers: { type: 'number', default: 1, help: 'worker processes' },
    concurrency: { type: 'number', default: 1, help: 'export slots per worker' },
    thinkMin: { type: 'number', default: 100, help: "shortest pause between a client's requests, ms" },
    thinkMax: { type: 'number', default: 1000, help: 'longest pause, ms' },
    sampleSeconds: { type: 'number', default: 30, help: 'RSS sampling interval' },
    taskTimeout: { type: 'number', default: 600, help: 'seconds an export client waits for a task before it counts the wait as an error' },
    drainSeconds: { type: 'number', default: 300, help: 'after the traffic, how long requested tasks may take to reach a final state' },
    baselineSamples: { type: 'number', default: 100, help: 'idle round trips measured for each baseline' },
    seed: { type: 'number', default: 2026, help: 'seed of the clients’ random choices' },
    json: { type: 'string', default: '', help: 'also write the results as JSON to this file' },
    echo: { type: 'boolean', default: false, help: 'show the output of the API and worker processes' },
  },
  { usage: 'node bench/soak.mjs [options]\n\nMixed traffic from many clients for --minutes; latency per kind, error rate, RSS over time, tasks lost.' },
);

const SEARCH = `query Soak_Search($filter: RecordingFilter, $first: Int!, $after: String, $orderBy: RecordingOrder) {
  recordings(filter: $filter, first: $first, after: $after, orderBy: $orderBy) { totalCount pageInfo { hasNextPage endCursor } edges { node { id userName serverName startedAt restricted } } }
}`;
const EXPORT = `mutation Soak_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id status } } }`;
const TASK = `query Soak_Task($id: ID!) { exportTask(id: $id) { id status downloadUrl outputSizeBytes } }`;
const TASK_UPDATED = 'subscription Soak_TaskUpdated { taskUpdated { id status progress downloadUrl outputSizeBytes } }';

await runMain(async () => {
  if (!(options.minutes > 0)) throw new Error('--minutes must be more than 0');
  if (!(options.clients >= 1)) throw new Error('--clients must be at least 1');
  const machine = await describeMachine();
  console.log('== soak: mixed traffic from many clients ==');
  for (const line of machine.lines) console.log(line);
  console.log(
    `plan: ${options.minutes} min, ${options.clients} clients (${describeMix(options.clients)}), pauses ${options.thinkMin}-${options.thinkMax} ms, ${options.workers} worker(s) x ${options.concurrency} slot(s), seed ${options.seed}`,
  );

  const database = await provisionDatabase();
  const system = await startSystem({ databaseUrl: database.databaseUrl, workers: options.workers, concurrency: options.concurrency, echo: options.echo });
  const recordings = await prepareCatalog(system, machine.tools);
  const admin = await signIn(system.url, ADMIN.username, ADMIN.password);
  const users = await createUsers(system.url, admin, options.clients);

  // Baselines on the idle system.
  const baselineRandom = seededRandom(options.seed + 1_000_000);
  const idle = { search: [], me: [] };
  const idleRound = async (query, variables) => {
    const { ms: took, result, error } = await timed(() => post(system.url, query, variables, users.searchers[0]));
    if (error || result.status !== 200 || result.body.errors) throw new Error(`baseline request failed: ${error?.message ?? JSON.stringify(result.body)}`);
    return took;
  };
  for (let i = 0; i < options.baselineSamples; i++) {
    idle.search.push(await idleRound(SEARCH, searchVariables(baselineRandom, recordings)));
    idle.me.push(await idleRound('{ me { username } }', {}));
  }
  const rssAtIdle = rssNow(system);
  console.log(
    `\nbaseline (idle system, ${options.baselineSamples} each): search p50 ${ms(percentile(idle.search, 50))} p95 ${ms(percentile(idle.search, 95))}; { me } p50 ${ms(percentile(idle.me, 50))}; RSS API ${mib(rssAtIdle.api)}, worker(s) ${rssAtIdle.workers.map(mib).join(', ')}`,
  );

  // The traffic.
  const stats = newStats();
  const requestedTasks = new Map(); // task id -> { client, requestedAt }
  const ownTasks = []; // completed tasks with their owner's token, for other people's download refusals
  const deadline = performance.now() + options.minutes * 60_000;
  const stopped = () => performance.now() >= deadline || cleanupSignal.aborted;
  const started = performance.now();
  const samples = [];
  const sample = () => {
    const rss = rssNow(system);
    samples.push({ atSeconds: (performance.now() - started) / 1000, apiKb: rss.api, workerKb: rss.workers });
    const total = stats.total();
    console.log(
      `  ${fmtClock((performance.now() - started) / 1000)}  requests ${String(total.count).padStart(7)}  errors ${String(total.errors).padStart(4)}  tasks ${String(requestedTasks.size).padStart(5)}  RSS API ${mib(rss.api)}, worker ${rss.workers.map(mib).join(', ')}`,
    );
  };
  console.log(`\ntraffic for ${options.minutes} min (a line every ${options.sampleSeconds} s)`);
  sample();
  const sampler = setInterval(sample, options.sampleSeconds * 1000);
  onCleanup('stop sampling', () => clearInterval(sampler));

  const clients = [];
  for (let i = 0; i < options.clients; i++) {
    const kind = CLIENT_MIX[i % CLIENT_MIX.length];
    const random = seededRandom(options.seed + i);
    const context = { url: system.url, random, stats, stopped, recordings, requestedTasks, ownTasks, index: i };
    if (kind === 'search') clients.push(searchClient(context, users.searcher(i)));
    if (kind === 'export') clients.push(exportClient(context, users.exporter(i)));
    if (kind === 'subscribe') clients.push(subscribeClient(context, users.reader));
    if (kind === 'refuse') clients.push(refuseClient(context, users));
  }
  await Promise.all(clients);
  clearInterval(sampler);
  sample();
  const trafficSeconds = (performance.now() - started) / 1000;

  // Every requested task must reach a final state.
  const drainStarted = performance.now();
  const ids = [...requestedTasks.keys()];
  let open = ids;
  while (open.length && performance.now() - drainStarted < options.drainSeconds * 1000) {
    const rows = await system.sql('select id, status from export_tasks where id = any($1)', [open]);
    const final = new Set(rows.filter((r) => FINAL.has(r.status)).map((r) => r.id));
    open = open.filter((id) => !final.has(id));
    if (open.length) await sleep(1000);
  }
  const statusRows = await system.sql('select status, count(*)::int as n from export_tasks group by status order by status');
  const unknownTasks = (await system.sql('select count(*)::int as n from export_tasks where not (id = any($1))', [ids]))[0].n;
  const integrity = (await gql(system.url, '{ auditIntegrity { ok eventsChecked firstProblem { kind message } } }', {}, users.reader)).auditIntegrity;
  const refusalsSuppressed = (await system.sql("select count(*)::int as n from audit_events where action = 'REFUSALS_SUPPRESSED'"))[0].n;
  const finalRss = rssNow(system);
  const peak = { api: memoryKb(system.api.pid).hwm, workers: system.workers.map((w) => memoryKb(w.pid).hwm) };
  const alive = { api: system.api.running(), workers: system.workers.map((w) => w.running()) };

  // Report.
  console.log(`\nresults: ${fmtClock(trafficSeconds)} of traffic, ${options.clients} clients`);
  console.log(
    `  ${'kind'.padEnd(12)} ${'requests'.padStart(9)} ${'per s'.padStart(7)} ${'errors'.padStart(7)} ${'rate'.padStart(7)}   ${'p50'.padStart(10)} ${'p95'.padStart(10)} ${'p99'.padStart(10)} ${'max'.padStart(10)}`,
  );
  const perKind = {};
  for (const kind of KINDS) {
    const k = stats.kind(kind);
    perKind[kind] = {
      requests: k.latencies.length,
      errors: k.errors,
      errorRate: k.latencies.length ? k.errors / k.latencies.length : 0,
      p50: percentile(k.latencies, 50),
      p95: percentile(k.latencies, 95),
      p99: percentile(k.latencies, 99),
      max: k.latencies.length ? Math.max(...k.latencies) : NaN,
    };
    const r = perKind[kind];
    console.log(
      `  ${kind.padEnd(12)} ${String(r.requests).padStart(9)} ${(r.requests / trafficSeconds).toFixed(2).padStart(7)} ${String(r.errors).padStart(7)} ${pct(r.errorRate).padStart(7)}   ${ms(r.p50).padStart(10)} ${ms(r.p95).padStart(10)} ${ms(r.p99).padStart(10)} ${ms(r.max).padStart(10)}`,
    );
  }
  const total = stats.total();
  console.log(
    `  ${'all'.padEnd(12)} ${String(total.count).padStart(9)} ${(total.count / trafficSeconds).toFixed(2).padStart(7)} ${String(total.errors).padStart(7)} ${pct(total.errors / Math.max(1, total.count)).padStart(7)}`,
  );
  console.log(`  (export-wait: from the exportRecordings response to the task's final event; subscribe: websocket open to connection_ack)`);
  const refusedBy = stats.refusals;
  console.log(
    `  refusals by scenario and code: ${
      Object.entries(refusedBy)
        .map(([key, n]) => `${key} ${n}`)
        .join(', ') || 'none'
    }`,
  );
  if (stats.errorSamples.length) {
    console.log('  first errors:');
    for (const e of stats.errorSamples) console.log(`    ${e}`);
  }
  console.log(
    `  taskUpdated events received by the short subscriptions: ${stats.subscriptionEvents}; final states read with exportTask because their event did not come: ${stats.missedEvents}`,
  );
  const searchRatio = perKind.search.p50 / percentile(idle.search, 50);
  console.log(`  search p50 under load / idle: ${ms(perKind.search.p50)} / ${ms(percentile(idle.search, 50))} = ${searchRatio.toFixed(2)}`);

  const flat = flatness(samples, (s) => s.apiKb);
  const workerFlat = system.workers.map((_, w) => flatness(samples, (s) => s.workerKb[w]));
  console.log('\nmemory (VmRSS, sampled)');
  console.log(`  API:    idle ${mib(rssAtIdle.api)}, end ${mib(finalRss.api)}, peak (VmHWM) ${mib(peak.api)}; ${describeFlatness(flat)}`);
  for (let w = 0; w < system.workers.length; w++) {
    console.log(
      `  worker ${w + 1}: idle ${mib(rssAtIdle.workers[w])}, end ${mib(finalRss.workers[w])}, peak (VmHWM) ${mib(peak.workers[w])}; ${describeFlatness(workerFlat[w])}`,
    );
  }
  console.log(
    `  samples (min:s API/worker MiB): ${samples.map((s) => `${fmtClock(s.atSeconds)} ${mibN(s.apiKb)}/${s.workerKb.map(mibN).join('+')}`).join('  ')}`,
  );

  const lost = open.length;
  console.log('\nexport tasks');
  console.log(
    `  requested ${ids.length}; by final status: ${statusRows.map((r) => `${r.status} ${r.n}`).join(', ') || 'none'}; tasks not requested by the clients: ${unknownTasks}`,
  );
  console.log(`  lost (no final state ${options.drainSeconds} s after the traffic): ${lost}${lost ? ` (${open.slice(0, 10).join(', ')})` : ''}`);
  console.log(`  drained in ${((performance.now() - drainStarted) / 1000).toFixed(1)} s`);
  console.log(
    `\naudit: integrity ${integrity.ok ? 'ok' : `BROKEN (${JSON.stringify(integrity.firstProblem)})`}, ${integrity.eventsChecked} events; REFUSALS_SUPPRESSED rows: ${refusalsSuppressed}`,
  );
  console.log(`processes at the end: API ${alive.api ? 'running' : 'EXITED'}, worker(s) ${alive.workers.map((a) => (a ? 'running' : 'EXITED')).join(', ')}`);

  if (options.json) {
    await fsp.writeFile(
      options.json,
      JSON.stringify(
        {
          benchmark: 'soak',
          date: new Date().toISOString(),
          machine: machine.lines,
          database: database.description,
          options,
          trafficSeconds,
          baseline: { searchP50: percentile(idle.search, 50), searchP95: percentile(idle.search, 95), meP50: percentile(idle.me, 50), rssKb: rssAtIdle },
          perKind,
          total,
          refusals: refusedBy,
          subscriptionEvents: stats.subscriptionEvents,
          missedEvents: stats.missedEvents,
          errorSamples: stats.errorSamples,
          rss: { samples, flatness: { api: flat, workers: workerFlat }, peakKb: peak, endKb: finalRss },
          tasks: { requested: ids.length, lost, lostIds: open, byStatus: statusRows, unknownTasks },
          audit: { integrityOk: integrity.ok, eventsChecked: integrity.eventsChecked, refusalsSuppressed },
          alive,
        },
        null,
        2,
      ),
    );
  }
  await system.stop();
  return lost === 0 && total.errors === 0 && alive.api && alive.workers.every(Boolean) && integrity.ok ? 0 : 1;
});

// ---------------------------------------------------------------------------------------------
// Set-up

async function prepareCatalog(system, tools) {
  const { makeScreenRecording } = await importDist('media/synthetic.js');
  const { writeTerminalSession } = await importDist('terminal/synthetic/index.js');
  const incoming = path.join(system.dataDir, 'incoming');
  await fsp.mkdir(incoming, { recursive: true });
  const t = performance.now();
  const users = ['jdoe', 'asmith', 'bwong', 'cmartin', 'dlee', 'eking'];
  const servers = ['db-prod-01', 'web-02', 'jump-03', 'erp-04'];
  for (let i = 0; i < options.recordings; i++) {
    const file = path.join(incoming, `soak-${String(i).padStart(3, '0')}.mkv`);
    await makeScreenRecording({
      ffmpegPath: tools.ffmpegPath,
      output: file,
      width: 320,
      height: 240,
      durationSeconds: 2,
      fps: 10,
      withAudio: i % 3 === 0,
      variant: i,
      signal: cleanupSignal,
    });
    await fsp.writeFile(
      `${file}.json`,
      JSON.stringify({
        userName: users[i % users.length],
        serverName: servers[i % servers.length],
        clientName: `LAPTOP-${i}`,
        clientIp: `10.0.0.${i + 1}`,
        applications: ['psql', 'bash'].slice(0, 1 + (i % 2)),
        protocol: 'RDP',
        startedAt: new Date(Date.UTC(2026, 10, 1 + (i % 28), 8 + (i % 10))).toISOString(),
        restricted: i % 4 === 3,
      }),
    );
  }
  for (let i = 0; i < options.terminal; i++) {
    const file = path.join(incoming, `soak-terminal-${i}.cast`);
    await writeTerminalSession(file, {
      seed: options.seed + i,
      durationSeconds: 10,
      cols: 80,
      rows: 24,
      user: users[i % users.length],
      host: servers[i % servers.length],
    });
    await fsp.writeFile(`${file}.json`, JSON.stringify({ userName: users[i % users.length], serverName: servers[i % servers.length], protocol: 'SSH' }));
  }
  const imported = await system.cli(['import', incoming]);
  if (imported.code !== 0) throw new Error(`import failed:\n${imported.output}`);
  const rows = await system.sql('select id, user_name, server_name, restricted from recordings order by source_location');
  if (rows.length !== options.recordings + options.terminal)
    throw new Error(`expected ${options.recordings + options.terminal} recordings, found ${rows.length}`);
  console.log(
    `catalog: ${options.recordings} video recordings (2 s, 320x240) and ${options.terminal} terminal sessions (10 s), ${rows.filter((r) => r.restricted).length} restricted, made and imported in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  return rows.map((r) => ({ id: r.id, userName: r.user_name, serverName: r.server_name, restricted: r.restricted }));
}

/** One user per client, so that audit rows, refusal limits and downloads are per person. */
async function createUsers(url, admin, count) {
  const make = async (name, roles) => {
    const password = `${name}-soak-password-2026`;
    await gql(url, 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', { input: { username: name, password, roles } }, admin);
    return signIn(url, name, password);
  };
  const t = performance.now();
  const byClient = new Map();
  let searchers = 0;
  for (let i = 0; i < count; i++) {
    const kind = CLIENT_MIX[i % CLIENT_MIX.length];
    // Half the searchers see restricted recordings too.
    if (kind === 'search') byClient.set(i, await make(`soak-searcher-${i}`, searchers++ % 2 ? ['PLAYER'] : ['PRIVILEGED_PLAYER']));
    if (kind === 'export') byClient.set(i, await make(`soak-exporter-${i}`, ['LOGGING_READER', 'PRIVILEGED_PLAYER']));
  }
  const reader = await make('soak-reader', ['LOGGING_READER']);
  const player = await make('soak-player', ['PLAYER']);
  const refusedExporter = await make('soak-careless-exporter', ['LOGGING_READER', 'PRIVILEGED_PLAYER']);
  const searcherTokens = [...byClient.entries()].filter(([i]) => CLIENT_MIX[i % CLIENT_MIX.length] === 'search').map(([, token]) => token);
  if (searcherTokens.length === 0) searcherTokens.push(player);
  console.log(`users: ${byClient.size + 3} created and signed in in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return {
    searchers: searcherTokens,
    searcher: (i) => byClient.get(i),
    exporter: (i) => byClient.get(i),
    reader,
    player,
    refusedExporter,
  };
}

// ---------------------------------------------------------------------------------------------
// Clients

async function searchClient(c, token) {
  while (!c.stopped()) {
    let variables = searchVariables(c.random, c.recordings);
    const { ms: took, result, error } = await timed(() => post(c.url, SEARCH, variables, token));
    const page = result?.body?.data?.recordings;
    c.stats.add('search', took, !error && result.status === 200 && !result.body.errors && page, error ?? result);
    if (page?.pageInfo.hasNextPage && c.random() < 0.3) {
      variables = { ...variables, after: page.pageInfo.endCursor };
      const next = await timed(() => post(c.url, SEARCH, variables, token));
      c.stats.add('search', next.ms, !next.error && next.result.status === 200 && !next.result.body.errors, next.error ?? next.result);
    }
    await think(c);
  }
}

async function exportClient(c, token) {
  const feed = await taskFeed(c.url, token, c.stats);
  let n = 0;
  while (!c.stopped()) {
    n++;
    const count = c.random() < 0.7 ? 1 : 2;
    const recordingIds = pickDistinct(c.random, c.recordings, count).map((r) => r.id);
    const input = { recordingIds, reason: `Soak case ${c.index}-${n}: review of the session for an incident report`, idempotencyKey: `soak-${c.index}-${n}` };
    const { ms: took, result, error } = await timed(() => post(c.url, EXPORT, { input }, token));
    const tasks = result?.body?.data?.exportRecordings?.tasks;
    c.stats.add('export', took, !error && result.status === 200 && tasks?.length === count, error ?? result);
    if (!tasks) {
      await think(c);
      continue;
    }
    const respondedAt = performance.now();
    for (const task of tasks) c.requestedTasks.set(task.id, { client: c.index, respondedAt });
    const finals = await Promise.all(tasks.map((task) => feed.waitFinal(task.id, options.taskTimeout * 1000)));
    for (const final of finals) {
      c.stats.add(
        'export-wait',
        performance.now() - respondedAt,
        final?.status === 'COMPLETED',
        final ? `task ${final.id} ended ${final.status}` : 'no final state in time',
      );
    }
    for (const final of finals) {
      if (final?.status !== 'COMPLETED' || !final.downloadUrl) continue;
      const download = await timed(() => fetchFile(`${c.url}${final.downloadUrl}`, token));
      const ok = !download.error && download.result.status === 200 && download.result.bytes === final.outputSizeBytes;
      c.stats.add(
        'download',
        download.ms,
        ok,
        download.error ?? `download ${download.result?.status}, ${download.result?.bytes} of ${final.outputSizeBytes} bytes`,
      );
      if (ok && c.ownTasks.length < 50) c.ownTasks.push({ id: final.id, downloadUrl: final.downloadUrl });
    }
    await think(c);
  }
  feed.dispose();
}

async function subscribeClient(c, token) {
  while (!c.stopped()) {
    const began = performance.now();
    let failure = null;
    let events = 0;
    let holding = false;
    const client = createClient({
      url: `${c.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { token },
      retryAttempts: 0,
      lazy: false,
    });
    client.on('closed', (event) => {
      if (holding) failure = `websocket closed while subscribed: ${event?.code}`;
    });
    try {
      await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no connection_ack within 30 s')), 30_000);
        client.on('connected', () => {
          clearTimeout(timer);
          resolve();
        });
        client.on('closed', (event) => {
          clearTimeout(timer);
          reject(new Error(`websocket closed before connection_ack: ${event?.code}`));
        });
      });
      const connectedMs = performance.now() - began;
      client.subscribe(
        { query: TASK_UPDATED },
        {
          next: ({ errors }) => {
            if (errors?.length) failure = `subscription errors ${JSON.stringify(errors)}`;
            else events++;
          },
          error: (error) => (failure = `subscription failed: ${error?.message ?? JSON.stringify(error)}`),
          complete: () => undefined,
        },
      );
      holding = true;
      await sleep(2000 + c.random() * 6000);
      holding = false;
      c.stats.add('subscribe', connectedMs, !failure, failure);
      c.stats.subscriptionEvents += events;
    } catch (error) {
      c.stats.add('subscribe', performance.now() - began, false, error);
    } finally {
      await client.dispose();
    }
    await think(c);
  }
}

async function refuseClient(c, users) {
  const unknownId = '00000000-0000-4000-8000-000000000000';
  const scenarios = [
    [
      'player exports',
      () => post(c.url, EXPORT, { input: { recordingIds: [pick(c.random, c.recordings).id], reason: 'Not allowed to export this' } }, users.player),
      ['FORBIDDEN'],
    ],
    [
      'reader exports',
      () => post(c.url, EXPORT, { input: { recordingIds: [pick(c.random, c.recordings).id], reason: 'Reader without the player role' } }, users.reader),
      ['FORBIDDEN'],
    ],
    ['player reads audit', () => post(c.url, '{ exportAudit(first: 5) { totalCount } }', {}, users.player), ['FORBIDDEN']],
    [
      'short reason',
      () => post(c.url, EXPORT, { input: { recordingIds: [pick(c.random, c.recordings).id], reason: 'short' } }, users.refusedExporter),
      ['BAD_USER_INPUT'],
    ],
    [
      'unknown recording',
      () => post(c.url, EXPORT, { input: { recordingIds: [unknownId], reason: 'An id that does not exist' } }, users.refusedExporter),
      ['NOT_FOUND'],
    ],
    ['malformed id', () => post(c.url, 'query($id: ID!) { recording(id: $id) { id } }', { id: "1' or '1'='1" }, users.player), ['NOT_FOUND', 'BAD_USER_INPUT']],
    ['anonymous', () => post(c.url, '{ recordings(first: 5) { totalCount } }', {}), ['UNAUTHENTICATED']],
    ['wrong variable type', () => post(c.url, SEARCH, { first: 'ten' }, users.player), ['BAD_USER_INPUT']],
    [
      'other user’s download',
      async () => {
        const task = c.ownTasks.length ? pick(c.random, c.ownTasks) : null;
        const response = await fetch(`${c.url}${task ? task.downloadUrl : `/exports/${unknownId}/file`}`, {
          headers: { authorization: `Bearer ${users.refusedExporter}` },
        });
        const body = await response.json().catch(() => ({}));
        return { status: response.status, body: { errors: [{ extensions: { code: body?.error?.code } }] } };
      },
      ['FORBIDDEN', 'NOT_FOUND'],
    ],
  ];
  while (!c.stopped()) {
    const [name, run, expected] = pick(c.random, scenarios);
    const { ms: took, result, error } = await timed(run);
    const code = result?.body?.errors?.[0]?.extensions?.code;
    const ok = !error && result.status < 500 && expected.includes(code) && REFUSAL_CODES.has(code);
    c.stats.add('refused', took, ok, error ?? `${name}: HTTP ${result?.status} ${JSON.stringify(result?.body?.errors ?? result?.body)}`);
    c.stats.refusals[`${name} ${code ?? 'none'}`] = (c.stats.refusals[`${name} ${code ?? 'none'}`] ?? 0) + 1;
    await think(c);
  }
}

/**
 * A long-lived taskUpdated subscription for one user: resolves waits on a task's final state
 * from its events. A task whose final event does not come (a reconnect lost it) is read with
 * exportTask before the wait gives up; such a fallback is counted.
 */
async function taskFeed(url, token, stats) {
  const finals = new Map();
  const waiters = new Map();
  let client;
  let closing = false;
  const connect = () => {
    client = createClient({
      url: `${url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { token },
      retryAttempts: 0,
      lazy: false,
    });
    client.on('closed', (event) => {
      if (closing) return;
      stats.add('subscribe', 0, false, `long-lived subscription closed: ${event?.code} ${event?.reason ?? ''}`);
      setTimeout(connect, 1000);
    });
    client.subscribe(
      { query: TASK_UPDATED },
      {
        next: ({ data }) => {
          const task = data?.taskUpdated;
          if (!task || !FINAL.has(task.status)) return;
          finals.set(task.id, task);
          waiters.get(task.id)?.(task);
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
  };
  connect();
  await new Promise((resolve) => client.on('connected', resolve));
  return {
    waitFinal: async (id, timeoutMs) => {
      const deadline = performance.now() + timeoutMs;
      while (performance.now() < deadline) {
        if (finals.has(id)) return finals.get(id);
        const event = await new Promise((resolve) => {
          const timer = setTimeout(() => resolve(null), Math.min(60_000, deadline - performance.now()));
          waiters.set(id, (task) => {
            clearTimeout(timer);
            resolve(task);
          });
        });
        waiters.delete(id);
        if (event) return event;
        // A minute without the event: read the task, in case the event was lost.
        const read = await post(url, TASK, { id }, token).catch(() => null);
        const task = read?.body?.data?.exportTask;
        if (task && FINAL.has(task.status)) {
          stats.missedEvents++;
          return task;
        }
      }
      return null;
    },
    dispose: () => {
      closing = true;
      return client.dispose();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** Latencies and errors per kind of request. */
function newStats() {
  const kinds = new Map();
  const stats = {
    refusals: {},
    errorSamples: [],
    subscriptionEvents: 0,
    missedEvents: 0,
    kind(name) {
      if (!kinds.has(name)) kinds.set(name, { latencies: [], errors: 0 });
      return kinds.get(name);
    },
    add(name, latencyMs, ok, detail) {
      const k = stats.kind(name);
      k.latencies.push(latencyMs);
      if (ok) return;
      k.errors++;
      if (stats.errorSamples.length < 20) {
        const text = detail instanceof Error ? detail.message : typeof detail === 'string' ? detail : JSON.stringify(detail?.body ?? detail);
        stats.errorSamples.push(`${name}: ${String(text).slice(0, 300)}`);
      }
    },
    total() {
      let count = 0;
      let errors = 0;
      for (const k of kinds.values()) {
        count += k.latencies.length;
        errors += k.errors;
      }
      return { count, errors };
    },
  };
  return stats;
}

/** POSTs one operation and returns the HTTP status and the parsed body, errors included. */
async function post(url, query, variables = {}, token) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
  }
  return { status: response.status, body };
}

async function fetchFile(url, token) {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  let bytes = 0;
  for await (const chunk of response.body) bytes += chunk.length;
  return { status: response.status, bytes };
}

async function timed(fn) {
  const began = performance.now();
  try {
    const result = await fn();
    return { ms: performance.now() - began, result };
  } catch (error) {
    return { ms: performance.now() - began, error };
  }
}

function searchVariables(random, recordings) {
  const r = pick(random, recordings);
  const filters = [
    null,
    { text: r.userName.slice(0, 3) },
    { userName: r.userName },
    { serverName: r.serverName },
    { startedFrom: '2026-11-05T00:00:00Z', startedTo: '2026-11-20T00:00:00Z' },
    { text: 'db', startedFrom: '2026-11-01T00:00:00Z' },
  ];
  const fields = ['STARTED_AT', 'USER_NAME', 'SERVER_NAME', 'DURATION', 'SIZE', 'CLIENT_NAME'];
  return {
    filter: pick(random, filters),
    first: 5 + Math.floor(random() * 46),
    orderBy: random() < 0.5 ? null : { field: pick(random, fields), direction: random() < 0.5 ? 'ASC' : 'DESC' },
  };
}

function rssNow(system) {
  return { api: memoryKb(system.api.pid).rss, workers: system.workers.map((w) => memoryKb(w.pid).rss) };
}

/** Mean of the samples in the last third of the run over the mean of those in the first third. */
function flatness(samples, value) {
  // The sample taken as the traffic starts is the idle baseline, not part of the run.
  samples = samples.filter((s) => s.atSeconds >= 1);
  if (samples.length < 3) return { first: NaN, last: NaN, ratio: NaN };
  const end = samples.at(-1).atSeconds;
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const first = samples.filter((s) => s.atSeconds <= end / 3).map(value);
  const last = samples.filter((s) => s.atSeconds >= (2 * end) / 3).map(value);
  return { first: mean(first), last: mean(last), ratio: mean(last) / mean(first) };
}

function describeFlatness(f) {
  return `flatness (last-third mean / first-third mean) ${mib(f.last)} / ${mib(f.first)} = ${Number.isFinite(f.ratio) ? f.ratio.toFixed(3) : 'n/a'}`;
}

function describeMix(count) {
  const counts = {};
  for (let i = 0; i < count; i++) counts[CLIENT_MIX[i % CLIENT_MIX.length]] = (counts[CLIENT_MIX[i % CLIENT_MIX.length]] ?? 0) + 1;
  return Object.entries(counts)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
}

function pick(random, list) {
  return list[Math.floor(random() * list.length)];
}
function pickDistinct(random, list, count) {
  const copy = [...list];
  const chosen = [];
  while (chosen.length < count && copy.length) chosen.push(copy.splice(Math.floor(random() * copy.length), 1)[0]);
  return chosen;
}
function think(c) {
  return sleep(options.thinkMin + c.random() * (options.thinkMax - options.thinkMin));
}
function sleep(msecs) {
  return new Promise((resolve) => setTimeout(resolve, msecs));
}
function pct(x) {
  return `${(x * 100).toFixed(2)}%`;
}
function mibN(kB) {
  return Number.isFinite(kB) ? (kB / 1024).toFixed(0) : 'n/a';
}
function fmtClock(seconds) {
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;
}
