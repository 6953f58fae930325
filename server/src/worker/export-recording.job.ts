import type { EntityManager } from '@mikro-orm/postgresql';
import type { Log } from '../common/log.js';
import { untilDatabaseAnswers } from '../db/connection-lost.js';
import { recordSignedManifest } from '../evidence/manifest-signing.js';
import { signingFacts } from '../evidence/signing-facts.js';
import { requestManifestSignature, SigningRefused } from '../evidence/signing-requests.js';
import { claim, complete, completedBy, fail, handBack, reportProgress, type Claim } from '../exports/export-task-lifecycle.js';
import { ExportTask, TASK_RELATIONS } from '../exports/export-task.entity.js';
import type { RenderOptions } from '../exports/render-options.js';
import type { ConversionReport } from '../media/conversion-report.js';
import { MediaError } from '../media/media-error.js';
import type { MediaTools } from '../media/media-tools.js';
import { probeMedia } from '../media/probe.js';
import { transcodeToMp4 } from '../media/transcode.js';
import { RecordingKind } from '../recordings/recording-kind.js';
import type { Recording } from '../recordings/recording.entity.js';
import { exportClaimed, exportCompleted, exportFailed, type FailureReason } from '../metrics/export-observation.js';
import { SigningKeyNotActive } from '../signing/active-signing-key.js';
import type { LocalCopy } from '../storage/local-copy.js';
import { StoreError } from '../storage/object-store.js';
import type { SourceCache } from '../storage/source-cache.js';
import type { Storage } from '../storage/storage.js';
import { DEFAULT_GUACAMOLE_RENDER_OPTIONS } from '../guacamole/guacamole-render-options.js';
import { DEFAULT_TERMINAL_RENDER_OPTIONS, type TerminalRenderOptions } from '../terminal/render/terminal-render-options.js';
import { type ExportOutput, exportOutput } from './export-output.js';
import { transcodeInSegments } from './segmented-export.js';
import { sourceCopy } from './source-copy.js';

/** Why a running export was stopped from outside ffmpeg. */
export type StopReason = 'lost' | 'shutdown';

/** What converting export tasks needs, whichever task service runs them. */
export interface ExportTaskDeps {
  mediaTools: MediaTools;
  /** Sources are read through `sources` (the recordings store) and exports written to `exports`: folders shared with the API, or a bucket. */
  sources: SourceCache;
  storage: Pick<Storage, 'exports'>;
  exportTimeoutSeconds: number;
  /** Video exports encode only frames that changed (see media/unchanged-frames.ts); on unless set false. */
  skipUnchangedFrames?: boolean;
  /** Videos longer than one and a half of these are exported in segments by several task services; 0 or unset never splits. */
  segmentSeconds?: number;
  /** Threads of each ffmpeg run; 0 or unset lets ffmpeg decide. */
  ffmpegThreads?: number;
}

export interface ExportRun extends ExportTaskDeps {
  em: EntityManager;
  /** The task service this worker runs as; it must be authorized to claim. */
  taskServiceId: string;
  log: Log;
  /** Told of the claim as soon as it is made, so the worker can renew its heartbeat. */
  onClaimed(claimed: Claim): void;
  /**
   * Told once this run has committed the task's outcome (completed or failed): the claim is spent,
   * so the notification of that commit is no sign that the task was taken from this worker.
   */
  onSettled(): void;
  /** A segment whose task service renewed nothing for this long is encoded again elsewhere. */
  heartbeatTimeoutSeconds: number;
  /** Puts segment jobs on the queue for every task service. */
  queueSegments(segmentIds: readonly string[]): Promise<void>;
}

/** How a run ended: handed back and refused tasks must be queued again by the worker. */
export type ExportRunResult = 'completed' | 'failed' | 'not-claimed' | 'lost' | 'handed-back';

const PROGRESS_INTERVAL_MS = 500;

/**
 * Runs one export task: claims it (only a PENDING task can be claimed, so a duplicate job is
 * harmless), converts the recording, has an API process sign its manifest (a task service holds
 * no signing key, see evidence/signing-requests.ts), and completes it with that manifest, or
 * fails it with the reason, each through the lifecycle in one transaction. The `signal` stops it
 * from outside: cancelled or taken over ('lost'), or the worker shutting down ('shutdown'), which
 * hands the task back.
 */
