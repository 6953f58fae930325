import type { EntityManager } from '@mikro-orm/postgresql';
import type { Log } from '../common/log.js';
import { untilDatabaseAnswers } from '../db/connection-lost.js';
import { MediaError } from '../media/media-error.js';
import type { MediaTools } from '../media/media-tools.js';
import { transcodeToMp4 } from '../media/transcode.js';
import { claimPreview, completePreview, failPreview, handBackPreview, previewKey, reportPreviewProgress } from '../previews/browser-preview-lifecycle.js';
import { BROWSER_PREVIEW_ENCODING } from '../previews/browser-preview-encoding.js';
import { BrowserPreview } from '../previews/browser-preview.entity.js';
import type { LocalCopy } from '../storage/local-copy.js';
import { StoreError } from '../storage/object-store.js';
import type { SourceCache } from '../storage/source-cache.js';
import type { Storage } from '../storage/storage.js';
import { type ExportOutput, exportOutput } from './export-output.js';
import type { StopReason } from './export-recording.job.js';
import { sourceCopy } from './source-copy.js';

export interface BrowserPreviewRun {
  em: EntityManager;
  taskServiceId: string;
  mediaTools: MediaTools;
  /** The source is read through `sources`; the preview is stored in `exports`, beside export files. */
  sources: SourceCache;
  storage: Pick<Storage, 'exports'>;
  timeoutSeconds: number;
  ffmpegThreads?: number;
  log: Log;
}

/** How a run ended: a handed-back preview must be queued again by the worker. */
export type BrowserPreviewResult = 'ready' | 'failed' | 'not-claimed' | 'lost' | 'handed-back';

const PROGRESS_INTERVAL_MS = 500;

/**
 * Makes one browser preview: claims it (only a PENDING preview can be claimed, so a duplicate
 * job is harmless), transcodes the recording with the export's own ffmpeg arguments at the
 * preview's smaller size and faster setting, stores it through the exports store as an export
 * file is, and marks it READY; or FAILED with the reason. The `signal` stops it: 'shutdown' hands
 * it back to the queue.
 */
export async function runBrowserPreview(run: BrowserPreviewRun, previewId: string, signal: AbortSignal & { reason?: unknown }): Promise<BrowserPreviewResult> {
  const em = run.em.fork();
  const claimed = await em.transactional((tx) => claimPreview(tx, previewId, run.taskServiceId));
  if (!claimed) return 'not-claimed';
  const preview = await em.findOneOrFail(BrowserPreview, { id: previewId }, { populate: ['recording'] });
  const recording = preview.recording;
  if (!recording) {
    await failPreview(em, claimed, 'The recording is no longer in the catalog.');
    return 'failed';
  }
  const key = previewKey(previewId);
  let source: LocalCopy | null = null;
  let output: ExportOutput | null = null;
  run.log(`browser preview ${previewId}: making it of recording ${recording.id} (${recording.format}, ${recording.videoCodec ?? 'codec not known'})`);

  let lastProgressAt = 0;
  let progressWrite: Promise<unknown> = Promise.resolve();
  const onProgress = ({ fraction }: { fraction: number }) => {
    const at = Date.now();
    if (at - lastProgressAt < PROGRESS_INTERVAL_MS || fraction >= 1) return;
    lastProgressAt = at;
    // Chained so that writes land in order and never overtake the final status; progress is advisory.
    progressWrite = progressWrite.then(() => reportPreviewProgress(em.fork(), claimed, fraction).catch(() => undefined));
  };

  try {
    source = await sourceCopy(run.sources, recording);
    output = await exportOutput(run.storage.exports, key);
    const made = await transcodeToMp4({
      ffmpegPath: run.mediaTools.ffmpegPath,
      input: source.path,
      output: output.path,
      durationSeconds: recording.durationSeconds,
      hasAudio: recording.hasAudio,
      signal,
      timeoutMs: run.timeoutSeconds * 1000,
      onProgress,
      ffmpegVersion: run.mediaTools.ffmpegVersion,
      // Screen recordings are mostly still: encoding only the frames that change is the largest saving.
      skipUnchangedFrames: true,
      threads: run.ffmpegThreads || undefined,
      encoding: BROWSER_PREVIEW_ENCODING,
    });
    await progressWrite;
    await output.publish({ sha256: made.outputSha256, sizeBytes: made.outputSizeBytes });
    const ready = await untilDatabaseAnswers(
      () => completePreview(em.fork(), claimed, { outputKey: key, sizeBytes: made.outputSizeBytes, sha256: made.outputSha256 }),
      { what: `browser preview ${previewId}: completing`, log: run.log, signal },
    );
    if (!ready) {
      await output.discard();
      return 'lost';
    }
    run.log(`browser preview ${previewId}: ready (${made.outputSizeBytes} bytes)`);
    return 'ready';
  } catch (error) {
    await progressWrite;
    if (error instanceof MediaError && error.kind === 'CANCELLED') {
      await output?.discard().catch(() => undefined);
      if (signal.reason === ('shutdown' satisfies StopReason)) return (await handBackPreview(em.fork(), claimed)) ? 'handed-back' : 'lost';
      return 'lost';
    }
    const message =
      error instanceof MediaError
        ? error.message
        : error instanceof StoreError
          ? `The preview could not be stored: ${error.message}`
          : `The preview stopped on an internal error: ${(error as Error).message}`;
    run.log(`browser preview ${previewId}: failed: ${message}`);
    await output?.discard().catch(() => undefined);
    await untilDatabaseAnswers(() => failPreview(em.fork(), claimed, message), {
      what: `browser preview ${previewId}: recording the failure`,
      log: run.log,
      signal,
    });
    return 'failed';
  } finally {
    await source?.release().catch(() => undefined);
    await output?.release().catch(() => undefined);
  }
}
