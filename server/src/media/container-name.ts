export interface ContainerHints {
  /** The file's extension without the dot, lower case; '' when it has none. */
  extension: string;
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
 * `format_name`. ffprobe names demuxers, and one demuxer reads several containers:
 * "matroska,webm" for both WebM and MKV, "mov,mp4,m4a,3gp,3g2,mj2" for the whole MP4 family.
 */
export function containerName(formatName: string, hints: ContainerHints): string {
  const ext = hints.extension.toLowerCase();
  switch (formatName) {
    case 'matroska,webm':
      if (ext === 'webm' || ext === 'mkv') return ext;
      // WebM is the subset of Matroska with only these codecs; browsers record in it.
      return WEBM_VIDEO.has(hints.videoCodec ?? '') && (!hints.audioCodec || WEBM_AUDIO.has(hints.audioCodec)) ? 'webm' : 'mkv';
    case 'mov,mp4,m4a,3gp,3g2,mj2': {
      const brand = hints.majorBrand?.trim().toLowerCase();
      if (brand === 'qt') return 'mov';
      if (brand?.startsWith('3g2')) return '3g2';
      if (brand?.startsWith('3gp')) return '3gp';
      if (brand) return 'mp4';
      // Old QuickTime files have no brand at all.
      return ext === 'mp4' || ext === 'm4v' ? 'mp4' : 'mov';
    }
    case 'avi':
      return 'avi';
    case 'mpegts':
      return 'ts';
    case 'mpeg':
      return 'mpg';
    case 'asf':
      return ext === 'wmv' ? 'wmv' : 'asf';
    default:
      if (['flv', 'ogg', 'gif', 'mxf', 'nut', 'h264', 'hevc'].includes(formatName)) return formatName;
      return ext !== '' ? ext : (formatName.split(',')[0] ?? formatName);
  }
}

/** True for demuxers that read one still picture rather than a recording. */
export function isStillImageFormat(formatName: string): boolean {
  return STILL_IMAGE.test(formatName);
}
