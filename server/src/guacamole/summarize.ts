import type { ByteSource } from '../common/byte-source.js';
import { drawnFrameFits, drawnFrameLimit } from '../media/drawn-frame.js';
import { GuacamoleError } from './guacamole-error.js';
import type { GuacamoleInstruction, GuacamoleTruncation } from './instruction-parser.js';
import { GuacamoleReader } from './read-guacamole.js';
import { timestampOf } from './timestamps.js';

/** The largest side of a display accepted: guacd's own limit for every protocol it speaks. */
export const MAX_DISPLAY_SIDE = 8192;

export type GuacamoleProtocol = 'vnc' | 'rdp' | 'ssh' | 'telnet' | 'kubernetes';

/** What the catalog keeps about a Guacamole recording, learned by reading it once through. */
export interface GuacamoleSummary {
  /** The largest size of the default layer (0); exports draw on a canvas this big. */
  width: number;
  height: number;
  /** First to last timestamp of `sync`, `mouse` and `key`, in seconds. */
  durationSeconds: number;
  /**
   * Named only when the recording itself tells. A dump holds drawing, not the connection's
   * parameters: guacd draws VNC and RDP desktops alike, and SSH, telnet and Kubernetes through one
   * terminal emulator, so this is null unless a sidecar says more (see `terminalLayout`).
   */
  protocol: GuacamoleProtocol | null;
  /** The layers are laid out as guacd's terminal emulator lays them (SSH, telnet or Kubernetes). */
  terminalLayout: boolean;
  keysRecorded: boolean;
  instructions: number;
  gzip: boolean;
  /** Set when the file ends inside an instruction (still being written): read up to the last complete one. */
  truncated: GuacamoleTruncation | null;
  /** The first and last timestamps, in the recording's own milliseconds (guacd: since boot); null without any. */
  firstTimestampMs: number | null;
  lastTimestampMs: number | null;
}

/** Tells guacd's terminal emulator by its layers: the selection layer (2) inside the text layer (1), the scrollbar's handle (4) inside the scrollbar (3). */
class TerminalLayoutDetector {
  private selectionInText = false;
  private handleInScrollbar = false;

  see(instruction: GuacamoleInstruction): void {
    if (instruction.opcode !== 'move') return;
    const [layer, parent] = instruction.args;
    if (layer === '2' && parent === '1') this.selectionInText = true;
    if (layer === '4' && parent === '3') this.handleInScrollbar = true;
  }

  get found(): boolean {
    return this.selectionInText && this.handleInScrollbar;
  }
}

/**
 * Reads the whole recording, checking the framing of every instruction; throws GuacamoleError at
 * the first broken one. A default layer larger than MAX_DISPLAY_SIDE, a display that grows larger
 * than an export's frame may be, or a recording without one, is refused here, before anything is
 * imported.
 */
export async function summarizeGuacamole(file: string | ByteSource): Promise<GuacamoleSummary> {
  const reader = await GuacamoleReader.open(file);
  let width = 0;
  let height = 0;
  let first: number | null = null;
  let last: number | null = null;
  let keysRecorded = false;
  let instructions = 0;
  const layout = new TerminalLayoutDetector();
  for await (const batch of reader.batches()) {
    for (const instruction of batch) {
      instructions = instruction.number;
      const { opcode, args } = instruction;
      if (opcode === 'size' && args[0] === '0') {
        const w = Number(args[1]);
        const h = Number(args[2]);
        if (!Number.isInteger(w) || !Number.isInteger(h) || w < 0 || h < 0 || w > MAX_DISPLAY_SIDE || h > MAX_DISPLAY_SIDE) {
          throw new GuacamoleError(
            `the display size ${args[1]}x${args[2]} is not a size from 0 to ${MAX_DISPLAY_SIDE} pixels a side`,
            instruction.byteOffset,
            instruction.number,
          );
        }
        width = Math.max(width, w);
        height = Math.max(height, h);
        continue;
      }
      if (opcode === 'key') keysRecorded = true;
      const time = timestampOf(instruction);
      if (time !== null) {
        first = first === null ? time : Math.min(first, time);
        last = last === null ? time : Math.max(last, time);
      }
      if (!layout.found) layout.see(instruction);
    }
  }
  const truncated = reader.truncated;
  if (width === 0 || height === 0) {
    throw new GuacamoleError(
      'the recording never gives the display (layer 0) a size, so it is not a Guacamole session recording',
      reader.bytesRead,
      instructions + 1,
    );
  }
  if (!drawnFrameFits(width, height)) {
    throw new GuacamoleError(
      `the display grows to ${width}x${height}, larger than an export's frame may be: ${drawnFrameLimit()}`,
      reader.bytesRead,
      instructions + 1,
    );
  }
  return {
    width,
    height,
    durationSeconds: first === null || last === null ? 0 : (last - first) / 1000,
    protocol: null,
    terminalLayout: layout.found,
    keysRecorded,
    instructions,
    gzip: reader.gzip,
    truncated,
    firstTimestampMs: first,
    lastTimestampMs: last,
  };
}
