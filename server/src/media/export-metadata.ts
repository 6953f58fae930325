/** The text written into an exported MP4's `comment` tag, before the export id. */
export const EXPORT_COMMENT_PREFIX = 'Custodian export ';

/**
 * ffmpeg output options that stamp the export id into the MP4. `comment` is a standard key the
 * MP4 muxer keeps without `-movflags use_metadata_tags` (a custom key would need that flag, and a
 * second `-movflags` would silently replace the caller's own, such as `+faststart`).
 */
export function exportMetadataArgs(exportId: string): string[] {
  if (!/^[0-9A-Za-z-]+$/.test(exportId)) throw new TypeError(`Invalid export id "${exportId}"`);
  return ['-metadata', `comment=${EXPORT_COMMENT_PREFIX}${exportId}`];
}

/** The export id in an MP4's `comment` tag, or undefined when it carries none. */
export function exportIdFromComment(comment: string | undefined): string | undefined {
  return comment?.startsWith(EXPORT_COMMENT_PREFIX) ? comment.slice(EXPORT_COMMENT_PREFIX.length).trim() || undefined : undefined;
}
