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
}

/** The report of an ffmpeg run that wrote `finished`. */
export function ffmpegReport(args: string[], ffmpegVersion: string | undefined, finished: { sha256: string; sizeBytes: number }): ConversionReport {
  return { tool: 'ffmpeg', toolVersion: ffmpegVersion ?? 'unknown', arguments: args, outputSha256: finished.sha256, outputSizeBytes: finished.sizeBytes };
}
