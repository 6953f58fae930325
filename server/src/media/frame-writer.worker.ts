import { parentPort, workerData } from 'node:worker_threads';
import { type FrameWriterSetup, serveFrames } from './frame-writer.js';

/** The frame writer in a thread of its own: its setup in workerData, requests and events over the parent port. */
serveFrames(parentPort!, workerData as FrameWriterSetup);
