import fs from 'node:fs';
import path from 'node:path';

/** Integration tests drive the compiled server as separate processes, so it must be built first. */
export function setup(): void {
  const api = path.resolve(import.meta.dirname, '../../dist/api.js');
  if (!fs.existsSync(api)) throw new Error('The server is not built: run `npm run build` first (npm test does).');
}
