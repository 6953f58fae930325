import type { Recording } from './recording.entity.js';

/**
 * What the person importing must know about a recording that was cataloged as it is, or null: a
 * Guacamole recording cut off inside an instruction (still being written) holds only what comes
 * before it.
 */
export function importNotice(recording: Recording): string | null {
  const cut = recording.guacamole;
  if (!cut || cut.truncatedAtByte === null) return null;
  return `the file ends inside instruction ${cut.truncatedAtInstruction} (byte offset ${cut.truncatedAtByte}), as a recording still being written does: it is imported up to the last complete instruction`;
}
