export * from './asciicast.js';
export { MAX_COLS, MAX_ROWS } from './header.js';
export { readAsciicast, type Asciicast } from './read-asciicast.js';
export { isGzipFile, startsLikeAsciicast, MAX_TEXT_BYTES } from './cast-text.js';
export { MAX_LINE_BYTES } from './cast-lines.js';
export { summarizeAsciicast, type AsciicastSummary } from './summarize.js';
export { asciicastV2Lines, v2Header } from './to-v2.js';
