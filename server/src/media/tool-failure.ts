import { readToolFailure } from './failure-reading.js';
import { cancelled, ffmpegFailed, type MediaError, timedOut } from './media-error.js';
import type { RunToolResult } from './run-tool.js';
import { STANDARD_INPUT, toolPath } from './tool-path.js';

/**
 * Why a finished run of ffmpeg or ffprobe did not succeed, in the export's words, or undefined
 * when it exited 0: stopped by us (cancelled, timed out), not started at all, or failed, read
 * from its last stderr lines. `inputPath` is the file it read, which its messages name, or
 * `pipe:0` when it read its standard input.
 */
export function toolFailure(
  result: RunToolResult,
  run: { tool: 'ffmpeg' | 'ffprobe'; toolPath: string; inputPath: string; timeoutMs?: number },
): MediaError | undefined {
  if (result.stoppedBy === 'abort') return cancelled();
  if (result.stoppedBy === 'timeout') return timedOut(run.timeoutMs ?? 0);
  if (result.spawnError) return ffmpegFailed(`${run.tool} could not be started at ${run.toolPath} (${result.spawnError.code ?? 'unknown error'})`);
  if (result.exitCode !== 0) {
    return readToolFailure({
      stderrLines: result.stderrLines,
      inputPath: run.inputPath === STANDARD_INPUT ? run.inputPath : toolPath(run.inputPath),
      exitCode: result.exitCode,
      exitSignal: result.exitSignal,
    });
  }
  return undefined;
}
