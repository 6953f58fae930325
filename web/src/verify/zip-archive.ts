// A ZIP archive starts with a local file header, or, when it holds nothing, with the end of its
// central directory (APPNOTE.TXT, sections 4.3.7 and 4.3.16).
const LOCAL_FILE_HEADER = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ARCHIVE = [0x50, 0x4b, 0x05, 0x06];

/** How many leading bytes `isZipArchive` reads. */
export const ZIP_SIGNATURE_BYTES = 4;

/**
 * Whether a file starting with these bytes is a ZIP archive, such as an evidence bundle: its
 * SHA-256 is not an export's, so checking it as one would wrongly read as "changed after export".
 */
export function isZipArchive(head: Uint8Array): boolean {
  const startsWith = (signature: number[]) => signature.every((byte, i) => head[i] === byte);
  return head.length >= ZIP_SIGNATURE_BYTES && (startsWith(LOCAL_FILE_HEADER) || startsWith(EMPTY_ARCHIVE));
}
