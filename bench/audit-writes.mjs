#!/usr/bin/env node
// Audited writes, the audit CSV and the integrity walk, against the former audit chain.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node bench/audit-writes.mjs [--seconds 5] [--csv-rows 100000] [--rtt-ms 1] [--load pgbench]
//
// Two databases of their own on the same server: "chainer" has every migration (rows inserted
// unlinked, linked after commit by the chainer running in this process as in an API process);
// "head lock" stops before Migration20261210200000 (the insert trigger links each row under the
// one-row chain head, FOR UPDATE until commit). The same clients write to both, alternating, so
// both see the same machine.
// (1) audited transactions/s with 1, 4 and 8 clients, each a transaction with one audit row, and
//     how busy the machine was: the share one client keeps busy bounds the scaling it can show;
//     with --rtt-ms, each statement first waits that long, as a client on another machine waits for
//     its request and the reply to cross the network (the kernel here has no netem to delay packets);
//     with --load pgbench, PostgreSQL's own load generator (C, one thread per client) sends the
//     same transactions instead of node-postgres clients in this process, so that less of the two
//     cores goes to making the load: the chainer still runs here, as in an API process;
// (2) one transaction of 1,000 and one of 40,000 audit rows, and the chain head's size after;
// (3) the audit CSV of --csv-rows rows: the former way (rows hydrated through the ORM, a batch at a
//     time, cells written in JavaScript) against the streamed lines the database writes; time,
//     CPU of this process, and that both are byte for byte the same;
// (4) the integrity walk over those rows: in the calling thread against in a worker thread (the
//     longest the event loop waited), and the incremental check after 1,000 more events.
import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { onCleanup, runMain } from './lib/cleanup.mjs';
import { provisionDatabase } from './lib/database.mjs';
import { describeMachine } from './lib/machine.mjs';
import { parseOptions } from './lib/options.mjs';
import { machineCpuMs } from './lib/proc.mjs';
import { importDist } from './lib/paths.mjs';

const LAST_HEAD_LOCK_MIGRATION = 'Migration20261210100000';
const TARGET_SCALING = 3;

const options = parseOptions(
  {
    seconds: { type: 'number', default: 5, help: 'length of each throughput run' },
    clients: { type: 'string', default: '1,4,8', help: 'client counts for the throughput runs' },
    csvRows: { type: 'number', default: 100_000, help: 'audit rows in the CSV and integrity part' },
    rttMs: { type: 'number', default: 0, min: 0, max: 1000, help: 'network round trip to stand in for before each statement of the throughput runs (ms)' },
    load: {
      type: 'string',
      default: 'node',
      choices: ['node', 'pgbench'],
      help: "who sends the throughput runs' transactions: node-postgres clients in this process, or pgbench",
    },
  },
  { usage: 'node bench/audit-writes.mjs [options]\n\nAudited writes with the chainer against the former head lock; audit CSV and integrity walk.' },
);

const { ormConfig } = await importDist('db/orm-config.js');
const { entities } = await importDist('app/entities.js');
const { AuditChainer, linkAuditEvents } = await importDist('audit/chainer.js');
const { checkAuditIntegrity, checkAuditIntegritySince } = await importDist('audit/integrity.js');
const { walkChain } = await importDist('audit/integrity-walk.js');
const { writeCheckpoint } = await importDist('audit/checkpoints.js');
const { CheckpointLog } = await importDist('audit/checkpoint-log.js');
const { KeyRing } = await importDist('signing/key-ring.js');
const { ExportAuditService } = await importDist('export-audit/export-audit.service.js');
const { redactForReader } = await importDist('export-audit/redaction.js');
const { csvLine } = await importDist('export-audit/csv.js');
const { CSV_COLUMNS } = await importDist('export-audit/csv-stream.js');
const { AuditEvent } = await importDist('audit/audit-event.entity.js');
const { AUDIT_ACTION_LABELS } = await importDist('audit/audit-action.js');
const { callerOf } = await importDist('access/caller.js');
const { viewerOf } = await importDist('access/viewer.js');

