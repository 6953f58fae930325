import { describe, expect, it } from 'vitest';
import { isOnline } from './task-service-status';

const now = Date.parse('2026-11-20T09:14:30.000Z');
const service = (online: boolean, lastHeartbeatAt: string) => ({ online, lastHeartbeatAt, heartbeatTimeoutSeconds: 30 });

describe('isOnline', () => {
  it('is online while the last heartbeat is younger than the timeout', () => {
    expect(isOnline(service(true, '2026-11-20T09:14:00.001Z'), now)).toBe(true);
  });

  it('turns offline once the timeout has passed without a heartbeat', () => {
    expect(isOnline(service(true, '2026-11-20T09:14:00.000Z'), now)).toBe(false);
    expect(isOnline(service(true, '2026-11-20T09:10:00.000Z'), now)).toBe(false);
  });

  it('is offline when the server says so, even with a fresh heartbeat', () => {
    expect(isOnline(service(false, '2026-11-20T09:14:29.000Z'), now)).toBe(false);
  });

  it('takes the heartbeat timeout of each service', () => {
    expect(isOnline({ ...service(true, '2026-11-20T09:13:00.000Z'), heartbeatTimeoutSeconds: 120 }, now)).toBe(true);
  });
});
