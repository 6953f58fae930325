#!/usr/bin/env node
// A long fuzz run: hostile and random values for every argument of every query, mutation and
// subscription of schema/schema.graphql, as every role, over HTTP and websockets, against a real
// running Custodian. The same generator and checks as server/test/integration/fuzz.test.ts
// (server/test/support/fuzz), for longer and with any seed.
//
//   node bench/fuzz.mjs                            10 minutes (or FUZZ_MINUTES), a new seed
//   node bench/fuzz.mjs --seed 20261201 --runs 500  replay the start of a run
//   node bench/fuzz.mjs --stop-on-failure           stop at the first violation and shrink it
//   node bench/fuzz.mjs --file-routes               the HTTP file routes too (a third of the cases)
//   node bench/fuzz.mjs --only-file-routes          the HTTP file routes alone
//
// Checked after every request: no HTTP 5xx and only documented error codes; no data changed by a
// refused request (checksums of the application tables, audit tables aside); nothing alarming in
// the API's output; the API still running. At the end: /healthz answers and the API never exited.
// File routes (server/test/support/fuzz/file-routes.mjs): documented statuses and JSON errors,
// files only to whom the rules allow, a 206's bytes equal to the file's on disk, nothing left
// behind by a refused upload. With them the upload limit is 1 MiB, so bodies over it stay small.
// Printed: cases per operation and per error code, per principal and transport, and every
// violation found (grouped, with the first request that showed it). Baseline, measured in the same
// run: the round trip of `{ __typename }` and of the table checksum query, the floor of one case.
import fsp from 'node:fs/promises';
import fc from 'fast-check';
import {
  createFuzzRunner,
  describeCase,
  describeStats,
  FILE_ROUTES,
  fileCaseArbitrary,
  fileRouteSender,
  fuzzCaseArbitrary,
  KNOWN_FINDINGS,
  loadSchema,
  PRINCIPALS,
  prepareFileRoutes,
  prepareFuzzWorld,
  rootOperations,
  tableSnapshotter,
} from '../server/test/support/fuzz/index.mjs';
import { runMain } from './lib/cleanup.mjs';
import { provisionDatabase } from './lib/database.mjs';
import { describeMachine } from './lib/machine.mjs';
import { parseOptions } from './lib/options.mjs';
import { median, ms } from './lib/stats.mjs';
import { ADMIN, startSystem } from './lib/system.mjs';

const options = parseOptions(
  {
    minutes: { type: 'number', default: Number(process.env.FUZZ_MINUTES ?? 10), help: 'stop fuzzing after this long (also FUZZ_MINUTES)' },
    runs: { type: 'number', default: 1_000_000, help: 'stop after this many cases' },
    seed: {
      type: 'number',
      default: Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31)),
      help: 'seed of the cases (also FUZZ_SEED); printed, for replaying',
    },
    fileRoutes: { type: 'boolean', default: false, help: 'also fuzz the HTTP file routes (downloads, playback, bundles, the audit CSV, uploads)' },
    onlyFileRoutes: { type: 'boolean', default: false, help: 'fuzz the HTTP file routes alone' },
    stopOnFailure: { type: 'boolean', default: false, help: 'stop at the first violation and let fast-check shrink it, instead of collecting every violation' },
    strict: { type: 'boolean', default: false, help: `count known findings (${KNOWN_FINDINGS.map((f) => f.id).join(', ')}) as violations` },
    holdMs: { type: 'number', default: 150, help: 'how long a subscription is held open before it is ended' },
    progressSeconds: { type: 'number', default: 30, help: 'a progress line this often' },
    json: { type: 'string', default: '', help: 'also write the results as JSON to this file' },
    echo: { type: 'boolean', default: false, help: 'show the output of the API and worker processes' },
  },
  { usage: 'node bench/fuzz.mjs [options]\n\nFuzzes every operation of the schema as every role and reports what broke.' },
);

