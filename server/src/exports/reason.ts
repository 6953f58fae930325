export const MIN_REASON_LENGTH = 10;
export const MAX_REASON_LENGTH = 2000;

export type ReasonCheck = { ok: true; reason: string } | { ok: false; message: string };

// A grapheme made only of these shows nothing: white space, control and format characters
// (zero-width spaces and joiners, byte order marks, direction marks).
const INVISIBLE = /^[\p{White_Space}\p{Cc}\p{Cf}]*$/u;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The characters a reader sees: grapheme clusters that show something (an emoji with its modifiers is one). */
export function visibleLength(text: string): number {
  let count = 0;
  for (const { segment } of graphemes.segment(text)) if (!INVISIBLE.test(segment)) count++;
  return count;
}

/**
 * Nothing is exported without a reason a reviewer can read later: after trimming, at least 10
 * visible characters (eleven zero-width spaces are no reason), and at most 2000 characters
 * counted as code points, as stored.
 */
export function checkReason(raw: string | null | undefined): ReasonCheck {
  const reason = (raw ?? '').trim();
  const length = [...reason].length;
  const visible = visibleLength(reason);
  if (visible === 0) return { ok: false, message: 'A reason is required to export recordings.' };
  if (length > MAX_REASON_LENGTH) return { ok: false, message: `The reason must have at most ${MAX_REASON_LENGTH} characters (it has ${length}).` };
  if (visible < MIN_REASON_LENGTH) {
    return { ok: false, message: `The reason must have at least ${MIN_REASON_LENGTH} visible characters (it has ${visible}).` };
  }
  return { ok: true, reason };
}
