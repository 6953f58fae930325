/** What the server says of the checkpoint log in an integrity report. */
export interface CheckpointLogState {
  compared: boolean;
  entries: number;
  reason?: string | null;
}

/**
 * Whether the copy of the checkpoints kept outside the database took part in a check: without
 * it, an intact chain proves less, since whoever holds the database's rights could have rewritten
 * both the chain and its checkpoints.
 */
export function checkpointLogSentence(log: CheckpointLogState): string {
  if (!log.compared) return `The checkpoint log outside the database could not be read${log.reason ? ` (${log.reason})` : ''}, so it was not compared.`;
  return `The checkpoint log outside the database was compared (${log.entries} ${log.entries === 1 ? 'entry' : 'entries'}).`;
}
