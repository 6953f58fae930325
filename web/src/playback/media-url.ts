/** Where the browser's players fetch a recording; the session cookie authenticates the request. */
export function mediaUrl(recordingId: string): string {
  return `/api/recordings/${encodeURIComponent(recordingId)}/media`;
}
