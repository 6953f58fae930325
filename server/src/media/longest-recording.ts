/**
 * The longest a recording may last, by its own timestamps. A session kept open for months is
 * still a session; a duration of decades is a timestamp that is wrong (or made to be), and would
 * give the catalog an end beyond any date and an export of years of a still screen. Imports
 * refuse longer recordings, and exports keep every gap up to this long in its own time.
 */
export const MAX_RECORDING_DAYS = 366;
export const MAX_RECORDING_SECONDS = MAX_RECORDING_DAYS * 86_400;
