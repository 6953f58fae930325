import { LineSplitter } from './line-splitter.js';

/** One block of ffmpeg's `-progress` output, closed by its `progress=` line. */
export interface ProgressSnapshot {
  /** Media time written so far. Carried over from the previous block when ffmpeg says N/A. */
  outTimeSeconds: number;
  frame?: number;
  /** Encoding speed as a multiple of real time (ffmpeg's "1.5x"). */
  speed?: number;
  /** True for the last block (`progress=end`), which ffmpeg writes when it stops, success or not. */
  done: boolean;
}

/**
 * Parses the key=value lines ffmpeg writes with `-progress pipe:1`. Push chunks as they arrive;
 * each call returns the snapshots completed by that chunk.
 */
export class ProgressParser {
  private readonly splitter = new LineSplitter();
  private block = new Map<string, string>();
  private lastOutTime = 0;

  push(chunk: string): ProgressSnapshot[] {
    const snapshots: ProgressSnapshot[] = [];
    for (const line of this.splitter.push(chunk)) {
      const eq = line.indexOf('=');
      if (eq <= 0) continue;
      const key = line.slice(0, eq).trim();
      const value = line.slice(eq + 1).trim();
      if (key === 'progress') {
        snapshots.push(this.close(value === 'end'));
      } else {
        this.block.set(key, value);
      }
    }
    return snapshots;
  }

  private close(done: boolean): ProgressSnapshot {
    const outTime = readOutTime(this.block);
    // ffmpeg reports a small negative time before the first frame and N/A when it has no
    // timestamp yet; neither should move progress backwards.
    if (outTime !== undefined) this.lastOutTime = Math.max(this.lastOutTime, outTime);
    const snapshot: ProgressSnapshot = { outTimeSeconds: this.lastOutTime, done };
    const frame = readNumber(this.block.get('frame'));
    if (frame !== undefined) snapshot.frame = frame;
    const speed = readNumber(this.block.get('speed')?.replace(/x$/, ''));
    if (speed !== undefined) snapshot.speed = speed;
    this.block = new Map();
    return snapshot;
  }
}

/**
 * `out_time_ms` is misnamed in ffmpeg: it holds microseconds, like `out_time_us` (which older
 * builds do not print). `out_time` is the same value as HH:MM:SS.micro.
 */
function readOutTime(block: Map<string, string>): number | undefined {
  for (const key of ['out_time_us', 'out_time_ms']) {
    const micros = readNumber(block.get(key));
    if (micros !== undefined) return micros / 1_000_000;
  }
  const clock = block.get('out_time');
  return clock === undefined ? undefined : parseClock(clock);
}

/** Parses `[-]HH:MM:SS[.fraction]`; undefined for N/A or anything else. */
export function parseClock(text: string): number | undefined {
  const match = /^(-)?(\d+):(\d{1,2}):(\d{1,2}(?:\.\d+)?)$/.exec(text.trim());
  if (!match) return undefined;
  const [, minus, h, m, s] = match;
  const seconds = Number(h) * 3600 + Number(m) * 60 + Number(s);
  return minus ? -seconds : seconds;
}

function readNumber(text: string | undefined): number | undefined {
  if (text === undefined || text === '' || text === 'N/A') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** Share of the work done, in [0, 1]; 0 while the total duration is unknown. */
export function progressFraction(outTimeSeconds: number, durationSeconds: number): number {
  if (!Number.isFinite(durationSeconds) || durationSeconds <= 0 || !Number.isFinite(outTimeSeconds)) return 0;
  return Math.min(1, Math.max(0, outTimeSeconds / durationSeconds));
}
