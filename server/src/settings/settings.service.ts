import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction, AuditOutcome } from '../audit/audit-action.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { Setting } from './setting.entity.js';

/** Every setting with its value on a fresh install. */
export const SETTING_DEFAULTS = {
  taskServiceEnabled: true,
};
export type SettingValues = typeof SETTING_DEFAULTS;
type SettingKey = keyof SettingValues;
const KEYS = Object.keys(SETTING_DEFAULTS) as SettingKey[];

/** Reads all settings; keys without a row keep their default. */
export async function readSettings(em: EntityManager): Promise<SettingValues> {
  const rows = await em.fork().find(Setting, { key: { $in: KEYS } });
  const values = { ...SETTING_DEFAULTS };
  for (const row of rows) (values as Record<string, unknown>)[row.key] = row.value;
  return values;
}

export class SettingsService {
  constructor(private readonly em: EntityManager, private readonly clientAddress: string | null) {}

  get(): Promise<SettingValues> {
    return readSettings(this.em);
  }

  /**
   * Changes the given settings. Each change is audited with its old and new value, in the same
   * transaction; a setting given its current value changes nothing and is not audited.
   */
  async update(viewer: Viewer, changes: { [K in SettingKey]?: SettingValues[K] | null }): Promise<SettingValues> {
    await this.em.transactional(async (tx) => {
      for (const key of KEYS) {
        const next = changes[key];
        if (next === undefined || next === null) continue;
        // Locks the row, so two administrators changing it at once are audited in order.
        const row = await tx.findOne(Setting, { key }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        const previous = row ? (row.value as SettingValues[typeof key]) : SETTING_DEFAULTS[key];
        if (previous === next) continue;
        if (row) Object.assign(row, { value: next, updatedAt: new Date(), updatedBy: viewer.user.username });
        else tx.create(Setting, { key, value: next, updatedBy: viewer.user.username });
        recordAudit(tx, {
          action: AuditAction.SETTINGS_CHANGED,
          outcome: AuditOutcome.SUCCESS,
          actorId: viewer.user.id,
          actorName: viewer.user.username,
          detail: `${key}: ${JSON.stringify(previous)} → ${JSON.stringify(next)}`,
          clientAddress: this.clientAddress,
        });
      }
    });
    return this.get();
  }
}
