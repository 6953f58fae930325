import type { Mp4Encoding } from '../media/transcode.js';

/**
 * How browser previews are encoded: for watching in the page, not as evidence. At most 1280
 * pixels wide (screen text stays legible in a page's player), the export's fast preset and a CRF a
 * little above the export's, so that a preview is ready in a fraction of the recording's length.
 */
export const BROWSER_PREVIEW_ENCODING: Mp4Encoding = { preset: 'veryfast', crf: 28, maxWidth: 1280 };
