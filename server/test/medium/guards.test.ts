import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/access/caller.js';
import {
  activity,
  downloadRefusal,
  requireAdministrator,
  requireAuditReader,
  requireExporter,
  requirePlayer,
  requireSelfOrAdministrator,
  requireSignedIn,
  requireTaskCanceller,
  requireTaskReader,
  requireVisibleRecording,
  requireVisibleTask,
} from '../../src/access/guards.js';
import { auditedTransaction, Refusal, refusal, type AuditedAs } from '../../src/access/refusal.js';
import { Role } from '../../src/access/role.js';
import { AuditAction } from '../../src/audit/audit-action.js';
import { Setting } from '../../src/settings/setting.entity.js';
import { ANONYMOUS, callerFor } from '../support/builders.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

const { PLAYER, PRIVILEGED_PLAYER, LOGGING_READER, ADMINISTRATOR } = Role;

/** The role sets that matter to the rules; null is nobody signed in. */
const ROLE_SETS = {
  anonymous: null,
  'no roles': [],
  PLAYER: [PLAYER],
  PRIVILEGED_PLAYER: [PRIVILEGED_PLAYER],
  LOGGING_READER: [LOGGING_READER],
  'LOGGING_READER+PRIVILEGED_PLAYER': [LOGGING_READER, PRIVILEGED_PLAYER],
  ADMINISTRATOR: [ADMINISTRATOR],
  'ADMINISTRATOR+LOGGING_READER': [ADMINISTRATOR, LOGGING_READER],
  'ADMINISTRATOR+LOGGING_READER+PRIVILEGED_PLAYER': [ADMINISTRATOR, LOGGING_READER, PRIVILEGED_PLAYER],
} satisfies Record<string, Role[] | null>;
type Who = keyof typeof ROLE_SETS;
const EVERYONE = Object.keys(ROLE_SETS) as Who[];
const SIGNED_IN = EVERYONE.filter((who) => who !== 'anonymous');
const rolesOf = (who: Who): readonly Role[] => ROLE_SETS[who] ?? [];
const isAdministrator = (who: Who) => rolesOf(who).includes(ADMINISTRATOR);

const callers = Object.fromEntries(
  EVERYONE.map((who) => {
    const roles = ROLE_SETS[who];
    return [who, roles ? callerFor({ id: randomUUID(), username: who.toLowerCase() }, roles) : ANONYMOUS];
  }),
) as Record<Who, Caller>;

/** What a guard did: let the caller through with a value, or refused with a code and message. */
type Outcome = { allowed: unknown } | { code: string; message: string };

function outcomeOf(run: () => unknown): Outcome {
  try {
    return { allowed: run() };
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    return { code: error.code, message: error.message };
  }
}

/*
 * Expected values come from README's Roles section, written out here rather than computed from
 * access/permissions.ts, so that a rule changed by mistake there fails this table.
 */

// PLAYER lists recordings; PRIVILEGED_PLAYER "also" sees restricted ones, so lists too.
const PLAYERS: Who[] = ['PLAYER', 'PRIVILEGED_PLAYER', 'LOGGING_READER+PRIVILEGED_PLAYER', 'ADMINISTRATOR+LOGGING_READER+PRIVILEGED_PLAYER'];
// Exporting needs both LOGGING_READER and PRIVILEGED_PLAYER.
const EXPORTERS: Who[] = ['LOGGING_READER+PRIVILEGED_PLAYER', 'ADMINISTRATOR+LOGGING_READER+PRIVILEGED_PLAYER'];

const EXPORTING = activity('export recordings', 'Exporting recordings');
const CHANGING_SETTINGS = activity('change settings', 'Changing settings');

