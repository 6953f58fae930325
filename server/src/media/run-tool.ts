import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Socket } from 'node:net';
import type { Readable, Writable } from 'node:stream';
import { StderrTail } from './stderr-tail.js';

export interface RunToolOptions {
  signal?: AbortSignal;
  /** Stop the process after this long; unset or 0 means no limit. */
  timeoutMs?: number;
  /** Receives stdout as it arrives, instead of collecting it. */
  onStdout?: (chunk: string) => void;
  /** Also receives stderr as it arrives (what a filter logs there); the last lines are kept either way. */
  onStderr?: (chunk: string) => void;
  /** How many stderr lines to keep for the error summary. */
  stderrLines?: number;
  /** Time between SIGTERM and SIGKILL when stopping. */
  killGraceMs?: number;
  /**
   * Writes the process's standard input (frames for ffmpeg). Without it stdin is closed. The
   * result waits for this to settle; it must end or destroy the stream when done.
   */
  feedStdin?: (stdin: Writable) => Promise<void>;
  /**
   * A connected socket the process reads as its standard input (frames written by another
   * thread, see frame-pipe.ts), instead of feedStdin. The process gets its own copy; this one is
   * closed once the process has started, so that the writer learns when the process is gone.
   */
  stdin?: Socket;
}

export interface RunToolResult {
  exitCode: number | null;
  exitSignal: NodeJS.Signals | null;
  /** Collected stdout; empty when onStdout was given. */
  stdout: string;
  stderrLines: string[];
  /** Why we stopped the process ourselves, if we did. */
  stoppedBy: 'timeout' | 'abort' | null;
  /** The process could not be started at all (missing binary, no permission). */
  spawnError: NodeJS.ErrnoException | null;
}

/**
 * Runs a media tool to completion. It never rejects: callers turn the result into the error
 * that fits what they were doing. It resolves only once the process has exited, so a caller
 * may delete the files the process was writing without racing it.
 */
export function runTool(command: string, args: readonly string[], options: RunToolOptions = {}): Promise<RunToolResult> {
  const { signal, timeoutMs, onStdout } = options;
  const stderr = new StderrTail(options.stderrLines ?? 20);
  const killGraceMs = options.killGraceMs ?? 2000;

  const result: RunToolResult = {
    exitCode: null,
    exitSignal: null,
    stdout: '',
    stderrLines: [],
    stoppedBy: null,
    spawnError: null,
  };
  if (signal?.aborted) return Promise.resolve({ ...result, stoppedBy: 'abort' });

  return new Promise((resolve) => {
    // Unless fed or given a socket, stdin is closed: ffmpeg otherwise reads keystrokes from it and
    // can stall in the background.
    const stdin = options.stdin ?? (options.feedStdin ? 'pipe' : 'ignore');
    const child = spawn(command, args, { stdio: [stdin, 'pipe', 'pipe'], windowsHide: true }) as ChildProcessByStdio<Writable | null, Readable, Readable>;
    options.stdin?.destroy();
    let feeding: Promise<void> = Promise.resolve();
    if (options.feedStdin && child.stdin) {
      // EPIPE when the process exits early is expected; the exit status tells what happened.
      child.stdin.on('error', () => undefined);
      feeding = options.feedStdin(child.stdin).catch(() => undefined);
    }
    let killTimer: NodeJS.Timeout | undefined;
    let settled = false;

    const stop = (reason: 'timeout' | 'abort'): void => {
      if (result.stoppedBy || child.exitCode !== null || child.signalCode !== null) return;
      result.stoppedBy = reason;
      // SIGTERM first lets ffmpeg close its files; a process stuck on a dead disk gets SIGKILL.
      child.kill('SIGTERM');
      killTimer = setTimeout(() => child.kill('SIGKILL'), killGraceMs);
    };
    const onAbort = (): void => stop('abort');
    const timeoutTimer = timeoutMs && timeoutMs > 0 ? setTimeout(() => stop('timeout'), timeoutMs) : undefined;
    signal?.addEventListener('abort', onAbort, { once: true });

    const finish = (): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timeoutTimer);
      clearTimeout(killTimer);
      signal?.removeEventListener('abort', onAbort);
      result.stderrLines = stderr.lines();
      resolve(result);
    };

    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if (onStdout) onStdout(chunk);
      else result.stdout += chunk;
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr.push(chunk);
      options.onStderr?.(chunk);
    });

    child.on('error', (error: NodeJS.ErrnoException) => {
      // A process that never started emits no 'close' we can rely on.
      if (child.pid === undefined) {
        result.spawnError = error;
        child.stdin?.destroy();
        void feeding.finally(finish);
      }
    });
    child.on('close', (code, exitSignal) => {
      result.exitCode = code;
      result.exitSignal = exitSignal;
      child.stdin?.destroy();
      void feeding.finally(finish);
    });
  });
}