await runMain(async () => {
  const machine = await describeMachine();
  console.log('== fuzz: every argument of every operation, as every role ==');
  for (const line of machine.lines) console.log(line);
  const database = await provisionDatabase();
  const withFileRoutes = options.fileRoutes || options.onlyFileRoutes;
  const maxUploadMb = 1;
  // Failed sign-ins of one address would otherwise be refused long before the run ends.
  const system = await startSystem({
    databaseUrl: database.databaseUrl,
    workers: 1,
    env: { CUSTODIAN_SIGN_IN_LIMIT_PER_ADDRESS: '1000000', ...(withFileRoutes ? { CUSTODIAN_MAX_UPLOAD_MB: String(maxUploadMb) } : {}) },
    echo: options.echo,
  });
  const world = await prepareFuzzWorld(
    {
      url: system.url,
      sql: system.sql,
      cli: system.cli,
      dataDir: system.dataDir,
      admin: ADMIN,
      stopWorkers: () => Promise.all(system.workers.map((w) => w.stop())),
    },
    { log: console.log },
  );

  // Baseline: the floor of one case is a request and a checksum of the tables.
  const snapshot = await tableSnapshotter(system.sql);
  const typename = [];
  const checksum = [];
  for (let i = 0; i < 100; i++) {
    let t = performance.now();
    await fetch(`${system.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }).then((r) =>
      r.text(),
    );
    typename.push(performance.now() - t);
    t = performance.now();
    await snapshot();
    checksum.push(performance.now() - t);
  }
  console.log(
    `baseline: { __typename } round trip median ${ms(median(typename))}; checksum of ${snapshot.tables.length} tables (${snapshot.tables.join(', ')}) median ${ms(median(checksum))}`,
  );

  const operations = rootOperations(loadSchema());
  const files = withFileRoutes ? await prepareFileRoutes(system, world, { maxUploadBytes: maxUploadMb * 1024 * 1024 }) : null;
  const runner = await createFuzzRunner({ url: system.url, sql: system.sql, apiProcess: system.api.child }, world, {
    holdMs: options.holdMs,
    strict: options.strict,
    throwOnViolation: options.stopOnFailure,
    sendFileCase: files ? fileRouteSender(files) : undefined,
  });
  const graphqlCases = fuzzCaseArbitrary(operations, world.pools, PRINCIPALS);
  const cases = !files
    ? graphqlCases
    : options.onlyFileRoutes
      ? fileCaseArbitrary(files, PRINCIPALS)
      : fc.oneof({ weight: 2, arbitrary: graphqlCases }, { weight: 1, arbitrary: fileCaseArbitrary(files, PRINCIPALS) });
  console.log(
    `\nfuzzing: seed ${options.seed}, at most ${options.runs} cases or ${options.minutes} min, ${operations.length} operations (${operations.filter((o) => o.kind === 'query').length} queries, ${operations.filter((o) => o.kind === 'mutation').length} mutations, ${operations.filter((o) => o.kind === 'subscription').length} subscriptions), ${PRINCIPALS.length} principals: ${PRINCIPALS.join(', ')}${files ? `; file routes ${options.onlyFileRoutes ? 'alone' : 'too'}: ${Object.values(FILE_ROUTES).join(', ')}` : ''}`,
  );
  const findings = new Map();
  const started = performance.now();
  const progress = setInterval(() => {
    const s = runner.stats;
    console.log(
      `  ${((performance.now() - started) / 1000).toFixed(0).padStart(5)} s  cases ${String(s.cases).padStart(7)}  (${(s.cases / ((performance.now() - started) / 1000)).toFixed(1)}/s)  refused ${s.refused}  violations ${[...findings.values()].reduce((n, f) => n + f.count, 0)}`,
    );
  }, options.progressSeconds * 1000);
  let failure = null;
  try {
    await fc.assert(
      fc.asyncProperty(cases, async (fuzzCase) => {
        const outcome = await runner.run(fuzzCase);
        for (const violation of outcome.violations) {
          // Grouped by operation and the kind of violation, without the values in it.
          const key = `${fuzzCase.operation}: ${violation.replace(/:.*$/s, '').replace(/[0-9a-f-]{36}/g, '<id>')}`;
          const entry = findings.get(key) ?? {
            count: 0,
            violation,
            example: describeCase(fuzzCase),
            response: JSON.stringify(outcome.response)?.slice(0, 1500),
          };
          entry.count++;
          findings.set(key, entry);
        }
      }),
      { seed: options.seed, numRuns: options.runs, interruptAfterTimeLimit: options.minutes * 60_000, markInterruptAsFailure: false },
    );
  } catch (error) {
    failure = error;
  } finally {
    clearInterval(progress);
  }
  const seconds = (performance.now() - started) / 1000;
  const end = await runner.finish();

  console.log(`\nresults: ${runner.stats.cases} cases in ${seconds.toFixed(0)} s (${(runner.stats.cases / seconds).toFixed(1)} cases/s), seed ${options.seed}`);
  console.log(
    `  mean time per case ${ms((seconds * 1000) / Math.max(1, runner.stats.cases))} = ${((seconds * 1000) / Math.max(1, runner.stats.cases) / (median(typename) + median(checksum))).toFixed(2)}x the floor (round trip + checksum)`,
  );
  for (const line of describeStats(runner.stats)) console.log(`  ${line}`);
  const drawable = [...(options.onlyFileRoutes ? [] : operations.map((o) => o.id)), ...(files ? Object.values(FILE_ROUTES) : [])];
  const unexercised = drawable.filter((id) => !runner.stats.byOperation[id]);
  if (unexercised.length) console.log(`  operations never drawn: ${unexercised.join(', ')}`);
  console.log(`\nviolations: ${findings.size === 0 && !failure ? 'none' : ''}`);
  for (const [key, f] of findings)
    console.log(`  ${key} (${f.count} times)\n    first: ${f.example}\n    violation: ${f.violation.slice(0, 600)}\n    response: ${f.response}`);
  if (failure) console.log(`  stopped at the first violation:\n${String(failure.message ?? failure)}`);
  console.log(
    `\nat the end: /healthz ${end.healthz.status} ${JSON.stringify(end.healthz.body)}, API ${end.apiAlive ? 'running (never exited)' : 'EXITED'}${end.problems.length ? `; problems: ${end.problems.join('; ')}` : ''}`,
  );

  if (options.json) {
    await fsp.writeFile(
      options.json,
      JSON.stringify(
        {
          benchmark: 'fuzz',
          date: new Date().toISOString(),
          machine: machine.lines,
          database: database.description,
          options,
          seconds,
          baseline: { typenameMedianMs: median(typename), checksumMedianMs: median(checksum), tables: snapshot.tables },
          stats: runner.stats,
          violations: Object.fromEntries(findings),
          failure: failure ? String(failure.message ?? failure) : null,
          end,
        },
        null,
        2,
      ),
    );
  }
  await system.stop();
  return findings.size === 0 && !failure && end.problems.length === 0 ? 0 : 1;
});
