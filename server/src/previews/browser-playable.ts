import { RecordingKind } from '../recordings/recording-kind.js';
import type { Recording } from '../recordings/recording.entity.js';

/**
 * What every browser decodes without help: H.264, VP8, VP9 or AV1 video in MP4 or WebM, with
 * audio that container's players take. Anything else (MPEG-4 Part 2 in AVI, H.264 in MKV or
 * QuickTime, which some browsers play and others refuse) is played through a browser preview.
 */
const PLAYABLE: Record<string, { video: ReadonlySet<string>; audio: ReadonlySet<string> }> = {
  mp4: { video: new Set(['h264', 'vp9', 'av1']), audio: new Set(['aac', 'mp3', 'opus', 'flac']) },
  webm: { video: new Set(['vp8', 'vp9', 'av1']), audio: new Set(['opus', 'vorbis']) },
};

/**
 * Whether a recording needs a browser preview to play in the page, decided by the container and
 * codecs its probe found at import. Terminal and Guacamole recordings have players of their own.
 * A video imported before codecs were kept (null) is judged by its container alone.
 */
export function needsBrowserPreview(recording: Pick<Recording, 'kind' | 'format' | 'videoCodec' | 'audioCodec' | 'hasAudio'>): boolean {
  if (recording.kind !== RecordingKind.VIDEO) return false;
  const playable = PLAYABLE[recording.format];
  if (!playable) return true;
  if (recording.videoCodec && !playable.video.has(recording.videoCodec)) return true;
  return recording.hasAudio && !!recording.audioCodec && !playable.audio.has(recording.audioCodec);
}
