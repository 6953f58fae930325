import type { EntityManager } from '@mikro-orm/postgresql';
import { Channel, notify } from '../db/notifications.js';

/**
 * What an API process must do about its open websockets when credentials change anywhere:
 * close the sockets of a disabled user, of an ended session or of a revoked token, and re-read
 * the roles of a user whose roles changed.
 */
export type CredentialEvent = { kind: 'user'; id: string } | { kind: 'session'; id: string } | { kind: 'token'; id: string } | { kind: 'roles'; id: string };

const KINDS = new Set(['user', 'session', 'token', 'roles']);

export function encodeCredentialEvent(event: CredentialEvent): string {
  return `${event.kind}:${event.id}`;
}

export function decodeCredentialEvent(payload: string): CredentialEvent | null {
  const index = payload.indexOf(':');
  const kind = payload.slice(0, index);
  const id = payload.slice(index + 1);
  return index > 0 && KINDS.has(kind) && id ? ({ kind, id } as CredentialEvent) : null;
}

/** Sent inside the caller's transaction, so other processes hear it only if the change commits. */
export async function announceCredentialChange(em: EntityManager, ...events: CredentialEvent[]): Promise<void> {
  for (const event of events) await notify(em, Channel.credentialsRevoked, encodeCredentialEvent(event));
}
