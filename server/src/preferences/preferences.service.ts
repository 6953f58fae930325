import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '../access/caller.js';
import { activity, requireSignedIn } from '../access/guards.js';
import { refusal } from '../access/refusal.js';
import { parsePreference } from './preference-keys.js';
import type { Preference } from './preference.types.js';
import { UserPreference } from './user-preference.entity.js';

const KEEPING_PREFERENCES = activity('keep preferences', 'Keeping preferences');

function toPreference(row: UserPreference): Preference {
  return { key: row.key, value: JSON.stringify(row.value), updatedAt: row.updatedAt };
}

/**
 * Each user's own preferences. Only the signed-in user reads and writes theirs (administrators
 * included: a preference is nobody else's business). They change nothing of evidence, so setting
 * one is not audited.
 */
export class PreferencesService {
  constructor(private readonly em: EntityManager) {}

  /** The preferences of `userId`, who must be the caller; keys never set are absent. */
  async list(caller: Caller, userId: string): Promise<Preference[]> {
    const viewer = requireSignedIn(caller, KEEPING_PREFERENCES);
    if (viewer.user.id !== userId) throw refusal(caller, 'FORBIDDEN', "A user's preferences are visible to that user only.");
    const rows = await this.em.find(UserPreference, { user: userId }, { orderBy: { key: 'asc' }, disableIdentityMap: true });
    return rows.map(toPreference);
  }

  /** Sets one of the caller's preferences to `json` (JSON text), checked by preference-keys.ts. */
  async set(caller: Caller, key: string, json: string): Promise<Preference> {
    const viewer = requireSignedIn(caller, KEEPING_PREFERENCES);
    const value = parsePreference(key, json);
    const updatedAt = new Date();
    // One statement, so two tabs saving at once both succeed and the later write wins.
    await this.em.getConnection().execute(
      `insert into "user_preferences" ("user_id", "key", "value", "updated_at") values (?, ?, ?::jsonb, ?)
       on conflict ("user_id", "key") do update set "value" = excluded."value", "updated_at" = excluded."updated_at"`,
      [viewer.user.id, key, JSON.stringify(value), updatedAt],
    );
    return { key, value: JSON.stringify(value), updatedAt };
  }
}