const fmt = (n, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function openScheme(label, to) {
  const database = await provisionDatabase(() => {});
  const orm = await MikroORM.init(ormConfig(database.databaseUrl, entities, 4));
  onCleanup(`close the ORM of ${label}`, () => orm.close(true));
  await orm.getMigrator().up(to ? { to } : undefined);
  const pool = new pg.Pool({ connectionString: database.databaseUrl, max: 10 });
  onCleanup(`close the pool of ${label}`, () => pool.end());
  return { label, database, orm, em: orm.em, pool };
}

/** The share of the machine's CPU (all cores) that was busy while `fn` ran, if /proc/stat can tell. */
async function withMachineLoad(fn) {
  const before = machineCpuMs();
  const result = await fn();
  const after = machineCpuMs();
  if (!before || !after) return { result, busy: undefined };
  const busy = after.busy - before.busy;
  return { result, busy: busy / (busy + after.idle - before.idle) };
}

/** The round trip of --rtt-ms: the request and its reply crossing a network before the next statement. */
const roundTrip = () => (options.rttMs > 0 ? new Promise((resolve) => setTimeout(resolve, options.rttMs)) : undefined);

/** `clients` connections, each committing one audited transaction after another for `seconds`. */
function throughput(scheme, clients, seconds) {
  return options.load === 'pgbench' ? pgbenchThroughput(scheme, clients, seconds) : nodeThroughput(scheme, clients, seconds);
}

async function nodeThroughput(scheme, clients, seconds) {
  const deadline = performance.now() + seconds * 1000;
  const counts = await Promise.all(
    Array.from({ length: clients }, async (_, i) => {
      const client = await scheme.pool.connect();
      let n = 0;
      try {
        while (performance.now() < deadline) {
          await roundTrip();
          await client.query('begin');
          await roundTrip();
          await client.query(
            `insert into audit_events (action, outcome, actor_name, recording_id, detail, client_address) values ('RECORDING_PLAYED', 'SUCCESS', $1, $2, $3, '192.0.2.7')`,
            [`bench-${i}`, randomUUID(), `Played for the audit benchmark, client ${i}`],
          );
          // With the head lock, the chain head stays locked from the insert until the commit is done.
          await roundTrip();
          await client.query('commit');
          n++;
        }
      } finally {
        client.release();
      }
      return n;
    }),
  );
  return counts.reduce((a, b) => a + b, 0) / seconds;
}

/** pgbench from PATH or from PostgreSQL's own folder of programs (Debian keeps it there). */
function findPgbench() {
  const candidates = [
    ...(process.env.PATH ?? '').split(path.delimiter).map((dir) => path.join(dir, 'pgbench')),
    ...(fs.existsSync('/usr/lib/postgresql') ? fs.readdirSync('/usr/lib/postgresql') : []).map((version) => `/usr/lib/postgresql/${version}/bin/pgbench`),
  ];
  const found = candidates.find((file) => fs.existsSync(file));
  if (!found) throw new Error('--load pgbench: no pgbench on PATH or in /usr/lib/postgresql/*/bin (Debian: apt-get install postgresql-client)');
  return found;
}

/**
 * The transaction of nodeThroughput as a pgbench script: each statement waits the round trip
 * first (\sleep), the insert the same row but for its client number.
 */
function pgbenchScript() {
  const wait = options.rttMs > 0 ? `\\sleep ${Math.round(options.rttMs * 1000)} us\n` : '';
  return [
    `${wait}begin;`,
    `${wait}insert into audit_events (action, outcome, actor_name, recording_id, detail, client_address) values ('RECORDING_PLAYED', 'SUCCESS', 'bench-' || :client_id, gen_random_uuid(), 'Played for the audit benchmark, client ' || :client_id, '192.0.2.7');`,
    `${wait}commit;`,
    '',
  ].join('\n');
}

let pgbenchFiles;
async function pgbenchThroughput(scheme, clients, seconds) {
  if (!pgbenchFiles) {
    const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'custodian-bench-pgbench-'));
    onCleanup('remove the pgbench script', () => fsp.rm(dir, { recursive: true, force: true }));
    pgbenchFiles = { pgbench: findPgbench(), script: path.join(dir, 'audited-transaction.sql') };
    await fsp.writeFile(pgbenchFiles.script, pgbenchScript());
  }
  const { stdout } = await promisify(execFile)(pgbenchFiles.pgbench, [
    '--no-vacuum',
    `--client=${clients}`,
    `--jobs=${clients}`,
    `--time=${seconds}`,
    '--protocol=prepared',
    `--file=${pgbenchFiles.script}`,
    scheme.database.databaseUrl,
  ]);
  const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(stdout);
  if (!tps) throw new Error(`pgbench printed no rate:\n${stdout}`);
  return Number(tps[1]);
}

