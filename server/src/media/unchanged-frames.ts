import { forcedKeyframeArgs } from './forced-keyframes.js';

/**
 * Screen recordings are mostly still: the same picture for seconds while someone reads or thinks.
 * These are the ffmpeg options that encode a frame only when the picture changed (variable frame
 * rate), which is most of the saving in time and size for such recordings.
 *
 * `mpdecimate` drops a frame that is a near-duplicate of the last frame it kept. It compares 8x8
 * blocks of every plane by the sum of absolute differences: a frame is kept as soon as one block
 * differs by more than `hi`, or more than `frac` of the blocks by more than `lo`. With all three at
 * 0 a frame is dropped only when every compared block is identical, so a one-pixel change (a
 * blinking text cursor, one typed character) keeps the frame.
 *
 * Two gaps of mpdecimate are closed here:
 * - It never compares the first 8 columns of a plane (its block loop starts at x = 8), and leaves
 *   up to 3 columns or rows at the right and bottom edges when a plane's size is not 8 plus a
 *   multiple of 4. The picture is therefore padded before the comparison (16 luma columns on the
 *   left, so 8 chroma columns; 8 on the right and at the bottom) and cropped back afterwards.
 * - A dropped frame is not shown longer: a kept frame lasts one source frame in the MP4. Were the
 *   final frames dropped, the video would end at the last change instead of where the recording
 *   ends. So every frame in the last second is made to differ from its predecessor by a mark
 *   drawn in the padding (on every other frame), which keeps them all; the crop removes the mark.
 *
 * The first frames are kept the same way, for B-frames. x264 starts decoding times earlier than
 * presentation times by the time from the first frame to the frame its reordering delay reaches
 * (the third frame with its default pyramid of B-frames). With the first frames dropped that is
 * the length of the still opening, possibly seconds, and ffmpeg's MP4 muxer adds it to the
 * duration (a 10 s recording still for its first 5 s claimed 16.9 s). With the first three frames
 * kept it is two source frames, as with every frame encoded, and the duration is right. B-frames stay on because
 * without them recordings in which something always moves became up to 2.2 times larger.
 */

/** Frames within this many seconds of the end are all kept, so the video lasts as long as the source. */
export const KEPT_TAIL_SECONDS = 1;

/**
 * The first frames all kept: x264's decoding delay with B-frames in a pyramid (2 frames) plus the
 * first frame, so the delay is measured between consecutive source frames.
 */
export const KEPT_HEAD_FRAMES = 3;

/** At most this many seconds between keyframes, so a player can seek anywhere in a still stretch. */
export const MAX_KEYFRAME_INTERVAL_SECONDS = 10;

/**
 * The MP4 track's time unit, 1 ms. ffmpeg's MP4 writer refuses a frame lasting more than 2^31 of
 * these units, and places the next frame a tick after the last one instead: at the unit it would
 * choose (1/10,000 to 1/20,000 s) a screen still for about 30 hours (a session left open over a
 * weekend) shows its next change at a wrong time; at 1 ms only a still of 24 days would. A
 * millisecond is finer than any frame interval.
 */
export const SPARSE_FRAMES_TIMESCALE = ['-video_track_timescale', '1000'];

/** Left padding in luma columns: covers the 8 chroma columns mpdecimate skips in 4:2:0. */
const PAD_LEFT = 16;
/** Right and bottom padding: more than the 3 luma (6 chroma-scaled) edge columns/rows it can skip. */
const PAD_EDGE = 8;

/**
 * The filters, after the picture is yuv420p with even dimensions, that drop unchanged frames.
 * `durationSeconds` is the duration of what is encoded, for keeping its last second whole.
 * `endsRecording` false (an export segment before the last one): its last second is not kept
 * whole, since the recording goes on in the next segment; the join gives each segment its
 * planned length, so the last frame kept lasts until the next segment's first.
 */
export function unchangedFrameFilters(durationSeconds: number, endsRecording = true): string[] {
  const tailStart = Math.max(0, durationSeconds - KEPT_TAIL_SECONDS).toFixed(3);
  const marked = endsRecording ? `(lt(n,${KEPT_HEAD_FRAMES})+gte(t,${tailStart}))` : `lt(n,${KEPT_HEAD_FRAMES})`;
  return [
    `pad=w=iw+${PAD_LEFT + PAD_EDGE}:h=ih+${PAD_EDGE}:x=${PAD_LEFT}:y=0`,
    // Inside the compared columns 8..15 of the padding; alternating, so each head and tail frame differs.
    `drawbox=x=8:y=0:w=8:h=8:c=white:t=fill:enable='${marked}*mod(n,2)'`,
    'mpdecimate=hi=0:lo=0:frac=0',
    `crop=w=iw-${PAD_LEFT + PAD_EDGE}:h=ih-${PAD_EDGE}:x=${PAD_LEFT}:y=0`,
  ];
}

/**
 * Output options for the decimated stream. `-vsync vfr` keeps each frame's own time (the MP4
 * muxer would otherwise fill the gaps with copies again); it is spelled so for ffmpeg 4.1, which
 * has no `-fps_mode`, and later versions still accept it. B-frames stay at x264's default (the
 * first frames kept whole keep their decoding delay short, see above). Keyframes are forced by
 * time, since x264's own interval counts frames, and frames can be seconds apart.
 */
export function unchangedFrameOutputOptions(): string[] {
  return ['-vsync', 'vfr', ...forcedKeyframeArgs(MAX_KEYFRAME_INTERVAL_SECONDS), ...SPARSE_FRAMES_TIMESCALE];
}

/** Only a known, positive duration lets the last second be kept whole; otherwise every frame is encoded. */
export function canSkipUnchangedFrames(durationSeconds: number | undefined): durationSeconds is number {
  return durationSeconds !== undefined && Number.isFinite(durationSeconds) && durationSeconds > 0;
}
