import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  createFuzzRunner,
  describeStats,
  type FuzzWorld,
  fuzzCaseArbitrary,
  loadSchema,
  PRINCIPALS,
  prepareFuzzWorld,
  rootOperations,
  tableSnapshotter,
} from '../support/fuzz/index.mjs';
import { ADMIN, startSystem, type System } from '../support/system.js';

/*
 * Hostile and random values for every argument of every query, mutation and subscription in
 * schema/schema.graphql, as every role, over HTTP and websockets (see test/support/fuzz). A
 * bounded run with a fixed seed; bench/fuzz.mjs runs longer ones. Replay a failure with the seed
 * (and the path fast-check prints): FUZZ_SEED=<seed> npx vitest run test/integration/fuzz.test.ts
 *
 * The documents are made from the schema at run time, not written here, so they are sent as text
 * rather than as typed documents.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
// A fixed number of cases, not a time budget: the same seed then replays exactly the same cases,
// and a loaded machine makes the run longer, never thinner. `bench/fuzz.mjs` runs long ones.
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);

describe('fuzz: every argument of every operation, as every role', () => {
  let system: System;
  let world: FuzzWorld;

  beforeAll(async () => {
    // Failed sign-ins of one address would otherwise be refused before the fuzzer is done.
    system = await startSystem(inject('pgServerUrl'), { workers: 1, env: { CUSTODIAN_SIGN_IN_LIMIT_PER_ADDRESS: '1000000' } });
    world = await prepareFuzzWorld(
      {
        url: system.url,
        sql: system.sql,
        cli: system.cli,
        dataDir: system.dataDir,
        admin: ADMIN,
        stopWorkers: async () => {
          for (const worker of system.workers) worker.child.kill('SIGTERM');
          await Promise.all(system.workers.map((w) => w.exited));
        },
      },
      { log: console.log },
    );
  });

  afterAll(() => system?.stop());

  it('answers with documented codes only, changes nothing when it refuses, and keeps running', async () => {
    // The checksums must see a change, or "a refusal changes nothing" would hold for nothing.
    const snapshot = await tableSnapshotter(system.sql);
    const before = await snapshot();
    await system.sql("update groups set name = name || ' (renamed)' where name = 'fuzz-empty'");
    expect((await snapshot()).get('groups')).not.toEqual(before.get('groups'));
    await system.sql("update groups set name = 'fuzz-empty' where name = 'fuzz-empty (renamed)'");
    expect(await snapshot()).toEqual(before);

    const operations = rootOperations(loadSchema());
    const runner = await createFuzzRunner({ url: system.url, sql: system.sql, apiProcess: system.api.child }, world);
    console.log(`fuzz: seed ${SEED}, ${RUNS} runs, ${operations.length} operations, ${PRINCIPALS.length} principals (replay: FUZZ_SEED=${SEED})`);
    const started = performance.now();
    try {
      await fc.assert(
        fc.asyncProperty(fuzzCaseArbitrary(operations, world.pools, PRINCIPALS), async (fuzzCase) => {
          await runner.run(fuzzCase);
        }),
        { seed: SEED, numRuns: RUNS },
      );
    } finally {
      console.log(`fuzz: ${((performance.now() - started) / 1000).toFixed(1)} s, seed ${SEED}\n${describeStats(runner.stats).join('\n')}`);
    }
    const end = await runner.finish();
    expect(end.problems).toEqual([]);
    expect(runner.stats.cases).toBe(RUNS);
    expect(Object.keys(runner.stats.byPrincipal).sort()).toEqual([...PRINCIPALS].sort());
  });
});
