import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code (src/**/*.test.ts) and cover its pure parts, so Node is
// environment enough and no DOM is emulated. The app build never sees them: Vite bundles only
// what index.html reaches.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
