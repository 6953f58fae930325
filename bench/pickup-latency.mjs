#!/usr/bin/env node
// How long an export task waits before a worker starts it, seen by an API client.
//
//   node bench/pickup-latency.mjs [--tasks 50] [--concurrency 1] [--drain 20] ...
//
// Pickup = arrival of the IN_PROGRESS taskUpdated event (graphql-ws) minus arrival of the
// exportRecordings response that created the task.
//
// Design: the tasks are exported one request at a time, each only after the previous task has
// COMPLETED, so a worker slot is always free: the figure is pickup, never queueing behind other
// tasks. The pause before each request is drawn at random (seeded) between --gap-min and
// --gap-max, which spans the workers' 2 s polling interval, so requests land at every phase of
// the poll loop; a pickup that relied on polling would show up as a spread up to 2 s.
//
// Baseline, measured in the same run on the same database: the round trip of a trivial
// GraphQL query and a NOTIFY -> LISTEN round trip. A pickup needs at least one of each kind of
// hop (API -> worker wake-up, worker -> API -> client event), so it cannot beat their sum.
//
// Then, for information (no target): one request of --drain tasks, to show how a queue of short
// tasks is handed from one to the next.
import fsp from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { cleanupSignal, onCleanup, runMain } from './lib/cleanup.mjs';
import { provisionDatabase } from './lib/database.mjs';
import { EXPORT_MUTATION, exporterToken, gql, subscribeTaskEvents } from './lib/graphql.mjs';
import { describeMachine } from './lib/machine.mjs';
import { parseOptions } from './lib/options.mjs';
import { importDist } from './lib/paths.mjs';
import { median, ms, s, seededRandom, summary, summaryLine } from './lib/stats.mjs';
import { startSystem } from './lib/system.mjs';

const TARGET_MEDIAN_MS = 50;
const FINAL = ['COMPLETED', 'FAILED', 'CANCELLED'];

const options = parseOptions(
  {
    tasks: { type: 'number', default: 50, help: 'measured exports, one request each' },
    warmup: { type: 'number', default: 2, help: 'exports before the measured ones, not counted' },
    concurrency: { type: 'number', default: 1, help: 'export slots of the worker (CUSTODIAN_WORKER_CONCURRENCY)' },
    workers: { type: 'number', default: 1, help: 'worker processes' },
    gapMin: { type: 'number', default: 100, help: 'shortest pause between a COMPLETED event and the next request, ms' },
    gapMax: { type: 'number', default: 2100, help: 'longest pause, ms' },
    seed: { type: 'number', default: 2026, help: 'seed of the random pauses' },
    samples: { type: 'number', default: 200, help: 'round trips measured for each baseline' },
    drain: { type: 'number', default: 20, help: 'tasks in the one-request queue hand-over measurement (0: skip it)' },
    json: { type: 'string', default: '', help: 'also write the results as JSON to this file' },
    echo: { type: 'boolean', default: false, help: 'show the output of the API and worker processes' },
  },
  {
    usage:
      'node bench/pickup-latency.mjs [options]\n\nTime from the exportRecordings response to the IN_PROGRESS event, against raw GraphQL and NOTIFY round trips.',
  },
);

