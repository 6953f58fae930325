import type { EntityManager } from '@mikro-orm/postgresql';
import type { Log } from '../common/log.js';
import { untilDatabaseAnswers } from '../db/connection-lost.js';
import { claimDerived, completeDerived, failDerived, handBackDerived, reportDerivedProgress } from '../derived/derived-lifecycle.js';
import { IdleStretchScan } from '../idle-stretches/idle-stretch-scan.entity.js';
import { MediaError } from '../media/media-error.js';
import type { MediaTools } from '../media/media-tools.js';
import { findStillStretches } from '../media/still-stretches.js';
import type { LocalCopy } from '../storage/local-copy.js';
import { StoreError } from '../storage/object-store.js';
import type { SourceCache } from '../storage/source-cache.js';
import type { StopReason } from './export-recording.job.js';
import { sourceCopy } from './source-copy.js';

export interface IdleStretchScanRun {
  em: EntityManager;
  taskServiceId: string;
  mediaTools: MediaTools;
  sources: SourceCache;
  timeoutSeconds: number;
  ffmpegThreads?: number;
  /** The scan's heartbeat is renewed at least this often, even while ffmpeg reports nothing. */
  heartbeatIntervalMs: number;
  log: Log;
}

/** How a run ended: a handed-back scan must be queued again by the worker. */
export type IdleStretchScanResult = 'ready' | 'failed' | 'not-claimed' | 'lost' | 'handed-back';

const TABLE = 'idle_stretch_scans';
const PROGRESS_INTERVAL_MS = 500;

/**
 * Scans one video recording for idle stretches: claims the scan (only a PENDING one can be
 * claimed, so a duplicate job is harmless), decodes the recording's source with ffmpeg's
 * freezedetect, and keeps the still stretches on the row (READY); or FAILED with the reason. The
 * `signal` stops it: 'shutdown' hands it back to the queue.
 */
export async function runIdleStretchScan(run: IdleStretchScanRun, scanId: string, signal: AbortSignal & { reason?: unknown }): Promise<IdleStretchScanResult> {
  const em = run.em.fork();
  const claimed = await em.transactional((tx) => claimDerived(tx, TABLE, scanId, run.taskServiceId));
  if (!claimed) return 'not-claimed';
  const { recording } = await em.findOneOrFail(IdleStretchScan, { id: scanId }, { populate: ['recording'] });
  let source: LocalCopy | null = null;
  run.log(`idle stretch scan ${scanId}: scanning recording ${recording.id} (${recording.format}, ${recording.durationSeconds} s)`);

  let fraction = 0;
  let lastProgressAt = 0;
  let progressWrite: Promise<unknown> = Promise.resolve();
  // Chained so that writes land in order and never overtake the final status; progress is advisory.
  const writeProgress = () => {
    lastProgressAt = Date.now();
    progressWrite = progressWrite.then(() => reportDerivedProgress(em.fork(), TABLE, claimed, fraction).catch(() => undefined));
  };
  const onProgress = (read: number) => {
    fraction = Math.min(read, 0.99);
    if (Date.now() - lastProgressAt >= PROGRESS_INTERVAL_MS) writeProgress();
  };
  // ffmpeg may say nothing for a while (a slow store, a long first keyframe): the heartbeat goes on.
  const heartbeat = setInterval(writeProgress, run.heartbeatIntervalMs);

  try {
    source = await sourceCopy(run.sources, recording);
    const stretches = await findStillStretches({
      ffmpegPath: run.mediaTools.ffmpegPath,
      input: source.path,
      durationSeconds: recording.durationSeconds,
      signal,
      timeoutMs: run.timeoutSeconds * 1000,
      threads: run.ffmpegThreads || undefined,
      onProgress,
    });
    clearInterval(heartbeat);
    await progressWrite;
    const ready = await untilDatabaseAnswers(() => completeDerived(em.fork(), TABLE, claimed, { stretches: JSON.stringify(stretches) }), {
      what: `idle stretch scan ${scanId}: completing`,
      log: run.log,
      signal,
    });
    if (!ready) return 'lost';
    run.log(`idle stretch scan ${scanId}: ${stretches.length} idle stretches`);
    return 'ready';
  } catch (error) {
    clearInterval(heartbeat);
    await progressWrite;
    if (error instanceof MediaError && error.kind === 'CANCELLED') {
      if (signal.reason === ('shutdown' satisfies StopReason)) return (await handBackDerived(em.fork(), TABLE, claimed)) ? 'handed-back' : 'lost';
      return 'lost';
    }
    const message =
      error instanceof MediaError
        ? error.message
        : error instanceof StoreError
          ? `The recording could not be read from the storage: ${error.message}`
          : `The scan stopped on an internal error: ${(error as Error).message}`;
    run.log(`idle stretch scan ${scanId}: failed: ${message}`);
    await untilDatabaseAnswers(() => failDerived(em.fork(), TABLE, claimed, message), {
      what: `idle stretch scan ${scanId}: recording the failure`,
      log: run.log,
      signal,
    });
    return 'failed';
  } finally {
    clearInterval(heartbeat);
    await source?.release().catch(() => undefined);
  }
}
