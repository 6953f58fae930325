import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The API server the dev server forwards to. In production that server serves this build itself. */
const apiTarget = process.env.CUSTODIAN_API_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      // The Host header is passed through unchanged (no changeOrigin): the server accepts a
      // cookie-authenticated websocket only when its Origin matches the Host it was sent to.
      '/graphql': { target: apiTarget, ws: true },
      '/exports': { target: apiTarget },
      '/api': { target: apiTarget },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Source maps stay out of the build: the server would otherwise publish the sources.
    sourcemap: false,
  },
});
