import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code (src/**/*.test.ts) and import it directly; they cover pure parts
// only, because vitest's transformer emits no decorator metadata. Integration tests (test/) drive
// the compiled server as separate processes over HTTP and websockets, against a real PostgreSQL
// and a real ffmpeg.
export default defineConfig({
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
