/**
 * The rule for an export reason, the same one the server applies (`checkReason`): the reason is
 * trimmed, then counted in code points, so an emoji such as 😀 counts once although it takes two
 * UTF-16 units, and the counter never calls valid what the server refuses.
 */
export const REASON_MIN_LENGTH = 10;
export const REASON_MAX_LENGTH = 2000;

export function reasonLength(reason: string): number {
  return [...reason.trim()].length;
}

export function isValidReason(reason: string): boolean {
  const length = reasonLength(reason);
  return length >= REASON_MIN_LENGTH && length <= REASON_MAX_LENGTH;
}
