import { Role } from './role.js';
import type { User } from './user.entity.js';

/** The authenticated caller of a request or websocket. */
export interface Viewer {
  user: User;
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

export function viewerOf(user: User, roles: Iterable<Role>, via: { sessionId?: string; apiTokenId?: string }): Viewer {
  return { user, roles: new Set(roles), sessionId: via.sessionId ?? null, apiTokenId: via.apiTokenId ?? null };
}
