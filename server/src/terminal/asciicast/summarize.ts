import type { ByteSource } from '../../common/byte-source.js';
import { parseSize, type AsciicastHeader } from './asciicast.js';
import { readAsciicast } from './read-asciicast.js';

/** What the catalog keeps about a terminal recording, learned by reading it once through. */
export interface AsciicastSummary {
  header: AsciicastHeader;
  /** Time of the last event, in seconds. */
  durationSeconds: number;
  /** The largest size the terminal had; exports draw on a canvas this big. */
  maxCols: number;
  maxRows: number;
  outputEvents: number;
  inputEvents: number;
  resizes: number;
  markers: number;
  exitStatus?: number;
}

/** Reads the whole recording, checking every line; throws AsciicastError on the first bad one. */
export async function summarizeAsciicast(file: string | ByteSource): Promise<AsciicastSummary> {
  const { header, events } = await readAsciicast(file);
  const summary: AsciicastSummary = {
    header,
    durationSeconds: 0,
    maxCols: header.cols,
    maxRows: header.rows,
    outputEvents: 0,
    inputEvents: 0,
    resizes: 0,
    markers: 0,
  };
  for await (const event of events) {
    summary.durationSeconds = event.time;
    switch (event.code) {
      case 'o':
        summary.outputEvents++;
        break;
      case 'i':
        summary.inputEvents++;
        break;
      case 'm':
        summary.markers++;
        break;
      case 'x': {
        const status = Number.parseInt(event.data, 10);
        if (Number.isFinite(status)) summary.exitStatus = status;
        break;
      }
      case 'r': {
        const size = parseSize(event.data)!;
        summary.resizes++;
        summary.maxCols = Math.max(summary.maxCols, size.cols);
        summary.maxRows = Math.max(summary.maxRows, size.rows);
        break;
      }
    }
  }
  return summary;
}
