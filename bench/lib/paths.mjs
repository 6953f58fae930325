import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const REPO_DIR = path.resolve(import.meta.dirname, '../..');
export const SERVER_DIST = path.join(REPO_DIR, 'server', 'dist');

export function requireBuiltServer() {
  if (!fs.existsSync(path.join(SERVER_DIST, 'api.js')) || !fs.existsSync(path.join(SERVER_DIST, 'worker.js'))) {
    throw new Error(`The server is not built (no ${SERVER_DIST}/api.js): run \`cd server && npx tsc -p tsconfig.json\` (or \`npm run build\`) first.`);
  }
}

/** Imports a module of the compiled server, e.g. importDist('media/transcode.js'). */
export function importDist(relative) {
  requireBuiltServer();
  return import(pathToFileURL(path.join(SERVER_DIST, relative)).href);
}
