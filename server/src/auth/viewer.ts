import { Role } from './role.js';
import type { User } from './user.entity.js';

/** The authenticated caller of a request or websocket. */
export interface Viewer {
  user: User;
  roles: ReadonlySet<Role>;
  /** Set when the caller signed in with a password (browser or signIn mutation). */
  sessionId: string | null;
  /** Set when the caller used an API token. */
  apiTokenId: string | null;
}

export function viewerOf(user: User, via: { sessionId?: string; apiTokenId?: string }): Viewer {
  return { user, roles: new Set(user.roles), sessionId: via.sessionId ?? null, apiTokenId: via.apiTokenId ?? null };
}
