export const MIN_REASON_LENGTH = 10;
export const MAX_REASON_LENGTH = 2000;

export type ReasonCheck = { ok: true; reason: string } | { ok: false; message: string };

/**
 * Nothing is exported without a reason a reviewer can read later. Length is counted in
 * characters (code points) after trimming, as a person counts them.
 */
export function checkReason(raw: string | null | undefined): ReasonCheck {
  const reason = (raw ?? '').trim();
  const length = [...reason].length;
  if (length === 0) return { ok: false, message: 'A reason is required to export recordings.' };
  if (length < MIN_REASON_LENGTH) {
    return { ok: false, message: `The reason must have at least ${MIN_REASON_LENGTH} characters (it has ${length}).` };
  }
  if (length > MAX_REASON_LENGTH) {
    return { ok: false, message: `The reason must have at most ${MAX_REASON_LENGTH} characters (it has ${length}).` };
  }
  return { ok: true, reason };
}
