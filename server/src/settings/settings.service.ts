import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '../access/caller.js';
import { activity, requireAdministrator, requireSignedIn } from '../access/guards.js';
import { AuditAction, AuditOutcome } from '../audit/audit-action.js';
import { recordAudit } from '../audit/record-audit.js';
import { Setting } from './setting.entity.js';

/** Every setting with its value on a fresh install. */
export const SETTING_DEFAULTS = {
  /** The administrator's switch for exports (the original product's "enable the task service"). */
  exportsEnabled: true,
};
export type SettingValues = typeof SETTING_DEFAULTS;
type SettingKey = keyof SettingValues;
const KEYS = Object.keys(SETTING_DEFAULTS) as SettingKey[];

const CHANGING_SETTINGS = activity('change settings', 'Changing settings');

/** Reads all settings with `em` (inside a transaction, its snapshot); keys without a row keep their default. */
export async function readSettings(em: EntityManager): Promise<SettingValues> {
  const rows = await em.find(Setting, { key: { $in: KEYS } }, { disableIdentityMap: true });
  const values = { ...SETTING_DEFAULTS };
  for (const row of rows) (values as Record<string, unknown>)[row.key] = row.value;
  return values;
}

export class SettingsService {
  constructor(private readonly em: EntityManager) {}

  /** Any signed-in user may read the settings (the web app shows why Export is switched off). */
  get(caller: Caller): Promise<SettingValues> {
    requireSignedIn(caller);
    return readSettings(this.em);
  }

  /**
   * Changes the given settings (ADMINISTRATOR). Each change is audited with its old and new value,
   * in the same transaction; a setting given its current value changes nothing and is not audited.
   */
  async update(caller: Caller, changes: { [K in SettingKey]?: SettingValues[K] | null }): Promise<SettingValues> {
    const administrator = requireAdministrator(caller, CHANGING_SETTINGS);
    const { username } = administrator.user;
    await this.em.transactional(async (tx) => {
      for (const key of KEYS) {
        const next = changes[key];
        if (next === undefined || next === null) continue;
        // Locks the row, so two administrators changing it at once are audited in order.
        const row = await tx.findOne(Setting, { key }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        const previous = row ? (row.value as SettingValues[typeof key]) : SETTING_DEFAULTS[key];
        if (previous === next) continue;
        if (row) Object.assign(row, { value: next, updatedAt: new Date(), updatedBy: username });
        else tx.create(Setting, { key, value: next, updatedBy: username });
        recordAudit(tx, {
          action: AuditAction.SETTINGS_CHANGED,
          outcome: AuditOutcome.SUCCESS,
          actorId: administrator.user.id,
          actorName: username,
          detail: `${key}: ${JSON.stringify(previous)} → ${JSON.stringify(next)}`,
          clientAddress: caller.clientAddress,
        });
      }
    });
    return readSettings(this.em);
  }
}
