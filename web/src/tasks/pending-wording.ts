/** What a PENDING task is waiting for, in words. */
export function pendingWording(task: { attempts: number; queuePosition?: number | null }, taskServicesOnline: number | undefined): string {
  const retrying = task.attempts > 0 ? `Waiting to retry (attempt ${task.attempts + 1})` : null;
  // Without an authorized task service online nothing moves; the page's notice says what to do.
  if (!taskServicesOnline) return retrying ?? 'Waiting for a task service';
  const position = task.queuePosition;
  if (position == null) return retrying ?? 'Queued';
  const ahead = position - 1;
  const place = ahead === 0 ? 'Next in the queue' : `Queued behind ${ahead} task${ahead === 1 ? '' : 's'}`;
  return retrying ? `${retrying}; ${place.charAt(0).toLowerCase()}${place.slice(1)}` : place;
}
