import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/access/caller.js';
import { Role } from '../../src/access/role.js';
import type { User } from '../../src/auth/user.entity.js';
import { AppError } from '../../src/common/errors.js';
import { MAX_PREFERENCE_BYTES } from '../../src/preferences/preference-keys.js';
import { PreferencesService } from '../../src/preferences/preferences.service.js';
import { ANONYMOUS, callerFor, createUser } from '../support/builders.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

/** The code and message a call failed with. */
async function failureOf(call: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await call;
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('the call succeeded');
}

describe('preferences', () => {
  let t: TestDatabase;
  let alice: User;
  let bob: User;
  let asAlice: Caller;
  let asBob: Caller;
  const service = () => new PreferencesService(t.em.fork());

  beforeAll(async () => {
    t = await createTestDatabase();
    alice = await createUser(t.em, 'alice', [Role.PLAYER]);
    bob = await createUser(t.em, 'bob', [Role.ADMINISTRATOR]);
    asAlice = callerFor(alice, [Role.PLAYER]);
    asBob = callerFor(bob, [Role.ADMINISTRATOR]);
  });
  afterAll(() => t?.close());

  it('keeps each user their own values, the later write winning', async () => {
    expect(await service().list(asAlice, alice.id)).toEqual([]);
    await service().set(asAlice, 'timeZone', '"LOCAL"');
    await service().set(asAlice, 'columns.tasks', '["status","recording"]');
    await service().set(asBob, 'timeZone', '"UTC"');
    const saved = await service().set(asAlice, 'timeZone', ' "UTC" ');
    expect(saved).toMatchObject({ key: 'timeZone', value: '"UTC"' });

    const alices = await service().list(asAlice, alice.id);
    expect(alices.map(({ key, value }) => ({ key, value }))).toEqual([
      { key: 'columns.tasks', value: '["status","recording"]' },
      { key: 'timeZone', value: '"UTC"' },
    ]);
    expect((await service().list(asBob, bob.id)).map((p) => p.value)).toEqual(['"UTC"']);
    // Stored as jsonb, not as text.
    expect(await t.sql("select value from user_preferences where key = 'columns.tasks'")).toEqual([{ value: ['status', 'recording'] }]);
  });

  it('saves at once from two tabs without a conflict', async () => {
    await Promise.all([service().set(asAlice, 'density', '"COMPACT"'), service().set(asAlice, 'density', '"COMFORTABLE"')]);
    const density = (await service().list(asAlice, alice.id)).find((p) => p.key === 'density');
    expect(['"COMPACT"', '"COMFORTABLE"']).toContain(density?.value);
  });

  it('shows preferences to their user only, administrators included', async () => {
    expect(await failureOf(service().list(asBob, alice.id))).toEqual({ code: 'FORBIDDEN', message: "A user's preferences are visible to that user only." });
    expect((await failureOf(service().list(ANONYMOUS, alice.id))).code).toBe('UNAUTHENTICATED');
    expect(await failureOf(service().set(ANONYMOUS, 'timeZone', '"UTC"'))).toEqual({ code: 'UNAUTHENTICATED', message: 'Sign in to keep preferences.' });
  });

  it.each([
    [
      'theme',
      '"DARK"',
      'There is no preference "theme"; known ones are timeZone, density, columns.recordings, columns.tasks, columns.audit, savedAuditQueries.',
    ],
    ['timeZone', 'LOCAL', 'The value of timeZone is not JSON.'],
    ['timeZone', '"Europe/Berlin"', 'The value of timeZone must be one of "UTC", "LOCAL".'],
    ['density', 'null', 'The value of density must be one of "COMPACT", "COMFORTABLE".'],
    ['columns.recordings', '"start"', 'The value of columns.recordings must be a list of column ids.'],
    ['columns.audit', JSON.stringify(Array.from({ length: 31 }, (_, i) => `c${i}`)), 'The value of columns.audit may name at most 30 columns.'],
    ['columns.tasks', '["status","a b"]', 'The value of columns.tasks has a column id that is not 1 to 40 letters, digits, "_" or "-": "a b".'],
    [
      'columns.tasks',
      JSON.stringify(['x'.repeat(41)]),
      `The value of columns.tasks has a column id that is not 1 to 40 letters, digits, "_" or "-": "${'x'.repeat(41)}".`,
    ],
    ['savedAuditQueries', '{}', 'The value of savedAuditQueries must be a list of saved searches.'],
    ['savedAuditQueries', '[{"name":"  ","search":"a=1"}]', 'The value of savedAuditQueries item 1 needs a name of 1 to 80 characters.'],
    ['savedAuditQueries', JSON.stringify([{ name: 'n'.repeat(81), search: '' }]), 'The value of savedAuditQueries item 1 needs a name of 1 to 80 characters.'],
    [
      'savedAuditQueries',
      JSON.stringify([{ name: 'ok', search: 's'.repeat(2001) }]),
      'The value of savedAuditQueries item 1 needs a search of at most 2000 characters.',
    ],
    ['savedAuditQueries', '[{"name":"ok","search":"","owner":"x"}]', 'The value of savedAuditQueries item 1 has fields other than name and search: owner.'],
    [
      'savedAuditQueries',
      JSON.stringify(Array.from({ length: 51 }, (_, i) => ({ name: `q${i}`, search: '' }))),
      'The value of savedAuditQueries may hold at most 50 saved searches.',
    ],
    ['savedAuditQueries', JSON.stringify([{ name: 'big', search: 's'.repeat(MAX_PREFERENCE_BYTES) }]), 'The value of savedAuditQueries is longer than 16 KiB.'],
  ])('refuses %s = %s', async (key, value, message) => {
    expect(await failureOf(service().set(asAlice, key, value))).toEqual({ code: 'BAD_USER_INPUT', message });
  });

  it('accepts values at their limits', async () => {
    const columns = Array.from({ length: 30 }, (_, i) => `column_${i}-${'x'.repeat(30)}`);
    await service().set(asAlice, 'columns.recordings', JSON.stringify(columns));
    const queries = Array.from({ length: 50 }, (_, i) => ({ name: `${i}`.padEnd(80, 'n'), search: 'action=EXPORT_REQUESTED&from=2026-11-01T00%3A00%3A00Z' }));
    await service().set(asAlice, 'savedAuditQueries', JSON.stringify(queries));
    const kept = new Map((await service().list(asAlice, alice.id)).map((p) => [p.key, JSON.parse(p.value)]));
    expect(kept.get('columns.recordings')).toEqual(columns);
    expect(kept.get('savedAuditQueries')).toEqual(queries);
  });
});
