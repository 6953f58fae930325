/** The signed manifest as the server writes it (custodian-export-manifest, version 1). */
export interface ManifestContent {
  format: string;
  formatVersion: number;
  export: {
    id: string;
    reason: string;
    requestedBy: { id: string; username: string };
    requestedAt: string;
    startedAt: string;
    completedAt: string;
    workerHost: string;
  };
  recording: {
    id: string;
    userName: string;
    serverName: string;
    clientName: string;
    clientIp: string;
    applications: string[];
    protocol: string;
    startedAt: string;
    endedAt: string;
    durationSeconds: number;
    format: string;
    sizeBytes: number;
    sourceSha256: string;
  };
  conversion: { tool: string; toolVersion: string; arguments: string[] };
  output: { fileName: string; mediaType: string; sha256: string; sizeBytes: number; durationSeconds: number };
}

/** The manifest's fields, or null when the text cannot be read (the verdict then says so). */
export function parseManifest(content: string): ManifestContent | null {
  try {
    const value = JSON.parse(content) as ManifestContent;
    return value && typeof value === 'object' && value.export && value.recording && value.output ? value : null;
  } catch {
    return null;
  }
}
