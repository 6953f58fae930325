/**
 * What a conversion to MP4 ran and produced, as the signed manifest records it. Every conversion
 * path (video transcoding, terminal rendering) returns this, so a manifest can say exactly which
 * tool, in which version, with which arguments made the file.
 */
export interface ConversionReport {
  /** The program that wrote the MP4: "ffmpeg". */
  tool: string;
  /** As the program reports it, e.g. "5.1.6-0+deb12u1". */
  toolVersion: string;
  /** The exact arguments it was started with, without the program itself. */
  arguments: string[];
  /** SHA-256 (hex) of the finished MP4. */
  outputSha256: string;
  outputSizeBytes: number;
  /**
   * For terminal recordings, which are drawn before ffmpeg encodes them: the emulator, font,
   * canvas and options used, so that the drawing can be reproduced.
   */
  rendering?: Record<string, string | number | null>;
  /**
   * For a long recording encoded in segments by several task services and joined (see
   * worker/segmented-export.ts): each part, who encoded it with which arguments, and its hash.
   * `arguments` of the report are then the join's.
   */
  segments?: SegmentReport[];
}

/** One encoded segment of an export, as the manifest lists it. */
export interface SegmentReport {
  index: number;
  /** The part of the recording it holds, in seconds from the recording's start. */
  startSeconds: number;
  endSeconds: number;
  /** The task service that encoded it. */
  taskServiceId: string;
  arguments: string[];
  sha256: string;
  sizeBytes: number;
}

/** The report of an ffmpeg run that wrote `finished`. */
export function ffmpegReport(args: string[], ffmpegVersion: string | undefined, finished: { sha256: string; sizeBytes: number }): ConversionReport {
  return { tool: 'ffmpeg', toolVersion: ffmpegVersion ?? 'unknown', arguments: args, outputSha256: finished.sha256, outputSizeBytes: finished.sizeBytes };
}
