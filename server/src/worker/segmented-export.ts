import { rmdir } from 'node:fs/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Log } from '../common/log.js';
import { pause } from '../common/pause.js';
import { untilDatabaseAnswers } from '../db/connection-lost.js';
import {
  claimSegment,
  completeSegment,
  type ExportSegment,
  forgetSegmentOutput,
  layOutSegments,
  releaseSegment,
  type SegmentClaim,
  segmentHeartbeat,
  segmentsOf,
  takeBackSilentSegments,
} from '../exports/export-segments.js';
import type { Claim } from '../exports/export-task-lifecycle.js';
import { ExportTask } from '../exports/export-task.entity.js';
import type { ConversionReport } from '../media/conversion-report.js';
import { joinSegments } from '../media/join-segments.js';
import { cancelled, MediaError, type MediaErrorKind } from '../media/media-error.js';
import type { MediaTools } from '../media/media-tools.js';
import { keyframeTimes } from '../media/probe.js';
import { planSegments } from '../media/segment-plan.js';
import { transcodeToMp4 } from '../media/transcode.js';
import type { Recording } from '../recordings/recording.entity.js';
import { type LocalCopy, localCopy } from '../storage/local-copy.js';
import { StoreError } from '../storage/object-store.js';
import type { SourceCache } from '../storage/source-cache.js';
import type { Storage } from '../storage/storage.js';
import { exportOutput } from './export-output.js';
import { sourceCopy } from './source-copy.js';

/**
 * Long video recordings exported in parallel. The task service that claimed the export task (the
 * coordinator) lists the source's keyframes, lays out segments of about `segmentSeconds` that
 * start on keyframes (media/segment-plan.ts), and queues one job per segment: every task service
 * with a free slot takes one and encodes that range alone, with the export's own arguments. The
 * coordinator encodes pending segments itself too, so an export never waits for a free task
 * service elsewhere, and takes back segments whose task service went silent (only those are
 * encoded again). When all are stored and hashed, it joins them without re-encoding
 * (media/join-segments.ts) into the export's MP4; the manifest lists every segment.
 */

export interface SegmentDeps {
  em: EntityManager;
  taskServiceId: string;
  log: Log;
  mediaTools: MediaTools;
  /** The source is read through `sources`; segments and the joined MP4 are stored in `exports`. */
  sources: SourceCache;
  storage: Pick<Storage, 'exports'>;
  exportTimeoutSeconds: number;
  skipUnchangedFrames: boolean;
  /** Threads of each ffmpeg run; 0 lets ffmpeg decide. */
  ffmpegThreads: number;
  /** A segment whose task service renewed nothing for this long is encoded again elsewhere. */
  heartbeatTimeoutSeconds: number;
  /** Puts segment jobs on the queue for every task service. */
  queueSegments(segmentIds: readonly string[]): Promise<void>;
}

/** A segment's heartbeat and progress are written this often while it is encoded. */
const SEGMENT_HEARTBEAT_MS = 1000;
/** How often the coordinator looks at segments others encode, and reports the combined progress. */
const WATCH_MS = 1000;
/** The share of the task's progress bar given to encoding; the rest is the join. */
const ENCODING_SHARE = 0.97;

export type SegmentRunResult = 'completed' | 'failed' | 'lost' | 'handed-back' | 'not-claimed';

/** The export-recording job for one segment, on any task service. */
export async function runExportSegment(deps: SegmentDeps, segmentId: string, signal: AbortSignal): Promise<SegmentRunResult> {
  const em = deps.em.fork();
  const claim = await em.transactional((tx) => claimSegment(tx, { segmentId }, deps.taskServiceId));
  if (!claim) return 'not-claimed';
  const task = await em.findOneOrFail(ExportTask, { id: claim.taskId }, { populate: ['recording'] });
  let source: LocalCopy | null = null;
  try {
    source = await sourceCopy(deps.sources, task.recording);
    return await encodeSegment(deps, claim, task.recording, source.path, signal);
  } catch (error) {
    // The source could not be had: the segment fails like an encoding would.
    return failSegment(deps, em, claim, error);
  } finally {
    await source?.release().catch(() => undefined);
  }
}

