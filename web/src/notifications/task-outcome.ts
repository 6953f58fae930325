/** What an export's outcome tells its requester, wherever they are in the app. */

export interface TaskEvent {
  id: string;
  status: string;
  error?: string | null;
  recording: { userName: string; serverName: string };
  requestedBy: { id: string };
}

export interface OutcomeNotice {
  /** One notice per task and outcome: the same event delivered twice (after a reconnect) shows once. */
  key: string;
  tone: 'success' | 'danger';
  title: string;
  body: string;
}

/**
 * The notice for an event about one of `userId`'s exports that completed or failed; null for
 * anyone else's tasks and for every other status.
 */
export function outcomeNotice(task: TaskEvent, userId: string): OutcomeNotice | null {
  if (task.requestedBy.id !== userId) return null;
  const what = `${task.recording.userName} on ${task.recording.serverName}`;
  if (task.status === 'COMPLETED') {
    return { key: `${task.id}:COMPLETED`, tone: 'success', title: 'Export completed', body: `The MP4 of ${what} is ready to download.` };
  }
  if (task.status === 'FAILED') {
    return { key: `${task.id}:FAILED`, tone: 'danger', title: 'Export failed', body: `The export of ${what} failed: ${task.error ?? 'no reason was given.'}` };
  }
  return null;
}

/** Keeps the last `limit` keys seen, so that a long session does not grow without end. */
export class SeenKeys {
  private readonly keys = new Set<string>();

  constructor(private readonly limit = 500) {}

  /** True the first time a key is offered. */
  firstTime(key: string): boolean {
    if (this.keys.has(key)) return false;
    this.keys.add(key);
    if (this.keys.size > this.limit) this.keys.delete(this.keys.values().next().value as string);
    return true;
  }
}
