import { REASON_MAX_LENGTH, REASON_MIN_LENGTH, reasonLength, visibleReasonLength } from './reason';

/**
 * The most recordings one export request may name: the server's MAX_RECORDINGS_PER_EXPORT
 * (server/src/exports/exports.service.ts), which refuses more with BAD_USER_INPUT.
 */
export const MAX_RECORDINGS_PER_EXPORT = 100;

export interface ExportReadiness {
  reason: string;
  selectedCount: number;
  /** Undefined while the setting is being read. */
  exportsEnabled: boolean | undefined;
}

/**
 * Why the Export button is disabled, in words shown beside it; null when the request can be
 * sent. The first obstacle the user can act on comes first.
 */
export function whyExportIsDisabled({ reason, selectedCount, exportsEnabled }: ExportReadiness): string | null {
  if (exportsEnabled === false) return 'Exporting is switched off by an administrator (Settings).';
  if (selectedCount === 0) return 'Select at least one recording.';
  if (selectedCount > MAX_RECORDINGS_PER_EXPORT) {
    const over = selectedCount - MAX_RECORDINGS_PER_EXPORT;
    return `${selectedCount} recordings are selected; one export takes at most ${MAX_RECORDINGS_PER_EXPORT}. Remove ${over} from the selection.`;
  }
  const visible = visibleReasonLength(reason);
  if (visible === 0) return 'Give a reason for the export.';
  if (visible < REASON_MIN_LENGTH) {
    const missing = REASON_MIN_LENGTH - visible;
    return `The reason is too short: ${missing} more character${missing === 1 ? '' : 's'} needed (at least ${REASON_MIN_LENGTH}).`;
  }
  const length = reasonLength(reason);
  if (length > REASON_MAX_LENGTH) return `The reason is too long: remove ${length - REASON_MAX_LENGTH} characters (at most ${REASON_MAX_LENGTH}).`;
  return null;
}