/**
 * Encodes a claimed segment and records the result. Failures are recorded on the segment (and
 * retried there), never thrown: the coordinator decides what they mean for the task.
 */
async function encodeSegment(deps: SegmentDeps, claim: SegmentClaim, recording: Recording, source: string, signal: AbortSignal): Promise<SegmentRunResult> {
  const em = deps.em.fork();
  const key = `segments/${claim.taskId}/${claim.index}-${claim.attempt}.mp4`;
  const controller = new AbortController();
  const follow = () => controller.abort(signal.reason);
  if (signal.aborted) follow();
  signal.addEventListener('abort', follow, { once: true });
  let progress = 0;
  const beat = setInterval(() => {
    segmentHeartbeat(em.fork(), claim, progress).then(
      (held) => {
        if (!held && !controller.signal.aborted) controller.abort('lost');
      },
      // The database away: encoding goes on, and the result is recorded once it answers.
      () => undefined,
    );
  }, SEGMENT_HEARTBEAT_MS);
  const output = await exportOutput(deps.storage.exports, key);
  const name = `export task ${claim.taskId}: segment ${claim.index}`;
  try {
    deps.log(`${name} (${claim.startSeconds.toFixed(1)}-${claim.endSeconds.toFixed(1)} s): encoding (attempt ${claim.attempt})`);
    const result = await transcodeToMp4({
      ffmpegPath: deps.mediaTools.ffmpegPath,
      ffmpegVersion: deps.mediaTools.ffmpegVersion,
      input: source,
      output: output.path,
      durationSeconds: claim.endSeconds - claim.startSeconds,
      range: claim,
      // The plan's last segment ends at the recording's duration; only it keeps its last second whole.
      endsRecording: claim.endSeconds >= recording.durationSeconds,
      hasAudio: recording.hasAudio,
      skipUnchangedFrames: deps.skipUnchangedFrames,
      threads: deps.ffmpegThreads || undefined,
      signal: controller.signal,
      timeoutMs: deps.exportTimeoutSeconds * 1000,
      onProgress: ({ fraction }) => (progress = fraction),
    });
    await output.publish({ sha256: result.outputSha256, sizeBytes: result.outputSizeBytes });
    const stored = { location: key, sha256: result.outputSha256, sizeBytes: result.outputSizeBytes, arguments: result.arguments };
    const held = await untilDatabaseAnswers(() => em.transactional((tx) => completeSegment(tx, claim, stored)), {
      what: `${name}: recording it`,
      log: deps.log,
      signal: controller.signal,
    });
    if (!held) {
      await output.discard();
      return 'lost';
    }
    deps.log(`${name}: encoded (${result.outputSizeBytes} bytes)`);
    return 'completed';
  } catch (error) {
    await output.discard().catch(() => undefined);
    if (error instanceof MediaError && error.kind === 'CANCELLED') {
      if (controller.signal.reason !== 'shutdown') return 'lost';
      const status = await em.transactional((tx) => releaseSegment(tx, claim, null)).catch(() => null);
      if (status === 'PENDING') await deps.queueSegments([claim.segmentId]).catch(() => undefined);
      return 'handed-back';
    }
    return failSegment(deps, em, claim, error);
  } finally {
    clearInterval(beat);
    signal.removeEventListener('abort', follow);
    await output.release().catch(() => undefined);
  }
}