export async function runExportTask(run: ExportRun, taskId: string, signal: AbortSignal & { reason?: unknown }): Promise<ExportRunResult> {
  const em = run.em.fork();
  const claimed = await em.transactional((tx) => claim(tx, taskId, run.taskServiceId));
  if (!claimed) return 'not-claimed';
  run.onClaimed(claimed);

  const task = await em.findOneOrFail(ExportTask, { id: taskId }, { populate: TASK_RELATIONS });
  const elapsedSeconds = exportClaimed(task, claimed.attempt);
  const recording = task.recording;
  const outputPath = `${taskId}.mp4`;
  let output: ExportOutput | null = null;
  let source: LocalCopy | null = null;
  run.log(`export task ${taskId}: converting ${recording.sourceLocation} (attempt ${claimed.attempt})`);

  let lastProgressAt = 0;
  let progressWrite: Promise<unknown> = Promise.resolve();
  // While the database is away every write fails: say so once, not twice a second.
  let progressFailing = false;
  const onProgress = ({ fraction }: { fraction: number }) => {
    const at = Date.now();
    if (at - lastProgressAt < PROGRESS_INTERVAL_MS || fraction >= 1) return;
    lastProgressAt = at;
    // Progress writes are chained so they land in order and never overtake the final status.
    progressWrite = progressWrite.then(() =>
      em
        .transactional((tx) => reportProgress(tx, claimed, fraction))
        .then(
          () => {
            if (progressFailing) run.log(`export task ${taskId}: progress saved again`);
            progressFailing = false;
          },
          (error: Error) => {
            if (!progressFailing) run.log(`export task ${taskId}: progress not saved (converting on): ${error.message}`);
            progressFailing = true;
          },
        ),
    );
  };

  try {
    source = await sourceCopy(run.sources, recording);
    output = await exportOutput(run.storage.exports, outputPath);
    const conversion = {
      ffmpegPath: run.mediaTools.ffmpegPath,
      input: source.path,
      output: output.path,
      durationSeconds: recording.durationSeconds,
      signal,
      timeoutMs: run.exportTimeoutSeconds * 1000,
      onProgress,
      exportId: taskId,
      ffmpegVersion: run.mediaTools.ffmpegVersion,
    };
    const result = await convertRecording(run, claimed, recording, task.renderOptions, conversion);
    await progressWrite;
    const info = await probeMedia(run.mediaTools.ffprobePath, output.path);
    // Stored under its final key only now, complete and hashed; a failure below removes it again.
    await output.publish({ sha256: result.outputSha256, sizeBytes: result.outputSizeBytes });
    const signed = await requestManifestSignature(em, claimed, signingFacts(result, info.durationSeconds), { signal, log: run.log }).catch(
      async (error: unknown) => {
        // The finished file is under its final key: a task this claim will not complete keeps none.
        const stopped = error instanceof MediaError && error.kind === 'CANCELLED';
        const gone = error instanceof SigningRefused && error.kind === 'CLAIM_GONE';
        if (stopped || gone) await output!.discard();
        if (gone) return null;
        throw error;
      },
    );
    if (!signed) return 'lost';
    // Tried again until the database answers: the conversion may have taken hours, and a short
    // outage must not throw it away. A commit whose answer was lost shows on the next try.
    const completed = await untilDatabaseAnswers(
      () =>
        em.transactional(async (tx) => {
          const done = await complete(tx, claimed, {
            outputPath,
            sha256: result.outputSha256,
            sizeBytes: result.outputSizeBytes,
            durationSeconds: info.durationSeconds,
            ffmpegVersion: run.mediaTools.ffmpegVersion,
            ffmpegArgs: result.arguments,
            completedAt: signed.signedAt,
          });
          if (!done) return completedBy(tx, claimed, result.outputSha256);
          // In the same transaction: there is no completed export without its signed manifest.
          await recordSignedManifest(tx, taskId, result.outputSha256, signed);
          return true;
        }),
      { what: `export task ${taskId}: completing`, log: run.log, signal },
    );
    if (!completed) {
      // Cancelled (or taken over) while the file was being finished: no file without a COMPLETED task.
      await output.discard();
      return 'lost';
    }
    run.onSettled();
    run.log(`export task ${taskId}: completed (${result.outputSizeBytes} bytes)`);
    exportCompleted(elapsedSeconds(), result.outputSizeBytes);
    return 'completed';
  } catch (error) {
    await progressWrite;
    if (error instanceof MediaError && error.kind === 'CANCELLED') {
      if (signal.reason === 'shutdown') return (await em.transactional((tx) => handBack(tx, claimed))) ? 'handed-back' : 'lost';
      return 'lost';
    }
    const message =
      error instanceof MediaError || error instanceof SigningKeyNotActive || error instanceof SigningRefused
        ? error.message
        : error instanceof StoreError
          ? `The export stopped because the storage failed: ${error.message}`
          : `The export stopped on an internal error: ${(error as Error).message}`;
    run.log(`export task ${taskId}: failed: ${message}`);
    const failed = await untilDatabaseAnswers(() => em.transactional((tx) => fail(tx, claimed, message)), {
      what: `export task ${taskId}: recording the failure`,
      log: run.log,
      signal,
    });
    // Only a COMPLETED task has a file: one finished before the failure (an unreadable result,
    // a refused signature) goes. Only while the claim was still this worker's, or it may be
    // another's; after the commit, as a store that hangs must not hold the task's row locked. A
    // FAILED task's file is never served, so the moment between the two shows nothing.
    if (failed) {
      run.onSettled();
      exportFailed(failureReason(error), elapsedSeconds());
      await output?.discard().catch(() => undefined);
    }
    return 'failed';
  } finally {
    await source?.release().catch(() => undefined);
    await output?.release().catch(() => undefined);
  }
}

