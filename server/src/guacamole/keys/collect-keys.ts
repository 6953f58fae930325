import { FrameClock } from '../../terminal/render/frame-clock.js';
import { GuacamoleReader } from '../read-guacamole.js';
import { timestampOf } from '../timestamps.js';
import type { KeyEvent } from './typed-text.js';

/** The most key events kept: a working day of steady typing. More are left out of the subtitles. */
export const MAX_KEY_EVENTS = 1_000_000;

/**
 * Reads the key events of a recording with their times in the video, and the video's length: every timestamp goes through
 * a FrameClock with the same options, in the same order, as the renderer's, so subtitles line up
 * with the frames also when the idle limit shortens pauses.
 */
export async function collectKeyEvents(
  file: string,
  options: { frameRate: number; idleTimeLimit: number | null; firstTimestampMs?: number | null; signal?: AbortSignal },
): Promise<{ events: KeyEvent[]; videoSeconds: number }> {
  const clock = new FrameClock(options.frameRate, options.idleTimeLimit);
  const reader = await GuacamoleReader.open(file);
  const events: KeyEvent[] = [];
  let origin = options.firstTimestampMs ?? null;
  let videoSeconds = 0;
  for await (const batch of reader.batches()) {
    if (options.signal?.aborted) break;
    for (const instruction of batch) {
      const timestamp = timestampOf(instruction);
      if (timestamp === null) continue;
      origin ??= timestamp;
      const videoTime = clock.videoTime(Math.max(0, (timestamp - origin) / 1000));
      videoSeconds = Math.max(videoSeconds, videoTime);
      if (instruction.opcode !== 'key' || events.length >= MAX_KEY_EVENTS) continue;
      const keysym = Number(instruction.args[0]);
      if (!Number.isSafeInteger(keysym) || keysym < 0) continue;
      events.push({ videoMs: Math.round(videoTime * 1000), keysym, pressed: instruction.args[1] === '1' });
    }
  }
  return { events, videoSeconds };
}
