/**
 * The longest a recording may last, by its own timestamps. A session kept open for months is
 * still a session; a duration of decades is a timestamp that is wrong (or made to be), and would
 * give the catalog an end beyond any date and an export of years of a still screen. Imports
 * refuse longer recordings, and exports keep every gap up to this long in its own time.
 */
export const MAX_RECORDING_DAYS = 366;
export const MAX_RECORDING_SECONDS = MAX_RECORDING_DAYS * 86_400;

/**
 * Goes before the input of every ffmpeg run (not ffprobe, which has no such option) that reads a
 * recording's frames in time. ffmpeg takes a jump of more than 30 hours between two frames for a
 * timestamp error and closes it up: a recording whose screen stood still over a weekend (no frames
 * stored meanwhile) would have its next change at a wrong time. No gap of a recording that may be
 * imported is an error.
 */
export function keptGapArgs(): string[] {
  return ['-dts_error_threshold', String(MAX_RECORDING_SECONDS)];
}
