import { describe, expect, it } from 'vitest';
import { decodeCredentialEvent, encodeCredentialEvent } from './credential-events.js';

describe('credential events', () => {
  it('round-trip through the NOTIFY payload', () => {
    for (const kind of ['user', 'session', 'token', 'roles'] as const) {
      const event = { kind, id: '0b6f5f3e-1111-4a8b-9c1d-2e3f4a5b6c7d' };
      expect(decodeCredentialEvent(encodeCredentialEvent(event))).toEqual(event);
    }
  });

  it('ignore payloads they do not understand', () => {
    for (const payload of ['', 'user', 'user:', ':abc', 'group:abc', 'everything']) expect(decodeCredentialEvent(payload)).toBeNull();
  });
});
