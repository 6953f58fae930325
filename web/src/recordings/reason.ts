/**
 * The rule for an export reason, the same one the server applies (`checkReason`): after
 * trimming, at least 10 visible characters (grapheme clusters that show something, so eleven
 * zero-width spaces are no reason and an emoji with its modifiers counts once), and at most 2000
 * characters counted as code points, as stored.
 */
export const REASON_MIN_LENGTH = 10;
export const REASON_MAX_LENGTH = 2000;

const INVISIBLE = /^[\p{White_Space}\p{Cc}\p{Cf}]*$/u;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Characters as stored: code points after trimming. */
export function reasonLength(reason: string): number {
  return [...reason.trim()].length;
}

/** Characters a reader sees, after trimming. */
export function visibleReasonLength(reason: string): number {
  let count = 0;
  for (const { segment } of graphemes.segment(reason.trim())) if (!INVISIBLE.test(segment)) count++;
  return count;
}

export function isValidReason(reason: string): boolean {
  return visibleReasonLength(reason) >= REASON_MIN_LENGTH && reasonLength(reason) <= REASON_MAX_LENGTH;
}
