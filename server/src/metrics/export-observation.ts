import { performance } from 'node:perf_hooks';
import type { MediaErrorKind } from '../media/media-error.js';
import { exportDuration, exportedBytes, exportFailures, exportQueueWait } from './instruments.js';

/*
 * Export metrics are observed where exports run: in the task service, once per event, whichever
 * process it lives in. An API process would see the same events through notifications, but every
 * API process sees every event (summing them would count each export several times), and only
 * while somebody subscribes. The reaper counts the tasks it fails, in whichever process runs it.
 */

/**
 * Why an export task became FAILED: the media error's kind, the storage, a task service that
 * stopped responding, a signing key that may not sign (signing/active-signing-key.ts), or anything else.
 */
export type FailureReason = MediaErrorKind | 'STORAGE' | 'TASK_SERVICE_LOST' | 'SIGNING_KEY' | 'INTERNAL';

/** A task service claimed a task: its wait since the request counts once, on the first attempt. */
export function exportClaimed(task: { requestedAt: Date; startedAt: Date | null }, attempt: number): () => number {
  if (attempt === 1 && task.startedAt) exportQueueWait.observe(Math.max(0, (task.startedAt.getTime() - task.requestedAt.getTime()) / 1000));
  const started = performance.now();
  return () => (performance.now() - started) / 1000;
}

export function exportCompleted(seconds: number, sizeBytes: number): void {
  exportDuration.observe({ outcome: 'completed' }, seconds);
  exportedBytes.inc(sizeBytes);
}

export function exportFailed(reason: FailureReason, seconds?: number): void {
  if (seconds !== undefined) exportDuration.observe({ outcome: 'failed' }, seconds);
  exportFailures.inc({ reason: reason.toLowerCase() });
}
