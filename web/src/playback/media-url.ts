/** Where the browser's players fetch a recording; the session cookie authenticates the request. */
export function mediaUrl(recordingId: string): string {
  return `/api/recordings/${encodeURIComponent(recordingId)}/media`;
}

/** Where the video player fetches the browser preview of a recording the browser cannot decode. */
export function browserPreviewUrl(recordingId: string): string {
  return `/api/recordings/${encodeURIComponent(recordingId)}/browser-preview`;
}