const ROLE_GUARDS: { guard: string; run: (caller: Caller) => unknown; allowed: Who[]; unauthenticated: string; forbidden: string }[] = [
  {
    guard: 'requireSignedIn',
    run: (caller) => requireSignedIn(caller),
    allowed: SIGNED_IN,
    unauthenticated: 'Sign in first.',
    forbidden: '(never)',
  },
  {
    guard: 'requirePlayer',
    run: (caller) => requirePlayer(caller),
    allowed: PLAYERS,
    unauthenticated: 'Sign in to list recordings.',
    forbidden: 'Listing recordings needs the PLAYER or PRIVILEGED_PLAYER role.',
  },
  {
    guard: 'requireExporter',
    run: (caller) => requireExporter(caller, EXPORTING),
    allowed: EXPORTERS,
    unauthenticated: 'Sign in to export recordings.',
    forbidden: 'Exporting recordings needs both the LOGGING_READER and PRIVILEGED_PLAYER roles.',
  },
  {
    guard: 'requireTaskReader',
    run: (caller) => requireTaskReader(caller),
    // LOGGING_READER or the export roles (which include it).
    allowed: ['LOGGING_READER', 'LOGGING_READER+PRIVILEGED_PLAYER', 'ADMINISTRATOR+LOGGING_READER', 'ADMINISTRATOR+LOGGING_READER+PRIVILEGED_PLAYER'],
    unauthenticated: 'Sign in to read export tasks.',
    forbidden: 'Reading export tasks needs the LOGGING_READER role, or the roles to export.',
  },
  {
    guard: 'requireAuditReader',
    run: (caller) => requireAuditReader(caller),
    allowed: ['LOGGING_READER', 'LOGGING_READER+PRIVILEGED_PLAYER', 'ADMINISTRATOR+LOGGING_READER', 'ADMINISTRATOR+LOGGING_READER+PRIVILEGED_PLAYER'],
    unauthenticated: 'Sign in to read the export audit.',
    forbidden: 'The export audit needs the LOGGING_READER role.',
  },
  {
    guard: 'requireAdministrator',
    run: (caller) => requireAdministrator(caller, CHANGING_SETTINGS),
    allowed: ['ADMINISTRATOR', 'ADMINISTRATOR+LOGGING_READER', 'ADMINISTRATOR+LOGGING_READER+PRIVILEGED_PLAYER'],
    unauthenticated: 'Sign in to change settings.',
    forbidden: 'Changing settings needs the ADMINISTRATOR role.',
  },
];

