/** Online means a heartbeat within the worker's own timeout; re-checked as time passes. */
export function isOnline(service: { online: boolean; lastHeartbeatAt: string; heartbeatTimeoutSeconds: number }, now: number): boolean {
  if (!service.online) return false;
  return now - Date.parse(service.lastHeartbeatAt) < service.heartbeatTimeoutSeconds * 1000;
}
