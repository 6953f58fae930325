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

/**
 * The MP4 output options that carry metadata: the export id, further `key=value` tags, and the
 * `-movflags` that keep them (custom keys need use_metadata_tags) and put the index first
 * (faststart, so a viewer can play while downloading).
 */
export function mp4MetadataOptions(exportId: string | undefined, metadata: Record<string, string> = {}): string[] {
  const tags = Object.entries(metadata).flatMap(([key, value]) => {
    // ffmpeg splits at the first "=", so such a key would silently become a different tag.
    if (key === '' || key.includes('=')) throw new TypeError(`Invalid metadata key "${key}"`);
    return ['-metadata', `${key}=${value}`];
  });
  return [...(exportId ? exportMetadataArgs(exportId) : []), ...tags, '-movflags', tags.length > 0 ? '+faststart+use_metadata_tags' : '+faststart'];
}
