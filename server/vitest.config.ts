import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';
import { LongWaitsFirst } from './test/support/sequencer.js';

/*
 * Three kinds of tests:
 * - unit (src/**\/*.test.ts): beside the code, no database;
 * - medium (test/medium): services built in this process against a real PostgreSQL with the real
 *   migration, one database per test file;
 * - integration (test/integration): the compiled server run as separate processes and driven over
 *   HTTP and websockets, with a real PostgreSQL and a real ffmpeg.
 * SWC compiles the sources with decorator metadata, which type-graphql and MikroORM read (esbuild,
 * vitest's default, emits none).
 */
const postgres = ['test/support/global-setup.ts'];

const integration = {
  globalSetup: ['test/support/require-build.ts', ...postgres],
  testTimeout: 120_000,
  hookTimeout: 180_000,
};

/*
 * Integration files whose assertions depend on timing (heartbeat timeouts, throttles, outages,
 * frozen or killed processes) or that load both cores by themselves run one at a time, after the
 * others, so that no other file's load can make them miss a deadline. faults-worker-cut is not
 * one of them: its deadlines are tens of seconds, and most of its run is a minute of waiting,
 * which it spends beside the other integration files (started first, see support/sequencer.ts).
 */
const timingSensitive = [
  'test/integration/faults-database.test.ts',
  'test/integration/faults-disk.test.ts',
  'test/integration/faults-ffmpeg.test.ts',
  'test/integration/worker-crash.test.ts',
  'test/integration/parallel-export.test.ts',
  'test/integration/task-fanout.test.ts',
  'test/integration/sign-in-limits.test.ts',
  'test/integration/guacamole-reference.test.ts',
];

export default defineConfig({
  plugins: [
    swc.vite({
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: true },
        target: 'es2022',
      },
    }),
  ],
  // One graphql module for everything: type-graphql and the schema must share its classes.
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    /*
     * Every server a test starts inherits these. Password hashes at scrypt's lowest allowed cost
     * (see auth/password-hash.ts): at the default, hashing is a fifth of the CPU of the
     * integration tests, which sign in and create users in every file. The sign-in test that
     * checks the upgrade of old hashes sets the default cost on its own server.
     */
    env: { CUSTODIAN_PASSWORD_HASH_COST: '16384' },
    sequence: { sequencer: LongWaitsFirst },
    projects: [
      // Two files at once: the long ones wait on ffmpeg, and give their slow tests timeouts of their own.
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'], maxWorkers: 2 } },
      {
        extends: true,
        test: {
          name: 'medium',
          include: ['test/medium/**/*.test.ts'],
          globalSetup: postgres,
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Each file has a database of its own and spends most of its time waiting on PostgreSQL,
          // so two at once: in a group of their own, after the unit files (a group shares one
          // number of workers).
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          // Left out by negated patterns rather than `exclude`: a project's own `exclude` replaces
          // the command line's --exclude, which CI's second pass uses to leave the fault tests out.
          include: ['test/integration/**/*.test.ts', ...timingSensitive.map((file) => `!${file}`)],
          ...integration,
          // Most integration time is spent waiting on child processes, so two files at once
          // shorten the run without starving either of CPU. After the unit and medium files
          // (a group shares one number of workers).
          maxWorkers: 2,
          sequence: { groupOrder: 2 },
        },
      },
      {
        extends: true,
        test: {
          name: 'integration-serial',
          include: timingSensitive,
          ...integration,
          fileParallelism: false,
          // After every other file, alone: these measure time or kill and starve processes.
          sequence: { groupOrder: 3 },
        },
      },
    ],
  },
});
