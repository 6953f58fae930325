import path from 'node:path';
import { AuditAction, AuditOutcome } from '../audit/audit-action.js';
import type { AuditEntry } from '../audit/record-audit.js';
import type { ImportOutcome } from './import.service.js';
import { importNotice } from './import-notice.js';

/** Who imports: a signed-in user (an upload), or the operator or process that runs an import. */
export interface Importer {
  id: string | null;
  name: string;
  clientAddress: string | null;
}

/** The RECORDING_IMPORTED row of an import: what was cataloged, with its metadata and whether it is restricted, or why not. */
export function importAudit(by: Importer, outcome: ImportOutcome, source: string): AuditEntry {
  const base = { action: AuditAction.RECORDING_IMPORTED, actorId: by.id, actorName: by.name, clientAddress: by.clientAddress };
  const name = path.basename(source).slice(0, 200);
  if (outcome.status === 'skipped') return { ...base, outcome: AuditOutcome.FAILURE, detail: `${name} was not imported: ${outcome.reason}` };
  const r = outcome.recording;
  const what = `${r.userName} on ${r.serverName} from ${r.clientName} (${r.clientIp}), ${r.protocol}, started ${r.startedAt.toISOString()}, ${r.format}, sha256 ${r.sourceSha256}${r.restricted ? ', restricted' : ''}`;
  return {
    ...base,
    outcome: AuditOutcome.SUCCESS,
    recordingId: r.id,
    detail: outcome.status === 'imported' ? `${name}: ${what}${importNotice(r) ? `; ${importNotice(r)}` : ''}` : `${name} is already in the catalog: ${what}`,
  };
}
