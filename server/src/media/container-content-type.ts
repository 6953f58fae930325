/**
 * The Content-Type of a stored video recording, from the container its probe found at import.
 * Never guessed from a file name: a browser told `text/html` runs what the file holds.
 */
const CONTENT_TYPES: ReadonlyMap<string, string> = new Map([
  ['webm', 'video/webm'],
  ['mkv', 'video/x-matroska'],
  ['mp4', 'video/mp4'],
  ['mov', 'video/quicktime'],
  ['3gp', 'video/3gpp'],
  ['3g2', 'video/3gpp2'],
  ['avi', 'video/x-msvideo'],
  ['flv', 'video/x-flv'],
  ['ts', 'video/mp2t'],
  ['ogg', 'video/ogg'],
]);

/** Bytes to be saved, not shown: for any container this list does not know. */
export const OPAQUE_CONTENT_TYPE = 'application/octet-stream';

export function containerContentType(container: string): string {
  return CONTENT_TYPES.get(container) ?? OPAQUE_CONTENT_TYPE;
}
