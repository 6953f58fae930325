/** The server route that streams an evidence bundle (ZIP) of completed exports. */
export function evidenceBundleHref(taskIds: readonly string[]): string {
  return `/exports/evidence-bundle?tasks=${taskIds.map(encodeURIComponent).join(',')}`;
}
