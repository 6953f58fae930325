import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from '../access/role.js';
import type { Viewer } from '../access/viewer.js';
import { roleGrantsOf } from '../auth/effective-roles.js';
import { pgArray } from '../db/pg-array.js';

export interface RecheckOutcome {
  /** Viewers whose user is gone or disabled, whose session ended or expired, or whose token was revoked. */
  revoked: Set<Viewer>;
  /** The current effective roles of every user still valid. */
  roles: Map<string, Set<Role>>;
}

/**
 * Checks the credentials of many open websockets in four queries whatever their number (users,
 * sessions, tokens, roles), instead of a few queries per socket.
 */
export async function recheckCredentials(em: EntityManager, viewers: readonly Viewer[]): Promise<RecheckOutcome> {
  const userIds = [...new Set(viewers.map((v) => v.user.id))];
  const sessionIds = [...new Set(viewers.flatMap((v) => (v.sessionId ? [v.sessionId] : [])))];
  const tokenIds = [...new Set(viewers.flatMap((v) => (v.apiTokenId ? [v.apiTokenId] : [])))];
  const connection = em.getConnection();
  const ids = async (sql: string, values: string[]) =>
    new Set(values.length ? (await connection.execute<{ id: string }[]>(sql, [pgArray(values)])).map((row) => row.id) : []);
  const enabledUsers = await ids('select id from users where id = any(?::uuid[]) and not disabled', userIds);
  const liveSessions = await ids('select id from sessions where id = any(?::uuid[]) and expires_at > now()', sessionIds);
  const liveTokens = await ids('select id from api_tokens where id = any(?::uuid[]) and revoked_at is null', tokenIds);
  const revoked = new Set(
    viewers.filter((v) => !enabledUsers.has(v.user.id) || (v.sessionId ? !liveSessions.has(v.sessionId) : v.apiTokenId ? !liveTokens.has(v.apiTokenId) : true)),
  );
  const grants = await roleGrantsOf(em, [...enabledUsers]);
  const roles = new Map([...grants].map(([id, rows]) => [id, new Set(rows.map((row) => row.role))]));
  return { revoked, roles };
}
