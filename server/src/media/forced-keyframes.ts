/**
 * ffmpeg's options that force a keyframe once `seconds` have passed since the last forced one, so
 * that a player can seek anywhere in a video whose frames may be far apart (unchanged frames not
 * encoded again). Counted from the last forced keyframe, not on a grid of `n_forced × seconds`:
 * on a grid, the frames after a still stretch of an hour are each behind it and each forced,
 * 360 keyframes in a row at 10 s, where one is enough.
 */
export function forcedKeyframeArgs(seconds: number): string[] {
  return ['-force_key_frames', `expr:if(isnan(prev_forced_t),gte(t,${seconds}),gte(t-prev_forced_t,${seconds}))`];
}
