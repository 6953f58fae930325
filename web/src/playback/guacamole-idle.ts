import { IdleSpanFinder } from './idle-spans';

/**
 * Idle stretches of a Guacamole recording, read from the instructions the player's own download
 * hands to guacamole-common-js: no second request (which would be a second audited playback),
 * no second parse, and nothing kept but the stretches. A frame ends with `sync,<timestamp>`
 * (milliseconds of guacd's monotonic clock, so only differences mean anything); the gaps between
 * successive frames are what the idle rule is applied to.
 */

/** What the player reads instructions from: a guacamole-common-js tunnel. */
export interface InstructionSource {
  oninstruction: ((opcode: string, args: string[]) => void) | null;
}

/** The idle stretches of one recording, fed the timestamp of every `sync` in the order read. */
export class GuacamoleIdleFinder {
  private first: number | null = null;
  private readonly finder = new IdleSpanFinder();

  /** A frame ended at `timestamp` (ms); true when that ended a new idle stretch. */
  sync(timestamp: number): boolean {
    if (!Number.isSafeInteger(timestamp) || timestamp < 0) return false;
    this.first ??= timestamp;
    // Relative to the first frame, as guacamole-common-js measures positions and the duration.
    return this.finder.activity((timestamp - this.first) / 1000);
  }

  get spans() {
    return this.finder.spans;
  }
}

/**
 * Calls `onSync` with the timestamp of each `sync` instruction as the source delivers it, and
 * passes every instruction on unchanged. Call it after the session recording was made on the
 * source, which is when it takes the source's instructions for itself.
 */
export function watchSyncs(source: InstructionSource, onSync: (timestamp: number) => void): void {
  const deliver = source.oninstruction;
  source.oninstruction = (opcode, args) => {
    // A timestamp longer than 16 digits is not one guacd writes; the player judges the rest.
    if (opcode === 'sync' && args[0] !== undefined && args[0].length <= 16) onSync(Number(args[0]));
    deliver?.(opcode, args);
  };
}