await runMain(async () => {
  const recordingsNeeded = Math.max(options.tasks + options.warmup, options.drain);
  if (!(options.tasks >= 1)) throw new Error('--tasks must be at least 1');
  if (options.drain > 100) throw new Error('--drain is at most 100 (one request takes at most 100 recordings)');
  const machine = await describeMachine();
  const { tools } = machine;
  console.log('== pickup latency: exportRecordings response -> IN_PROGRESS event ==');
  for (const line of machine.lines) console.log(line);

  const database = await provisionDatabase();
  const system = await startSystem({ databaseUrl: database.databaseUrl, workers: options.workers, concurrency: options.concurrency, echo: options.echo });

  // Small distinct recordings: the conversion itself is short, pickup is what is measured.
  const { makeScreenRecording } = await importDist('media/synthetic.js');
  const incoming = path.join(system.dataDir, 'incoming');
  let t = performance.now();
  const queue = [...Array(recordingsNeeded).keys()];
  await Promise.all(
    [0, 1].map(async () => {
      for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
        const file = path.join(incoming, `tiny-${String(i).padStart(3, '0')}.mkv`);
        await makeScreenRecording({
          ffmpegPath: tools.ffmpegPath,
          output: file,
          width: 160,
          height: 120,
          durationSeconds: 1,
          fps: 10,
          withAudio: false,
          variant: i,
          signal: cleanupSignal,
        });
        await fsp.writeFile(
          `${file}.json`,
          JSON.stringify({ userName: `user${i % 7}`, serverName: 'term-01', protocol: 'RDP', startedAt: '2026-11-20T09:00:00Z' }),
        );
      }
    }),
  );
  console.log(`recordings: ${recordingsNeeded} distinct, 1 s, 160x120 at 10 fps, mkv (H.264), generated in ${s(performance.now() - t, 1)}`);
  t = performance.now();
  const imported = await system.cli(['import', incoming]);
  if (imported.code !== 0) throw new Error(`import failed:\n${imported.output}`);
  const recordingIds = (await system.sql('select id from recordings order by source_location')).map((r) => r.id);
  if (recordingIds.length !== recordingsNeeded) throw new Error(`expected ${recordingsNeeded} recordings, found ${recordingIds.length}`);
  console.log(`imported with the CLI in ${s(performance.now() - t, 1)}`);

  const token = await exporterToken(system.url);
  const events = await subscribeTaskEvents(system.url, token);

  // Baselines, on the idle system.
  console.log('\nbaseline');
  const gqlMe = await timeRepeated(options.samples, () => gql(system.url, '{ me { username } }', {}, token));
  const gqlTypename = await timeRepeated(options.samples, () => gql(system.url, '{ __typename }', {}, token));
  const notifyRoundTrip = await notifyListenRoundTrips(database.databaseUrl, options.samples);
  console.log(`  ${summaryLine('GraphQL { me { username } }', gqlMe)}`);
  console.log(`  ${summaryLine('GraphQL { __typename }', gqlTypename)}`);
  console.log(`  ${summaryLine('NOTIFY -> LISTEN', notifyRoundTrip)}`);
  const floor = median(gqlMe) + median(notifyRoundTrip);
  console.log(`  floor = median GraphQL query + median NOTIFY round trip = ${ms(floor)}`);

  // Pickup, one task at a time.
  const random = seededRandom(options.seed);
  const rows = [];
  let next = 0;
  for (let i = 0; i < options.warmup; i++) await exportOne(recordingIds[next++], 0, `warm-up ${i + 1}`);
  for (let i = 0; i < options.tasks; i++) {
    const gap = options.gapMin + random() * (options.gapMax - options.gapMin);
    rows.push(await exportOne(recordingIds[next++], gap, `measured ${i + 1} of ${options.tasks}`));
    if ((i + 1) % 10 === 0) console.log(`  ${i + 1} of ${options.tasks} exported`);
  }
  const taskRows = await system.sql('select id, started_at from export_tasks where id = any($1)', [rows.map((r) => r.taskId)]);
  const startedAt = new Map(taskRows.map((r) => [r.id, r.started_at.getTime()]));
  for (const r of rows) {
    r.claimAfterResponseMs = startedAt.get(r.taskId) - r.respondedWall;
    r.eventAfterClaimMs = r.inProgressWall - startedAt.get(r.taskId);
  }

  const pickups = rows.map((r) => r.pickupMs);
  const pick = summary(pickups);
  const ratio = pick.median / floor;
  console.log(
    `\npickup: ${options.tasks} tasks, one request each, ${options.workers} worker(s) x ${options.concurrency} slot(s), pauses ${options.gapMin}-${options.gapMax} ms`,
  );
  console.log(`  ${summaryLine('response -> IN_PROGRESS event', pickups)}`);
  console.log(
    '  ' +
      summaryLine(
        'request sent -> IN_PROGRESS event',
        rows.map((r) => r.fromRequestMs),
      ),
  );
  console.log(
    '  ' +
      summaryLine(
        'exportRecordings round trip',
        rows.map((r) => r.requestMs),
      ),
  );
  console.log("  split by the task's started_at (worker clock = client clock, 1 ms resolution):");
  console.log(
    '  ' +
      summaryLine(
        '  response -> worker claims',
        rows.map((r) => r.claimAfterResponseMs),
      ),
  );
  console.log(
    '  ' +
      summaryLine(
        '  claim -> IN_PROGRESS event',
        rows.map((r) => r.eventAfterClaimMs),
      ),
  );
  console.log(
    '  ' +
      summaryLine(
        'IN_PROGRESS -> COMPLETED events',
        rows.map((r) => r.convertMs),
      ),
  );
  console.log(`  median pickup ${ms(pick.median)}: target < ${TARGET_MEDIAN_MS} ms: ${pick.median < TARGET_MEDIAN_MS ? 'MET' : 'NOT MET'}`);
  console.log(`  ratio median pickup / floor: ${ratio.toFixed(2)}  (floor ${ms(floor)})`);
  console.log(`  each run (ms): ${pickups.map((p) => p.toFixed(1)).join(' ')}`);

  // Hand-over of a queue of short tasks, for information.
  let drain = null;
  if (options.drain > 0) {
    console.log(`\nqueue hand-over (information, no target): one request of ${options.drain} tasks`);
    const ids = recordingIds.slice(0, options.drain);
    const sent = performance.now();
    const data = await gql(system.url, EXPORT_MUTATION, { input: { recordingIds: ids, reason: 'Benchmark queue hand-over of short exports' } }, token);
    const responded = performance.now();
    const taskIds = data.exportRecordings.tasks.map((task) => task.id);
    const finals = await Promise.all(taskIds.map((id) => events.waitFor((e) => e.id === id && FINAL.includes(e.status), 600_000)));
    const failed = finals.filter((e) => e.status !== 'COMPLETED');
    if (failed.length) throw new Error(`${failed.length} queued exports did not complete: ${JSON.stringify(failed[0])}`);
    const tasks = taskIds
      .map((id) => ({ id, start: events.first(id, 'IN_PROGRESS').at, end: events.first(id, 'COMPLETED').at }))
      .sort((a, b) => a.start - b.start);
    const wallMs = Math.max(...tasks.map((x) => x.end)) - responded;
    const busyMs = tasks.reduce((sum, x) => sum + (x.end - x.start), 0);
    // With one slot: how long each task waited after the previous one completed.
    const slots = options.workers * options.concurrency;
    const handOvers = slots === 1 ? tasks.slice(1).map((x, i) => x.start - tasks[i].end) : [];
    drain = { tasks: options.drain, wallMs, busyMs, slots, handOvers, requestMs: responded - sent };
    console.log(
      `  all ${options.drain} done ${s(wallMs)} after the response; conversions (IN_PROGRESS -> COMPLETED) took ${s(busyMs)} in all over ${slots} slot(s)`,
    );
    console.log(`  slots idle while tasks waited: ${s(wallMs * slots - busyMs)} (${((1 - busyMs / (wallMs * slots)) * 100).toFixed(0)}% of slot time)`);
    if (handOvers.length) console.log(`  ${summaryLine('COMPLETED -> next IN_PROGRESS', handOvers)}`);
  }

  if (options.json) {
    await fsp.writeFile(
      options.json,
      JSON.stringify(
        {
          benchmark: 'pickup-latency',
          date: new Date().toISOString(),
          machine: machine.lines,
          database: database.description,
          options,
          baseline: { gqlMe: summary(gqlMe), gqlTypename: summary(gqlTypename), notifyListen: summary(notifyRoundTrip), floorMs: floor },
          pickup: pick,
          ratio,
          target: TARGET_MEDIAN_MS,
          met: pick.median < TARGET_MEDIAN_MS,
          runs: rows,
          drain,
        },
        null,
        2,
      ),
    );
  }
  await events.dispose();
  return 0;

  async function exportOne(recordingId, gapMs, label) {
    if (gapMs > 0) await new Promise((r) => setTimeout(r, gapMs));
    const sent = performance.now();
    const data = await gql(system.url, EXPORT_MUTATION, { input: { recordingIds: [recordingId], reason: `Benchmark pickup latency, ${label}` } }, token);
    const responded = performance.now();
    const respondedWall = Date.now();
    const taskId = data.exportRecordings.tasks[0].id;
    const final = await events.waitFor((e) => e.id === taskId && FINAL.includes(e.status), 60_000);
    if (final.status !== 'COMPLETED') {
      const [row] = await system.sql('select error from export_tasks where id = $1', [taskId]);
      throw new Error(`export ${taskId} ended ${final.status}: ${row?.error}`);
    }
    const inProgress = events.first(taskId, 'IN_PROGRESS');
    if (!inProgress) throw new Error(`no IN_PROGRESS event for ${taskId}`);
    return {
      taskId,
      gapMs,
      requestMs: responded - sent,
      pickupMs: inProgress.at - responded,
      fromRequestMs: inProgress.at - sent,
      convertMs: final.at - inProgress.at,
      respondedWall,
      inProgressWall: inProgress.wall,
    };
  }
});

async function timeRepeated(samples, fn) {
  for (let i = 0; i < 20; i++) await fn();
  const times = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return times;
}

/** NOTIFY on one connection, LISTEN on another: the time from sending to receiving. */
async function notifyListenRoundTrips(databaseUrl, samples) {
  const listener = new pg.Client({ connectionString: databaseUrl });
  const sender = new pg.Client({ connectionString: databaseUrl });
  await listener.connect();
  onCleanup('close the LISTEN connection', () => listener.end());
  await sender.connect();
  onCleanup('close the NOTIFY connection', () => sender.end());
  await listener.query('LISTEN custodian_bench_ping');
  let waiting = null;
  listener.on('notification', (message) => waiting?.(message.payload));
  const once = async (i) => {
    const received = new Promise((resolve) => (waiting = (payload) => payload === String(i) && resolve()));
    const started = performance.now();
    const sent = sender.query('select pg_notify($1, $2)', ['custodian_bench_ping', String(i)]);
    await received;
    const took = performance.now() - started;
    await sent;
    return took;
  };
  for (let i = 0; i < 20; i++) await once(-1 - i);
  const times = [];
  for (let i = 0; i < samples; i++) times.push(await once(i));
  return times;
}
