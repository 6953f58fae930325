// The media layer's public surface: plain Node and ffmpeg processes, nothing else.
export { locateMediaTools, describeMediaTools, type MediaTools } from './media-tools.js';
export { probeMedia, type MediaInfo, type ProbeOptions } from './probe.js';
export { recordingInputArgs, pipedMatroskaInputArgs, RECORDING_DEMUXERS } from './input-whitelist.js';
export { containerContentType } from './container-content-type.js';
export {
  buildMp4Args,
  transcodeToMp4,
  type Mp4ArgsInput,
  type Mp4Encoding,
  EXPORT_ENCODING,
  type TranscodeOptions,
  type TranscodeProgress,
  type TranscodeResult,
} from './transcode.js';
export { ProgressParser, progressFraction, type ProgressSnapshot } from './progress.js';
export { MediaError, isMediaError, type MediaErrorKind } from './media-error.js';
export { makeScreenRecording, writeCorruptFile, type ScreenRecordingOptions, type SyntheticContainer } from './synthetic.js';
export { sha256File } from './finish-file.js';
export type { ConversionReport } from './conversion-report.js';
export { exportMetadataArgs, exportIdFromComment } from './export-metadata.js';
