/**
 * What a recording agent says about a recording, in a sidecar `<file>.json` or with an upload.
 * Field names are those of the Recording type.
 */
export interface RecordingMetadata {
  userName?: string;
  serverName?: string;
  clientName?: string;
  clientIp?: string;
  applications?: string[];
  protocol?: string;
  startedAt?: string;
  restricted?: boolean;
}

const TEXT_FIELDS = ['userName', 'serverName', 'clientName', 'clientIp', 'protocol', 'startedAt'] as const;

/** Checks untrusted metadata; returns the problem in words, or the metadata. */
export function parseRecordingMetadata(raw: unknown): { ok: true; metadata: RecordingMetadata } | { ok: false; problem: string } {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, problem: 'the metadata is not a JSON object' };
  const input = raw as Record<string, unknown>;
  const metadata: RecordingMetadata = {};
  for (const field of TEXT_FIELDS) {
    const value = input[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string' || value.length > 500) return { ok: false, problem: `${field} must be a text of at most 500 characters` };
    metadata[field] = value.trim();
  }
  if (metadata.startedAt !== undefined && Number.isNaN(Date.parse(metadata.startedAt))) {
    return { ok: false, problem: `startedAt is not a date: "${metadata.startedAt}"` };
  }
  // JavaScript reads years the catalog cannot hold (0, six digits).
  const year = metadata.startedAt === undefined ? 1 : new Date(metadata.startedAt).getUTCFullYear();
  if (year < 1 || year > 9999) return { ok: false, problem: `startedAt is outside the years 1 to 9999: "${metadata.startedAt}"` };
  if (input.applications !== undefined && input.applications !== null) {
    if (!Array.isArray(input.applications) || input.applications.some((a) => typeof a !== 'string') || input.applications.length > 100) {
      return { ok: false, problem: 'applications must be a list of at most 100 texts' };
    }
    metadata.applications = (input.applications as string[]).map((a) => a.trim()).filter(Boolean);
  }
  if (input.restricted !== undefined && input.restricted !== null) {
    if (typeof input.restricted !== 'boolean') return { ok: false, problem: 'restricted must be true or false' };
    metadata.restricted = input.restricted;
  }
  return { ok: true, metadata };
}
