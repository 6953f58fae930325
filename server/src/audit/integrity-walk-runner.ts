import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type WalkRequest, type WalkResult, walkChain } from './integrity-walk.js';

const workerFile = fileURLToPath(new URL('./integrity-walk.worker.js', import.meta.url));

/**
 * Runs the chain walk in a worker thread. The worker needs the compiled JavaScript; when the
 * TypeScript sources run directly (the unit and medium tests) there is none, and the walk runs
 * here instead: the same function, on a connection of its own either way.
 */
export function runChainWalk(request: WalkRequest): Promise<WalkResult> {
  if (!existsSync(workerFile)) return walkChain(request);
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: request });
    let settled = false;
    worker.once('message', (message: { result?: WalkResult; error?: string }) => {
      settled = true;
      if (message.result) resolve(message.result);
      else reject(new Error(`audit chain walk failed: ${message.error}`));
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`audit chain walk stopped (exit code ${code})`));
    });
  });
}