describe('the guards', () => {
  for (const { guard, run, allowed, unauthenticated, forbidden } of ROLE_GUARDS) {
    describe(guard, () => {
      it.each(EVERYONE)('%s', (who) => {
        const caller = callers[who];
        const expected: Outcome = allowed.includes(who)
          ? { allowed: caller.viewer }
          : who === 'anonymous'
            ? { code: 'UNAUTHENTICATED', message: unauthenticated }
            : { code: 'FORBIDDEN', message: forbidden };
        const outcome = outcomeOf(() => run(caller));
        expect(outcome).toEqual(expected);
        // The viewer itself, not a copy: narrowing changes the type only.
        if ('allowed' in outcome) expect(outcome.allowed).toBe(caller.viewer);
      });
    });
  }

  describe('requireSelfOrAdministrator', () => {
    const cases = EVERYONE.flatMap((who) => (['self', 'another user'] as const).map((whose) => [who, whose] as const));
    it.each(cases)('%s asking about %s', (who, whose) => {
      const caller = callers[who];
      const userId = whose === 'self' && caller.viewer ? caller.viewer.user.id : randomUUID();
      const expected: Outcome =
        who === 'anonymous'
          ? { code: 'UNAUTHENTICATED', message: 'Sign in first.' }
          : whose === 'self' || isAdministrator(who)
            ? { allowed: caller.viewer }
            : { code: 'FORBIDDEN', message: "Another user's roles and status are visible to administrators only." };
      const outcome = outcomeOf(() => requireSelfOrAdministrator(caller, userId));
      expect(outcome).toEqual(expected);
      if ('allowed' in outcome) expect(outcome.allowed).toBe(caller.viewer);
    });
  });

  // A restricted recording, or a task on one, that the viewer may not see is reported exactly
  // like one that does not exist: the same code and the same message.
  describe('requireVisibleRecording', () => {
    const mayPlay: Record<'unrestricted' | 'restricted', Who[]> = {
      unrestricted: PLAYERS,
      restricted: ['PRIVILEGED_PLAYER', 'LOGGING_READER+PRIVILEGED_PLAYER', 'ADMINISTRATOR+LOGGING_READER+PRIVILEGED_PLAYER'],
    };
    const cases = PLAYERS.flatMap((who) => (['unrestricted', 'restricted', 'missing'] as const).map((kind) => [who, kind] as const));
    it.each(cases)('%s, %s recording', (who, kind) => {
      const caller = callers[who];
      const viewer = requirePlayer(caller);
      const id = randomUUID();
      const recording = kind === 'missing' ? null : { id, restricted: kind === 'restricted' };
      const outcome = outcomeOf(() => requireVisibleRecording(caller, viewer, recording, id));
      if (kind !== 'missing' && mayPlay[kind].includes(who)) expect(outcome).toEqual({ allowed: recording });
      else expect(outcome).toEqual({ code: 'NOT_FOUND', message: `There is no recording ${id}.` });
      if ('allowed' in outcome) expect(outcome.allowed).toBe(recording);
    });
  });

  // Tasks: see (LOGGING_READER or the export roles; PRIVILEGED_PLAYER when restricted), cancel
  // (its requester, or an ADMINISTRATOR, both able to see it), download (the requester holding
  // both export roles).
  const TASK_READERS: Who[] = [
    'LOGGING_READER',
    'LOGGING_READER+PRIVILEGED_PLAYER',
    'ADMINISTRATOR+LOGGING_READER',
    'ADMINISTRATOR+LOGGING_READER+PRIVILEGED_PLAYER',
  ];
  const RESTRICTED_TASK_READERS: Who[] = ['LOGGING_READER+PRIVILEGED_PLAYER', 'ADMINISTRATOR+LOGGING_READER+PRIVILEGED_PLAYER'];
  const sees = (who: Who, restricted: boolean) => (restricted ? RESTRICTED_TASK_READERS : TASK_READERS).includes(who);

  const taskCases = SIGNED_IN.flatMap((who) =>
    (['unrestricted', 'restricted'] as const).flatMap((kind) => (['own', "someone else's"] as const).map((whose) => [who, kind, whose] as const)),
  );
  function taskFor(who: Who, kind: 'unrestricted' | 'restricted', whose: 'own' | "someone else's") {
    const requesterId = whose === 'own' ? callers[who].viewer!.user.id : randomUUID();
    return { id: randomUUID(), requestedBy: { id: requesterId }, recording: { restricted: kind === 'restricted' } };
  }

  describe('requireVisibleTask', () => {
    it.each(taskCases)('%s, %s task, %s', (who, kind, whose) => {
      const caller = callers[who];
      const task = taskFor(who, kind, whose);
      const outcome = outcomeOf(() => requireVisibleTask(caller, caller.viewer!, task, task.id));
      if (sees(who, kind === 'restricted')) {
        expect(outcome).toEqual({ allowed: task });
        expect((outcome as { allowed: unknown }).allowed).toBe(task);
      } else {
        expect(outcome).toEqual({ code: 'NOT_FOUND', message: `There is no export task ${task.id}.` });
      }
    });

    it.each(SIGNED_IN)('%s, missing task', (who) => {
      const id = randomUUID();
      expect(outcomeOf(() => requireVisibleTask(callers[who], callers[who].viewer!, null, id))).toEqual({
        code: 'NOT_FOUND',
        message: `There is no export task ${id}.`,
      });
    });
  });

  describe('requireTaskCanceller', () => {
    it.each(taskCases)('%s, %s task, %s', (who, kind, whose) => {
      const caller = callers[who];
      const task = taskFor(who, kind, whose);
      const mayCancel = sees(who, kind === 'restricted') && (whose === 'own' || isAdministrator(who));
      const outcome = outcomeOf(() => requireTaskCanceller(caller, caller.viewer!, task));
      expect(outcome).toEqual(
        mayCancel ? { allowed: undefined } : { code: 'FORBIDDEN', message: 'Only the user who requested this export, or an ADMINISTRATOR, can cancel it.' },
      );
    });
  });

  describe('downloadRefusal', () => {
    it.each(taskCases)('%s, %s task, %s', (who, kind, whose) => {
      const task = taskFor(who, kind, whose);
      const expected =
        whose !== 'own'
          ? 'Only the user who requested an export may download it; export the recording yourself, with your own reason.'
          : EXPORTERS.includes(who)
            ? null
            : 'Downloading exports needs both the LOGGING_READER and PRIVILEGED_PLAYER roles.';
      expect(downloadRefusal(callers[who].viewer!, task)).toBe(expected);
    });
  });

  it('refuses under ACCESS_DENIED unless told a more telling action', () => {
    const refusalOf = (auditedAs?: AuditedAs): Refusal => {
      try {
        requireExporter(callers.PLAYER, EXPORTING, auditedAs);
      } catch (error) {
        if (error instanceof Refusal) return error;
        throw error;
      }
      throw new Error('the guard let a PLAYER export');
    };
    expect(refusalOf().audit).toEqual(expect.objectContaining({ action: AuditAction.ACCESS_DENIED, outcome: 'DENIED', actorName: 'player' }));
    expect(refusalOf({ action: AuditAction.EXPORT_DENIED }).audit).toEqual(
      expect.objectContaining({ action: AuditAction.EXPORT_DENIED, outcome: 'DENIED', actorName: 'player', recordingId: null }),
    );
    expect(refusalOf().principals).toEqual(['user:player']);
  });
});