function failureReason(error: unknown): FailureReason {
  if (error instanceof MediaError) return error.kind;
  if (error instanceof StoreError) return 'STORAGE';
  if (error instanceof SigningKeyNotActive) return 'SIGNING_KEY';
  if (error instanceof SigningRefused && error.kind === 'SIGNING_KEY') return 'SIGNING_KEY';
  return 'INTERNAL';
}

/** The largest terminal size of a recording, which the video canvas is made for. */
function terminalCanvas(recording: Recording): { maxCols: number; maxRows: number } {
  if (!recording.terminal) throw new Error(`Recording ${recording.id} is a terminal recording without terminal details`);
  return { maxCols: recording.terminal.maxCols, maxRows: recording.terminal.maxRows };
}

function terminalRenderOptions(options: RenderOptions | null): TerminalRenderOptions {
  if (!options) return DEFAULT_TERMINAL_RENDER_OPTIONS;
  return { frameRate: options.frameRate, idleTimeLimit: options.idleTimeLimitSeconds, fontSize: options.fontSize ?? DEFAULT_TERMINAL_RENDER_OPTIONS.fontSize };
}

/** What every conversion takes, whatever the recording's kind. */
interface Conversion {
  ffmpegPath: string;
  input: string;
  output: string;
  durationSeconds: number;
  signal: AbortSignal;
  timeoutMs: number;
  onProgress(progress: { fraction: number }): void;
  exportId: string;
  ffmpegVersion: string;
}

/**
 * Each kind to its converter: video transcoded, terminal sessions and Guacamole recordings drawn.
 * The two renderers are loaded by the first export that needs one: with their image decoders,
 * canvas, fonts and terminal emulator they are a large share of the modules a task service
 * loads, which every start would otherwise pay, whatever it exports.
 */
async function convertRecording(
  run: ExportRun,
  claimed: Claim,
  recording: Recording,
  options: RenderOptions | null,
  conversion: Conversion,
): Promise<ConversionReport> {
  switch (recording.kind) {
    case RecordingKind.TERMINAL: {
      const { renderTerminalToMp4 } = await import('../terminal/render-to-mp4.js');
      return renderTerminalToMp4({ ...conversion, ...terminalCanvas(recording), render: terminalRenderOptions(options) });
    }
    case RecordingKind.GUACAMOLE:
      return renderGuacamole(recording, conversion, options);
    case RecordingKind.VIDEO:
      return transcodeVideo(run, claimed, recording, conversion);
  }
}

/** A video transcoded whole, or, when long, in segments by several task services (see segmented-export.ts). */
async function transcodeVideo(run: ExportRun, claimed: Claim, recording: Recording, conversion: Conversion): Promise<ConversionReport> {
  const skipUnchangedFrames = run.skipUnchangedFrames ?? true;
  const threads = run.ffmpegThreads || undefined;
  const segmented = await transcodeInSegments(
    { ...run, skipUnchangedFrames, ffmpegThreads: run.ffmpegThreads ?? 0 },
    {
      claimed,
      recording,
      source: conversion.input,
      output: conversion.output,
      exportId: conversion.exportId,
      segmentSeconds: run.segmentSeconds ?? 0,
      signal: conversion.signal,
      onProgress: conversion.onProgress,
    },
  );
  return segmented ?? transcodeToMp4({ ...conversion, hasAudio: recording.hasAudio, skipUnchangedFrames, threads });
}

/** Draws a Guacamole recording's display into the MP4, with the frame-rate cap and idle time limit of the task. */
async function renderGuacamole(recording: Recording, conversion: Conversion, options: RenderOptions | null): Promise<ConversionReport> {
  const info = recording.guacamole;
  if (!info || !recording.width || !recording.height) throw new Error(`Recording ${recording.id} is a Guacamole recording without its display size`);
  const { renderGuacamoleToMp4 } = await import('../guacamole/render-to-mp4.js');
  return renderGuacamoleToMp4({
    ...conversion,
    width: recording.width,
    height: recording.height,
    firstTimestampMs: info.firstTimestampMs ?? null,
    keysRecorded: info.keysRecorded,
    render: {
      frameRate: options?.frameRate ?? DEFAULT_GUACAMOLE_RENDER_OPTIONS.frameRate,
      idleTimeLimit: options ? options.idleTimeLimitSeconds : DEFAULT_GUACAMOLE_RENDER_OPTIONS.idleTimeLimit,
    },
  });
}