const unlinked = async (scheme) => Number((await scheme.pool.query('select count(*)::int as n from audit_events where chain_position is null')).rows[0].n);
const headSize = async (scheme) => Number((await scheme.pool.query(`select pg_total_relation_size('audit_chain_head') as n`)).rows[0].n);

async function bulk(scheme, rows) {
  const started = performance.now();
  await scheme.pool.query(
    `insert into audit_events (action, outcome, actor_name, detail) select 'SETTINGS_CHANGED', 'SUCCESS', 'bench-bulk', 'bulk row ' || n from generate_series(1, ${rows}) n`,
  );
  return performance.now() - started;
}

/** CPU of this process (all threads) and wall time of `fn`. */
async function measured(fn) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await fn();
  const used = process.cpuUsage(cpu);
  return { result, wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

/** The CSV as the service wrote it before: rows hydrated through the ORM, cells written here. */
async function* formerCsv(em, roles) {
  yield csvLine(CSV_COLUMNS);
  for (let after = '0'; ; ) {
    const rows = await em.find(AuditEvent, { id: { $gt: after } }, { orderBy: { id: 'asc' }, limit: 1000, disableIdentityMap: true });
    const events = await redactForReader(em, roles, rows);
    let chunk = '';
    for (const e of events) {
      chunk += csvLine([
        e.id,
        e.occurredAt,
        e.action,
        AUDIT_ACTION_LABELS[e.action] ?? e.action,
        e.outcome,
        e.actorName,
        e.actorId,
        e.recordingId,
        e.taskId,
        e.reason,
        e.detail,
        e.clientAddress,
        e.prevHash,
        e.hash,
        e.withheld ? 'yes' : '',
      ]);
    }
    if (chunk) yield chunk;
    if (rows.length < 1000) return;
    after = rows[rows.length - 1].id;
  }
}

async function drain(iterable) {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of iterable) {
    hash.update(chunk);
    bytes += Buffer.byteLength(chunk);
  }
  return { bytes, digest: hash.digest('hex').slice(0, 16) };
}

/** How long this thread's event loop was busy while `fn` ran, and the longest it made others wait. */
async function withLoopDelay(fn) {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  const elu = performance.eventLoopUtilization();
  const out = await measured(fn);
  const busy = performance.eventLoopUtilization(elu);
  histogram.disable();
  return { ...out, busyMs: busy.active, maxDelayMs: histogram.max / 1e6 };
}