async function failSegment(deps: SegmentDeps, em: EntityManager, claim: SegmentClaim, error: unknown): Promise<SegmentRunResult> {
  const failure =
    error instanceof MediaError
      ? { message: error.message, kind: error.kind, retryable: error.retryable }
      : error instanceof StoreError
        ? { message: `the storage failed: ${error.message}`, kind: 'FFMPEG_FAILED', retryable: true }
        : { message: `an internal error: ${(error as Error).message}`, kind: 'FFMPEG_FAILED', retryable: true };
  const status = await untilDatabaseAnswers(() => em.transactional((tx) => releaseSegment(tx, claim, failure)), {
    what: `export task ${claim.taskId}: segment ${claim.index}: recording the failure`,
    log: deps.log,
  }).catch(() => null);
  deps.log(
    `export task ${claim.taskId}: segment ${claim.index} failed${status === 'PENDING' ? ' (to be encoded again)' : status === 'FAILED' ? ' (the export fails)' : ''}: ${failure.message}`,
  );
  if (status === 'PENDING') await deps.queueSegments([claim.segmentId]).catch(() => undefined);
  return 'failed';
}

export interface SegmentedExport {
  claimed: Claim;
  recording: Recording;
  /** The source as a local file. */
  source: string;
  /** Where the joined MP4 goes. */
  output: string;
  exportId: string;
  segmentSeconds: number;
  signal: AbortSignal;
  onProgress(progress: { fraction: number }): void;
}

/**
 * Exports a long video recording in segments (see the module's comment). Returns null when the
 * recording is not worth splitting (short, or too few keyframes to cut on): it is then
 * transcoded whole as before.
 */
export async function transcodeInSegments(deps: SegmentDeps, job: SegmentedExport): Promise<ConversionReport | null> {
  const { claimed, recording, signal } = job;
  if (!(job.segmentSeconds > 0) || recording.durationSeconds < job.segmentSeconds * 1.5) return null;
  const keyframes = await keyframeTimes(deps.mediaTools.ffprobePath, job.source, { signal });
  const plan = planSegments(recording.durationSeconds, keyframes, job.segmentSeconds);
  if (plan.length < 2) return null;

  const em = deps.em.fork();
  const laid = await em.transactional((tx) => layOutSegments(tx, claimed, plan));
  if (!laid) throw cancelled();
  for (const location of laid.replacedOutputs) await deps.storage.exports.delete(location).catch(() => undefined);
  await deps.queueSegments(laid.pending);
  deps.log(`export task ${claimed.taskId}: ${plan.length} segments of about ${job.segmentSeconds} s, ${laid.pending.length} to encode`);

  const watch = setInterval(() => {
    segmentsOf(em.fork(), claimed.taskId).then(
      (segments) => job.onProgress({ fraction: ENCODING_SHARE * encodedShare(segments) }),
      () => undefined,
    );
  }, WATCH_MS);
  let keepOutputs = false;
  try {
    for (;;) {
      const segments = await encodeAll(deps, job);
      const report = await join(deps, job, segments);
      if (!report) continue;
      return {
        ...report,
        segments: segments.map((s) => ({
          index: s.index,
          startSeconds: s.startSeconds,
          endSeconds: s.endSeconds,
          taskServiceId: s.taskServiceId ?? '',
          arguments: s.arguments ?? [],
          sha256: s.outputSha256 ?? '',
          sizeBytes: s.outputSizeBytes ?? 0,
        })),
      };
    }
  } catch (error) {
    // Handed back on shutdown: the next attempt keeps what was encoded.
    keepOutputs = error instanceof MediaError && error.kind === 'CANCELLED' && signal.reason === 'shutdown';
    throw error;
  } finally {
    clearInterval(watch);
    // Segment files are working files: once joined (the export is its own file now), failed or
    // cancelled, they go. A later attempt that finds one gone encodes that segment again.
    if (!keepOutputs) await removeSegmentOutputs(deps, claimed.taskId);
  }
}

