/** Characters that are unsafe in file names on common systems, and control characters. */
const UNSAFE = /[^A-Za-z0-9._-]+/g;

function part(value: string): string {
  return (
    value
      .replace(UNSAFE, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'unknown'
  );
}

/** e.g. `jdoe_db-prod-01_2026-11-20T09-14-03Z_3f2a9c1e.mp4`: readable, sortable, unique. */
export function exportFileName(recording: { userName: string; serverName: string; startedAt: Date }, taskId: string): string {
  const started = recording.startedAt
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-');
  return `${part(recording.userName)}_${part(recording.serverName)}_${started}_${taskId.slice(0, 8)}.mp4`;
}