interface AuditRow {
  id: string;
  action: string;
  outcome: string;
  actor_id: string | null;
  actor_name: string | null;
  recording_id: string | null;
  task_id: string | null;
  reason: string | null;
  detail: string | null;
  client_address: string | null;
}

describe('auditedTransaction', () => {
  let t: TestDatabase;
  const exporter = callers['LOGGING_READER+PRIVILEGED_PLAYER'];
  const player = callers.PLAYER;

  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t?.close());

  /** The audit rows written after `since` (an audit event id), in order. */
  const auditSince = (since: string) =>
    t.sql<AuditRow>(
      'select id, action, outcome, actor_id, actor_name, recording_id, task_id, reason, detail, client_address from audit_events where id > $1 order by id',
      [since],
    );
  const lastAuditId = async () => (await t.sql<{ id: string | null }>('select max(id)::text as id from audit_events'))[0]!.id ?? '0';
  const settingExists = async (key: string) => (await t.sql('select 1 from settings where key = $1', [key])).length === 1;

  /** Work that writes a row through the entity manager and flushes it, then does `then`. */
  const writeThen =
    <T>(key: string, then: () => T) =>
    async (tx: Parameters<Parameters<typeof auditedTransaction>[1]>[0]) => {
      tx.create(Setting, { key, value: 'written before the decision' });
      await tx.flush();
      return then();
    };

  /** Runs `work`; returns what it threw (it must throw). */
  async function thrownBy(work: Promise<unknown>): Promise<unknown> {
    try {
      await work;
    } catch (error) {
      return error;
    }
    throw new Error('expected the transaction to throw');
  }

  it('commits work that succeeds, and returns its value', async () => {
    const since = await lastAuditId();
    const key = `committed-${randomUUID()}`;
    const value = await auditedTransaction(
      t.em.fork(),
      writeThen(key, () => 42),
    );
    expect(value).toBe(42);
    expect(await settingExists(key)).toBe(true);
    expect(await auditSince(since)).toEqual([]);
  });

  it("on a refusal, rolls back the work, commits only the refusal's audit row, and rethrows the same refusal", async () => {
    const since = await lastAuditId();
    const key = `refused-${randomUUID()}`;
    const [a, b] = [randomUUID(), randomUUID()];
    const auditedAs: AuditedAs = { action: AuditAction.EXPORT_DENIED, recordingIds: [a, b, a], taskId: null, reason: '  Case 2026-114: payment approvals  ' };
    let thrown: Refusal | undefined;
    const error = await thrownBy(
      auditedTransaction(
        t.em.fork(),
        writeThen(key, () => {
          // The guard as services call it, after the work wrote something.
          try {
            return requireExporter(player, EXPORTING, auditedAs);
          } catch (refused) {
            thrown = refused as Refusal;
            throw refused;
          }
        }),
      ),
    );
    expect(error).toBeInstanceOf(Refusal);
    expect(error).toBe(thrown);
    expect(await settingExists(key)).toBe(false);

    // One row for the request, in the caller's name; the recordings it named are in the detail.
    const rows = await auditSince(since);
    expect(rows.map(({ id: _id, ...row }) => row)).toEqual([
      {
        action: 'EXPORT_DENIED',
        outcome: 'DENIED',
        actor_id: player.viewer!.user.id,
        actor_name: player.viewer!.user.username,
        recording_id: null,
        task_id: null,
        reason: 'Case 2026-114: payment approvals',
        detail: `Exporting recordings needs both the LOGGING_READER and PRIVILEGED_PLAYER roles. (recordings ${a}, ${b})`,
        client_address: '192.0.2.10',
      },
    ]);
  });

  it('records a missing file (GONE) as a FAILURE, about the task, for an anonymous caller without actor', async () => {
    const since = await lastAuditId();
    const taskId = randomUUID();
    const gone = refusal(ANONYMOUS, 'GONE', 'The export file is missing on the server.', { action: AuditAction.EXPORT_DOWNLOADED, taskId });
    await expect(
      auditedTransaction(t.em.fork(), async () => {
        throw gone;
      }),
    ).rejects.toBe(gone);
    expect(await auditSince(since)).toEqual([
      expect.objectContaining({
        action: 'EXPORT_DOWNLOADED',
        outcome: 'FAILURE',
        actor_id: null,
        actor_name: null,
        task_id: taskId,
        recording_id: null,
        reason: null,
        detail: 'The export file is missing on the server.',
        client_address: '192.0.2.99',
      }),
    ]);
  });

  it('writes one row however many recordings were named: the reason capped at 2000 characters after trimming, ten ids named and the rest counted', async () => {
    const since = await lastAuditId();
    const ids = Array.from({ length: 130 }, () => randomUUID());
    const reason = `\n ${'r'.repeat(2500)} \t`;
    const refused = refusal(exporter, 'EXPORTS_DISABLED', 'Exporting is switched off.', { action: AuditAction.EXPORT_DENIED, recordingIds: ids, reason });
    await expect(
      auditedTransaction(t.em.fork(), async () => {
        throw refused;
      }),
    ).rejects.toBe(refused);
    const rows = await auditSince(since);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ outcome: 'DENIED', recording_id: null, reason: 'r'.repeat(2000) });
    expect(rows[0]!.detail).toBe(`Exporting is switched off. (recordings ${ids.slice(0, 10).join(', ')} and 120 more)`);
  });

  it('names the recording of a request about exactly one', async () => {
    const since = await lastAuditId();
    const id = randomUUID();
    const refused = refusal(exporter, 'FORBIDDEN', 'Refused.', { action: AuditAction.EXPORT_DENIED, recordingIds: [id, id] });
    await expect(
      auditedTransaction(t.em.fork(), async () => {
        throw refused;
      }),
    ).rejects.toBe(refused);
    expect((await auditSince(since)).map((row) => [row.recording_id, row.detail])).toEqual([[id, 'Refused.']]);
  });

  it('keeps ids that are not uuids in the detail, with a null recording id', async () => {
    const since = await lastAuditId();
    const valid = randomUUID();
    const onlyBad = refusal(exporter, 'NOT_FOUND', 'There is no recording 42.', {
      action: AuditAction.RECORDING_PLAYED,
      recordingIds: ['42', 'x; drop table'],
      reason: '   ',
    });
    await expect(
      auditedTransaction(t.em.fork(), async () => {
        throw onlyBad;
      }),
    ).rejects.toBe(onlyBad);
    const mixed = refusal(exporter, 'FORBIDDEN', 'Refused.', { action: AuditAction.EXPORT_DENIED, recordingIds: ['42', valid] });
    await expect(
      auditedTransaction(t.em.fork(), async () => {
        throw mixed;
      }),
    ).rejects.toBe(mixed);

    const rows = await auditSince(since);
    expect(rows.map((row) => [row.action, row.recording_id, row.detail, row.reason])).toEqual([
      ['RECORDING_PLAYED', null, 'There is no recording 42. (requested id: 42, x; drop table)', null],
      ['EXPORT_DENIED', valid, 'Refused. (requested id: 42)', null],
    ]);
  });

  it('rolls back everything and audits nothing when the work fails otherwise', async () => {
    const since = await lastAuditId();
    const key = `failed-${randomUUID()}`;
    const failure = new Error('the disk is full');
    await expect(
      auditedTransaction(
        t.em.fork(),
        writeThen(key, () => {
          throw failure;
        }),
      ),
    ).rejects.toBe(failure);
    expect(await settingExists(key)).toBe(false);
    expect(await auditSince(since)).toEqual([]);
  });

  it('rolls back the work and audits a refusal given no action as ACCESS_DENIED', async () => {
    const since = await lastAuditId();
    const key = `unaudited-${randomUUID()}`;
    const error = await thrownBy(
      auditedTransaction(
        t.em.fork(),
        writeThen(key, () => requireAdministrator(player, CHANGING_SETTINGS)),
      ),
    );
    expect(error).toBeInstanceOf(Refusal);
    expect((error as Refusal).code).toBe('FORBIDDEN');
    expect(await settingExists(key)).toBe(false);
    expect((await auditSince(since)).map((row) => [row.action, row.outcome, row.actor_name])).toEqual([['ACCESS_DENIED', 'DENIED', 'player']]);
  });

  it('also drops what the work created but had not flushed yet', async () => {
    const since = await lastAuditId();
    const key = `unflushed-${randomUUID()}`;
    const refused = refusal(player, 'FORBIDDEN', 'Refused.', { action: AuditAction.SETTINGS_CHANGED });
    await expect(
      auditedTransaction(t.em.fork(), async (tx) => {
        tx.create(Setting, { key, value: 'never flushed by the work' });
        throw refused;
      }),
    ).rejects.toBe(refused);
    expect(await settingExists(key)).toBe(false);
    expect((await auditSince(since)).map((row) => row.action)).toEqual(['SETTINGS_CHANGED']);
  });
});
