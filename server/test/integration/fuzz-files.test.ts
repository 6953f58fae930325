import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  askedRanges,
  createFuzzRunner,
  describeStats,
  FILE_ROUTES,
  type FileRoutesWorld,
  type FuzzWorld,
  fileCaseArbitrary,
  fileRouteSender,
  PRINCIPALS,
  prepareFileRoutes,
  prepareFuzzWorld,
} from '../support/fuzz/index.mjs';
import { ADMIN, startSystem, type System } from '../support/system.js';

/*
 * The HTTP file routes fuzzed (see test/support/fuzz/file-routes.mjs): downloads, playback,
 * browser previews and evidence bundles with any id, Range and credential; the audit CSV with any filters; uploads
 * with any name, type, metadata, body and size; other methods. A bounded run with a fixed seed;
 * `node bench/fuzz.mjs --file-routes` runs longer ones. Replay: FUZZ_SEED=<seed> npx vitest run
 * test/integration/fuzz-files.test.ts
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
// A fixed number of cases, not a time budget: the same seed then replays exactly the same cases,
// and a loaded machine makes the run longer, never thinner. `bench/fuzz.mjs` runs long ones.
const RUNS = Number(process.env.FUZZ_RUNS ?? 250);
// The smallest upload limit there is, so that bodies over it stay small.
const MAX_UPLOAD_MB = 1;

describe('fuzz: the file routes, as every principal', () => {
  let system: System;
  let world: FuzzWorld;
  let files: FileRoutesWorld;

  beforeAll(async () => {
    system = await startSystem(inject('pgServerUrl'), {
      workers: 1,
      env: { CUSTODIAN_SIGN_IN_LIMIT_PER_ADDRESS: '1000000', CUSTODIAN_MAX_UPLOAD_MB: String(MAX_UPLOAD_MB) },
    });
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
    files = await prepareFileRoutes(system, world, { maxUploadBytes: MAX_UPLOAD_MB * 1024 * 1024 });
  });

  afterAll(() => system?.stop());

  it('reads Range headers as RFC 9110 does (the oracle of the 206 and 416 checks)', () => {
    expect(askedRanges('bytes=0-9', 100)).toEqual([{ start: 0, end: 9 }]);
    expect(askedRanges('bytes=90-', 100)).toEqual([{ start: 90, end: 99 }]);
    expect(askedRanges('bytes=-10', 100)).toEqual([{ start: 90, end: 99 }]);
    expect(askedRanges('bytes=0-999', 100)).toEqual([{ start: 0, end: 99 }]);
    expect(askedRanges('bytes=100-', 100)).toEqual([]);
    expect(askedRanges('bytes=-0', 100)).toEqual([]);
    expect(askedRanges('bytes=9-5', 100)).toBeNull();
    expect(askedRanges('items=0-5', 100)).toBeNull();
    expect(askedRanges('bytes=0-1, 5-6', 100)).toEqual([
      { start: 0, end: 1 },
      { start: 5, end: 6 },
    ]);
  });

  it('refuses as bad input what PostgreSQL cannot hold, and answers paths no route takes in JSON (cases the fuzzer found)', async () => {
    const requester = world.principals['LOGGING_READER+PRIVILEGED_PLAYER']!.token;
    const admin = world.principals.ADMINISTRATOR!.token;
    const send = async (path: string, init: RequestInit = {}, token = requester) => {
      const response = await fetch(`${system.url}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...init.headers } });
      return { status: response.status, body: await response.json() };
    };
    const badInput = { status: 400, body: { error: { code: 'BAD_USER_INPUT', message: expect.any(String) } } };
    const auditRows = async () => (await system.sql<{ n: number }>('select count(*)::int as n from audit_events'))[0]!.n;
    const rowsBefore = await auditRows();
    // A NUL would reach an audit row, which PostgreSQL refuses (it was a 503 and no audit row).
    expect(await send('/exports/%00/file')).toMatchObject(badInput);
    expect(await send(`/api/recordings/${files.recordings[0]!.id}%00/media`)).toMatchObject(badInput);
    expect(await send(`/exports/evidence-bundle?tasks=%00,${files.tasks[0]!.id}`)).toMatchObject(badInput);
    expect(await send('/api/recordings?filename=a%00.mkv', { method: 'POST', body: new Uint8Array(files.recordings[0]!.bytes) }, admin)).toMatchObject(
      badInput,
    );
    // A year PostgreSQL cannot hold (the CSV was cut off after its header).
    expect(await send('/api/audit/export.csv?to=-271821-04-20T00:00:00Z')).toMatchObject(badInput);
    expect(await send('/api/audit/export.csv?from=0000-01-01T00:00:00Z')).toMatchObject(badInput);
    // Bad input is not a refusal: nothing audited.
    expect(await auditRows()).toBe(rowsBefore);
    // An upload starting in year 0 (it was a 500): nothing cataloged.
    const recordings = await system.sql('select id from recordings');
    const late = Buffer.concat([files.recordings[0]!.bytes, Buffer.from('year zero')]);
    const upload = await send(
      '/api/recordings?filename=late.mkv',
      { method: 'POST', body: new Uint8Array(late), headers: { 'x-recording-metadata': '{"startedAt": "0000-01-01T00:00:00Z"}' } },
      admin,
    );
    expect(upload).toMatchObject(badInput);
    expect(await system.sql('select id from recordings')).toHaveLength(recordings.length);
    // Paths and methods no route takes: the routes' JSON, not the framework's HTML page.
    const nothingHere = { status: 404, body: { error: { code: 'NOT_FOUND', message: expect.any(String) } } };
    expect(await send(`/exports/${files.tasks[0]!.id}/file`, { method: 'DELETE' })).toMatchObject(nothingHere);
    expect(await send('/api/recordings/../media')).toMatchObject(nothingHere);
    expect(await send('/api/nothing')).toMatchObject(nothingHere);
  });

  it('answers documented statuses and codes, gives files only to whom the rules allow, the right bytes, and leaves nothing behind', async () => {
    const runner = await createFuzzRunner({ url: system.url, sql: system.sql, apiProcess: system.api.child }, world, {
      sendFileCase: fileRouteSender(files),
    });
    console.log(`fuzz of the file routes: seed ${SEED}, ${RUNS} runs (replay: FUZZ_SEED=${SEED})`);
    const started = performance.now();
    try {
      await fc.assert(
        fc.asyncProperty(fileCaseArbitrary(files, PRINCIPALS), async (fuzzCase) => {
          await runner.run(fuzzCase);
        }),
        { seed: SEED, numRuns: RUNS },
      );
    } finally {
      console.log(`fuzz of the file routes: ${((performance.now() - started) / 1000).toFixed(1)} s, seed ${SEED}\n${describeStats(runner.stats).join('\n')}`);
    }
    const end = await runner.finish();
    expect(end.problems).toEqual([]);
    expect(runner.stats.cases).toBe(RUNS);
    expect(Object.keys(runner.stats.byOperation).sort()).toEqual(Object.values(FILE_ROUTES).sort());
    // Files were given out, not only refused: each route that hands one out did so at least once.
    for (const route of [FILE_ROUTES.download, FILE_ROUTES.media, FILE_ROUTES.preview, FILE_ROUTES.bundle, FILE_ROUTES.csv, FILE_ROUTES.upload])
      expect(runner.stats.byOperation[route]?.accepted, route).toBeGreaterThan(0);
  });
});
