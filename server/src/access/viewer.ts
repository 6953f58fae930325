import type { Role } from './role.js';

/** Who a signed-in user is, as much as rules and audit rows need. */
export interface ViewerIdentity {
  id: string;
  username: string;
}

/** The authenticated caller of a request or websocket. */
export interface Viewer {
  user: ViewerIdentity;
  /**
   * Effective roles: the user's own and those of their groups. Replaced in place on an open
   * websocket when an administrator changes them, so live filters follow at once.
   */
  roles: ReadonlySet<Role>;
  /** Set when the caller signed in with a password (browser or signIn mutation). */
  sessionId: string | null;
  /** Set when the caller used an API token. */
  apiTokenId: string | null;
}

export function viewerOf(user: ViewerIdentity, roles: Iterable<Role>, via: { sessionId?: string; apiTokenId?: string }): Viewer {
  return { user: { id: user.id, username: user.username }, roles: new Set(roles), sessionId: via.sessionId ?? null, apiTokenId: via.apiTokenId ?? null };
}
