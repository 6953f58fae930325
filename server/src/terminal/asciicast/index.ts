export * from './asciicast.js';
export { MAX_COLS, MAX_ROWS } from './header.js';
export { readAsciicast, isGzipFile, type Asciicast } from './read-asciicast.js';
export { summarizeAsciicast, type AsciicastSummary } from './summarize.js';
export { asciicastV2Lines, v2Header } from './to-v2.js';
