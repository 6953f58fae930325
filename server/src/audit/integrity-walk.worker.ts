import { parentPort, workerData } from 'node:worker_threads';
import { type WalkRequest, walkChain } from './integrity-walk.js';

/** The chain walk in a thread of its own: one request in workerData, one result (or error) back. */
walkChain(workerData as WalkRequest).then(
  (result) => parentPort!.postMessage({ result }),
  (error: Error) => parentPort!.postMessage({ error: error.message }),
);