await runMain(async () => {
  const machine = await describeMachine();
  console.log('== audit writes: chainer against the former head lock ==');
  for (const line of machine.lines) console.log(line);
  const chained = await openScheme('chainer');
  const locked = await openScheme('head lock', LAST_HEAD_LOCK_MIGRATION);
  console.log(
    `databases: ${chained.database.description.replace(/, database .*/, '')}; ${chained.database.name} (chainer), ${locked.database.name} (head lock)`,
  );
  const chainer = new AuditChainer(chained.em, 200, (line) => console.log(line)).start();
  onCleanup('stop the chainer', () => chainer.stop());

  // (1) throughput
  const network =
    (options.rttMs > 0 ? `, ${options.rttMs} ms round trip before each statement` : ', loopback') +
    (options.load === 'pgbench' ? ', sent by pgbench' : ', sent by node-postgres clients in this process');
  console.log(`\n-- (1) audited transactions/s, ${options.seconds} s per run, one audit row per transaction${network} --`);
  const clientCounts = options.clients.split(',').map(Number);
  const rates = { chainer: {}, 'head lock': {} };
  const chainerLoad = {};
  for (const clients of clientCounts) {
    rates['head lock'][clients] = await throughput(locked, clients, options.seconds);
    const measuredRun = await withMachineLoad(() => throughput(chained, clients, options.seconds));
    rates.chainer[clients] = measuredRun.result;
    chainerLoad[clients] = measuredRun.busy;
    const waiting = await unlinked(chained);
    const linkStarted = performance.now();
    await chainer.kick();
    const catchUp = performance.now() - linkStarted;
    console.log(
      `${clients} client(s): head lock ${fmt(rates['head lock'][clients])} tx/s, chainer ${fmt(rates.chainer[clients])} tx/s = ${fmt(rates.chainer[clients] / rates['head lock'][clients], 2)}x; unlinked at the end of the run ${fmt(waiting)} (linked ${fmt(catchUp)} ms later)${chainerLoad[clients] === undefined ? '' : `; machine ${fmt(chainerLoad[clients] * 100)}% busy during the chainer run`}`,
    );
  }
  const [first, last] = [clientCounts[0], clientCounts.at(-1)];
  for (const scheme of [locked, chained]) {
    const r = rates[scheme.label];
    console.log(
      `scaling ${first} -> ${last} clients, ${scheme.label}: ${fmt(r[last] / r[first], 2)}x${scheme === chained ? ` (target >= ${TARGET_SCALING}x)` : ''}`,
    );
  }
  // Each audited transaction costs about the same CPU (PostgreSQL, this client, the chainer)
  // however many clients run, so a machine that one client already keeps busy to a share of its
  // cores cannot run more than 1 / share as many: the most any scheme could scale here.
  const oneClientLoad = chainerLoad[first];
  if (oneClientLoad) {
    console.log(
      `ceiling on this machine: ${first} client(s) kept ${fmt(oneClientLoad * 100)}% of its ${os.availableParallelism()} cores busy, so at most ${fmt(1 / oneClientLoad, 2)}x; the chainer reached ${fmt((rates.chainer[last] / rates.chainer[first]) * oneClientLoad * 100)}% of it`,
    );
  }

  // (2) bulk
  console.log('\n-- (2) audit rows in one transaction --');
  for (const scheme of [locked, chained]) {
    const small = await bulk(scheme, 1_000);
    const large = await bulk(scheme, 40_000);
    let linking = '';
    if (scheme === chained) {
      const started = performance.now();
      await chainer.kick();
      linking = `; linked by the chainer in ${fmt(performance.now() - started)} ms`;
    }
    console.log(
      `${scheme.label}: 1,000 rows ${fmt(small)} ms, 40,000 rows ${fmt(large)} ms = ${fmt(large / small, 1)}x (linear: 40x)${linking}; chain head table ${fmt((await headSize(scheme)) / 1024)} KiB`,
    );
  }

  // (3) CSV
  const have = Number((await chained.pool.query('select count(*)::int as n from audit_events')).rows[0].n);
  const more = Math.max(0, options.csvRows - have);
  await chained.pool.query(
    `insert into audit_events (action, outcome, actor_name, recording_id, reason, detail, client_address)
     select 'EXPORT_REQUESTED', 'SUCCESS', 'auditor-' || (n % 50), gen_random_uuid(), case when n % 7 = 0 then '=HYPERLINK("x")' else 'Case ' || n || ', "quoted"' end, 'line one' || chr(10) || 'line two', '198.51.100.' || (n % 250)
       from generate_series(1, ${more}) n`,
  );
  await linkAuditEvents(chained.em);
  const rows = have + more;
  console.log(`\n-- (3) audit CSV of ${fmt(rows)} rows, reader without PRIVILEGED_PLAYER (redaction applies) --`);
  const roles = ['LOGGING_READER'];
  const caller = callerOf(viewerOf({ id: randomUUID(), username: 'bench-reader' }, roles, { sessionId: randomUUID() }), '192.0.2.1');
  const keyDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'custodian-bench-keys-'));
  onCleanup('remove the signing keys', () => fsp.rm(keyDir, { recursive: true, force: true }));
  const keyRing = await KeyRing.open(keyDir);
  const checkpointLog = new CheckpointLog(path.join(keyDir, 'checkpoints.log'));
  const service = new ExportAuditService(chained.em, keyRing, checkpointLog);
  const former = await measured(() => drain(formerCsv(chained.em.fork(), new Set(roles))));
  const streamed = await measured(() => drain(service.csv(caller, {})));
  console.log(
    `former (ORM rows, cells in JavaScript): ${fmt(former.wallMs)} ms, CPU of this process ${fmt(former.cpuMs)} ms, ${fmt(former.result.bytes)} bytes, sha256 ${former.result.digest}`,
  );
  console.log(
    `streamed (lines written by the database): ${fmt(streamed.wallMs)} ms, CPU of this process ${fmt(streamed.cpuMs)} ms, ${fmt(streamed.result.bytes)} bytes, sha256 ${streamed.result.digest}`,
  );
  console.log(
    `ratio former / streamed: time ${fmt(former.wallMs / streamed.wallMs, 2)}x, CPU ${fmt(former.cpuMs / streamed.cpuMs, 2)}x; same bytes: ${former.result.digest === streamed.result.digest ? 'yes' : 'NO'}`,
  );

  // (4) integrity
  console.log(`\n-- (4) integrity walk over ${fmt(rows)} events --`);
  const head = (await chained.pool.query('select event_count::text as n from audit_chain_head')).rows[0].n;
  const request = { databaseUrl: chained.database.databaseUrl, afterPosition: '0', previous: null, endPosition: head, watch: [] };
  const inline = await withLoopDelay(() => walkChain(request));
  const full = await withLoopDelay(() => checkAuditIntegrity(chained.em, keyRing, checkpointLog));
  console.log(
    `walk in the calling thread: ${fmt(inline.wallMs)} ms, calling thread busy ${fmt(inline.busyMs)} ms, longest wait ${fmt(inline.maxDelayMs, 1)} ms (${fmt(inline.result.walked)} events, ${inline.result.firstProblem ? 'PROBLEM' : 'ok'})`,
  );
  console.log(
    `full check, walk in a worker thread: ${fmt(full.wallMs)} ms, calling thread busy ${fmt(full.busyMs)} ms, longest wait ${fmt(full.maxDelayMs, 1)} ms (${fmt(full.result.eventsChecked)} events, ${full.result.ok ? 'ok' : 'NOT OK'})`,
  );
  console.log(`calling thread busy, walk there / walk in the worker: ${fmt(inline.busyMs / full.busyMs, 1)}x`);
  await writeCheckpoint(chained.em, keyRing, checkpointLog);
  const verified = (await checkAuditIntegritySince(chained.em, keyRing, checkpointLog)).verified;
  await bulk(chained, 1_000);
  await linkAuditEvents(chained.em);
  const incremental = await withLoopDelay(() => checkAuditIntegritySince(chained.em, keyRing, checkpointLog, { since: verified }));
  const report = incremental.result.report;
  console.log(
    `incremental check after 1,000 more events: ${fmt(incremental.wallMs)} ms (${fmt(report.eventsChecked)} events hashed after checkpoint ${report.startedAfterCheckpoint}, ${report.ok ? 'ok' : 'NOT OK'}) = ${fmt(full.wallMs / incremental.wallMs, 1)}x faster than the full check`,
  );
});
