import type { AsciicastHeader } from './asciicast.js';
import { readAsciicast } from './read-asciicast.js';

/** The header as asciicast v2 writes it, which every player reads. */
export function v2Header(header: AsciicastHeader): Record<string, unknown> {
  return {
    version: 2,
    width: header.cols,
    height: header.rows,
    ...(header.timestamp !== undefined && { timestamp: header.timestamp }),
    ...(header.title !== undefined && { title: header.title }),
    ...(header.command !== undefined && { command: header.command }),
    ...(header.idleTimeLimit !== undefined && { idle_time_limit: header.idleTimeLimit }),
    env: { ...header.env, ...(header.termType !== undefined && { TERM: header.termType }) },
    ...(header.theme && { theme: { fg: header.theme.fg, bg: header.theme.bg, palette: header.theme.palette.join(':') } }),
  };
}

/**
 * A recording of any version as asciicast v2 lines (header, then `[time, code, data]` with times
 * since the start), for players in the browser. Exit events have no v2 form and are left out.
 */
export async function* asciicastV2Lines(file: string): AsyncGenerator<string> {
  const { header, events } = await readAsciicast(file);
  yield JSON.stringify(v2Header(header));
  for await (const event of events) {
    if (event.code === 'x') continue;
    // Microsecond precision, as asciinema writes: enough, and keeps lines short.
    yield JSON.stringify([Math.round(event.time * 1e6) / 1e6, event.code, event.data]);
  }
}