/** Encodes pending segments here and waits for the others, until every one is stored; throws when one failed for good. */
async function encodeAll(deps: SegmentDeps, job: SegmentedExport): Promise<ExportSegment[]> {
  const { claimed, signal } = job;
  const em = deps.em.fork();
  for (;;) {
    if (signal.aborted) throw cancelled();
    const mine = await em.transactional((tx) => claimSegment(tx, { taskId: claimed.taskId }, deps.taskServiceId));
    if (mine) {
      await encodeSegment(deps, mine, job.recording, job.source, signal);
      continue;
    }
    const segments = await segmentsOf(em, claimed.taskId);
    const failed = segments.find((s) => s.status === 'FAILED');
    if (failed) {
      throw new MediaError(
        (failed.errorKind as MediaErrorKind | null) ?? 'FFMPEG_FAILED',
        `Segment ${failed.index + 1} of ${segments.length} (${failed.startSeconds.toFixed(1)} to ${failed.endSeconds.toFixed(1)} s) could not be encoded: ${failed.error ?? 'no reason was recorded'}`,
      );
    }
    if (segments.length > 0 && segments.every((s) => s.status === 'COMPLETED')) return segments;
    const silent = await em.transactional((tx) => takeBackSilentSegments(tx, claimed.taskId, deps.heartbeatTimeoutSeconds));
    if (silent.length > 0) {
      deps.log(`export task ${claimed.taskId}: ${silent.length} segment(s) taken back from a silent task service, to be encoded again`);
      await deps.queueSegments(silent);
      continue;
    }
    await pause(WATCH_MS / 2, signal);
  }
}

/** Joins the stored segments into the export's MP4; null when a segment's file was gone (it is then encoded again). */
async function join(deps: SegmentDeps, job: SegmentedExport, segments: readonly ExportSegment[]): Promise<ConversionReport | null> {
  const copies: LocalCopy[] = [];
  try {
    for (const segment of segments) {
      const stored = segment.outputLocation ? await deps.storage.exports.head(segment.outputLocation) : null;
      if (!stored) {
        deps.log(`export task ${job.claimed.taskId}: segment ${segment.index}'s file is gone; encoding it again`);
        if (!(await deps.em.fork().transactional((tx) => forgetSegmentOutput(tx, segment.id)))) throw cancelled();
        return null;
      }
      copies.push(await localCopy(deps.storage.exports, segment.outputLocation!));
    }
    return await joinSegments({
      ffmpegPath: deps.mediaTools.ffmpegPath,
      ffmpegVersion: deps.mediaTools.ffmpegVersion,
      parts: segments.map((s, i) => ({ file: copies[i]!.path, durationSeconds: s.endSeconds - s.startSeconds })),
      output: job.output,
      exportId: job.exportId,
      signal: job.signal,
      timeoutMs: deps.exportTimeoutSeconds * 1000,
    });
  } finally {
    for (const copy of copies) await copy.release().catch(() => undefined);
  }
}

/** The share of the recording encoded so far, by segment length. */
export function encodedShare(segments: readonly Pick<ExportSegment, 'startSeconds' | 'endSeconds' | 'progress' | 'status'>[]): number {
  const total = segments.reduce((sum, s) => sum + (s.endSeconds - s.startSeconds), 0);
  if (!(total > 0)) return 0;
  const done = segments.reduce((sum, s) => sum + (s.endSeconds - s.startSeconds) * (s.status === 'COMPLETED' ? 1 : Math.min(1, s.progress)), 0);
  return done / total;
}

async function removeSegmentOutputs(deps: SegmentDeps, taskId: string): Promise<void> {
  const segments = await segmentsOf(deps.em.fork(), taskId).catch(() => []);
  for (const segment of segments) if (segment.outputLocation) await deps.storage.exports.delete(segment.outputLocation).catch(() => undefined);
  // A folder store keeps the task's segment folder, now empty (a bucket has no folders).
  const folder = segments.length > 0 ? deps.storage.exports.localPath(`segments/${taskId}`) : null;
  if (folder) await rmdir(folder).catch(() => undefined);
}
