export interface ContainerHints {
  /** The MP4/QuickTime `major_brand` tag, when ffprobe reports one. */
  majorBrand?: string;
  videoCodec?: string | null;
  audioCodec?: string | null;
}

const WEBM_VIDEO = new Set(['vp8', 'vp9', 'av1']);
const WEBM_AUDIO = new Set(['opus', 'vorbis']);

// Demuxers that read a single still image; ffprobe reports them as a one-frame video.
const STILL_IMAGE = /(^|,)(image2|[a-z0-9]+_pipe)(,|$)/;

/**
 * The short container name people know ('webm', 'mkv', 'mp4', 'mov', 'avi', ...) for ffprobe's
 * `format_name`, from what ffprobe read and never from the file's name, which its sender chose.
 * ffprobe names demuxers, and one demuxer reads several containers: "matroska,webm" for both WebM
 * and MKV, "mov,mp4,m4a,3gp,3g2,mj2" for the whole MP4 family. The name is also the stored file's
 * extension, so it is only ever letters and digits.
 */
export function containerName(formatName: string, hints: ContainerHints): string {
  switch (formatName) {
    case 'matroska,webm':
      // WebM is the subset of Matroska with only these codecs; browsers record in it.
      return WEBM_VIDEO.has(hints.videoCodec ?? '') && (!hints.audioCodec || WEBM_AUDIO.has(hints.audioCodec)) ? 'webm' : 'mkv';
    case 'mov,mp4,m4a,3gp,3g2,mj2': {
      const brand = hints.majorBrand?.trim().toLowerCase();
      if (brand === 'qt') return 'mov';
      if (brand?.startsWith('3g2')) return '3g2';
      if (brand?.startsWith('3gp')) return '3gp';
      // Old QuickTime files have no brand at all.
      return brand ? 'mp4' : 'mov';
    }
    case 'mpegts':
      return 'ts';
    default:
      return (formatName.split(',')[0] ?? '').toLowerCase().replace(/[^a-z0-9]/g, '') || 'bin';
  }
}

/** True for demuxers that read one still picture rather than a recording. */
export function isStillImageFormat(formatName: string): boolean {
  return STILL_IMAGE.test(formatName);
}
