/**
 * A file that is not a readable Guacamole recording. `byteOffset` counts bytes of the protocol
 * stream (after gunzip for a gzip file) from 0, `instruction` counts instructions from 1: together
 * they point at the place a person can inspect with `dd` or a hex viewer.
 */
export class GuacamoleError extends Error {
  constructor(
    readonly reason: string,
    readonly byteOffset: number,
    readonly instruction: number,
  ) {
    super(`at byte ${byteOffset} (instruction ${instruction}): ${reason}`);
    this.name = 'GuacamoleError';
  }
}
