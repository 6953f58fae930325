/** A time range of a recording, in seconds from its start, that one ffmpeg run encodes. */
export interface SegmentRange {
  index: number;
  startSeconds: number;
  endSeconds: number;
}

/**
 * Splits a recording of `durationSeconds` into ranges of about `segmentSeconds`, each starting on
 * a keyframe (seconds from the start of the file), so that every range decodes on its own and
 * the encoded ranges join without a seam. A cut goes on the first keyframe at or after each
 * multiple of `segmentSeconds`; a range shorter than half a segment is merged into the one before
 * it (a last range of a few seconds would cost a whole ffmpeg start for nothing). One range means
 * the recording is not worth splitting.
 */
export function planSegments(durationSeconds: number, keyframeSeconds: readonly number[], segmentSeconds: number): SegmentRange[] {
  if (!(durationSeconds > 0) || !(segmentSeconds > 0)) return [{ index: 0, startSeconds: 0, endSeconds: Math.max(durationSeconds, 0) }];
  const keyframes = [...keyframeSeconds].filter((t) => Number.isFinite(t) && t > 0 && t < durationSeconds).sort((a, b) => a - b);
  const cuts: number[] = [];
  let next = segmentSeconds;
  for (const keyframe of keyframes) {
    if (keyframe < next) continue;
    const previous = cuts.at(-1) ?? 0;
    if (keyframe - previous >= segmentSeconds / 2 && durationSeconds - keyframe >= segmentSeconds / 2) cuts.push(keyframe);
    while (next <= keyframe) next += segmentSeconds;
  }
  const bounds = [0, ...cuts, durationSeconds];
  return bounds.slice(0, -1).map((startSeconds, index) => ({ index, startSeconds, endSeconds: bounds[index + 1]! }));
}
