import type { GuacamoleInstruction } from './instruction-parser.js';

/** Which argument holds the timestamp, for the instructions that carry one. */
const TIMESTAMP_ARGUMENT: Readonly<Record<string, number>> = {
  // sync,TIMESTAMP[,FRAMES]: the end of a frame.
  sync: 0,
  // mouse,X,Y,BUTTONS,TIMESTAMP: where the pointer was, written by guacd as input arrived.
  mouse: 3,
  // key,KEYSYM,PRESSED,TIMESTAMP
  key: 2,
};

/**
 * The instruction's timestamp in milliseconds, or null when it carries none or a malformed one.
 * guacd writes CLOCK_MONOTONIC milliseconds (time since boot), so only differences mean anything.
 */
export function timestampOf(instruction: GuacamoleInstruction): number | null {
  const index = TIMESTAMP_ARGUMENT[instruction.opcode];
  if (index === undefined) return null;
  const text = instruction.args[index];
  if (text === undefined || text === '' || text.length > 16) return null;
  const value = Number(text);
  return Number.isSafeInteger(value) && value >= 0 ? value : null;
}
