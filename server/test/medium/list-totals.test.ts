import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/access/caller.js';
import { Role } from '../../src/access/role.js';
import { CheckpointLog } from '../../src/audit/checkpoint-log.js';
import { EXACT_COUNT_LIMIT } from '../../src/common/total-count.js';
import { ExportAuditService } from '../../src/export-audit/export-audit.service.js';
import { ExportsService } from '../../src/exports/exports.service.js';
import { TaskEventHub } from '../../src/exports/task-event-hub.js';
import { KeyRing } from '../../src/signing/key-ring.js';
import { callerFor, createRecording, createUser } from '../support/builders.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { requestTasks } from '../support/export-tasks.js';

const { PRIVILEGED_PLAYER, LOGGING_READER } = Role;

/* The totals of the audit and task lists: counted while small, estimated (and said so) past the limit. */

describe('the export audit total', () => {
  let t: TestDatabase;
  let root: string;
  let reader: Caller;
  let audit: ExportAuditService;

  beforeAll(async () => {
    t = await createTestDatabase();
    root = await fsp.mkdtemp(path.join(os.tmpdir(), 'custodian-catalog-audit-'));
    audit = new ExportAuditService(t.em.fork(), await KeyRing.open(path.join(root, 'keys')), new CheckpointLog(root));
    const user = await createUser(t.em, 'auditor', [LOGGING_READER]);
    reader = callerFor(user, [LOGGING_READER]);
  });
  afterAll(async () => {
    await t?.close();
    if (root) await fsp.rm(root, { recursive: true, force: true });
  });

  it('is counted up to the limit and estimated past it', async () => {
    const addEvents = (n: number, actor: string) =>
      t.sql(
        `insert into audit_events (action, outcome, actor_name, detail) select 'SETTINGS_CHANGED', 'SUCCESS', $2, 'bulk ' || i from generate_series(1, $1::int) i`,
        [n, actor],
      );
    await addEvents(25, 'few');
    const few = await audit.exportAudit(reader, { actor: 'few' }, 10);
    expect([few.totalCount, few.totalCountIsExact]).toEqual([25, true]);
    const rest = await audit.exportAudit(reader, { actor: 'few' }, 10, few.pageInfo.endCursor);
    expect([rest.totalCount, rest.totalCountIsExact]).toEqual([25, true]);

    await addEvents(EXACT_COUNT_LIMIT + 500, 'many');
    await t.sql('analyze audit_events');
    const many = await audit.exportAudit(reader, { actor: 'many' }, 10);
    expect(many.totalCountIsExact).toBe(false);
    expect(many.totalCount).toBeGreaterThan(EXACT_COUNT_LIMIT);
    expect(many.edges).toHaveLength(10);
  });
});

describe('the export task total', () => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t?.close());

  // Readers without PRIVILEGED_PLAYER do not see tasks of restricted recordings: the count joins
  // the recordings as the page does.
  it('counts the tasks the reader may see, exactly', async () => {
    const exporter = await createUser(t.em, 'exporter', [LOGGING_READER, PRIVILEGED_PLAYER]);
    const recordings = [await createRecording(t.em), await createRecording(t.em), await createRecording(t.em, { restricted: true })];
    await requestTasks(t.em, exporter, recordings);
    const service = new ExportsService(
      t.em.fork(),
      {
        send: async () => {
          throw new Error('listing tasks queues nothing');
        },
      },
      new TaskEventHub(),
    );
    const all = await service.exportTasks(callerFor(exporter, [LOGGING_READER, PRIVILEGED_PLAYER]), {}, 2);
    expect([all.edges.length, all.totalCount, all.totalCountIsExact]).toEqual([2, 3, true]);
    const reader = await service.exportTasks(callerFor(exporter, [LOGGING_READER]), {}, 1);
    expect([reader.edges.length, reader.totalCount, reader.totalCountIsExact]).toEqual([1, 2, true]);

    // The audit links to one task by id: the filter lists it alone, and still hides what the
    // reader may not see.
    const tasks = (await service.exportTasks(callerFor(exporter, [LOGGING_READER, PRIVILEGED_PLAYER]), {}, 3)).edges.map((e) => e.node);
    const open = tasks.find((task) => !task.recording.restricted)!;
    const restricted = tasks.find((task) => task.recording.restricted)!;
    const byId = await service.exportTasks(callerFor(exporter, [LOGGING_READER]), { ids: [open.id] }, 50);
    expect([byId.edges.map((e) => e.node.id), byId.totalCount]).toEqual([[open.id], 1]);
    expect((await service.exportTasks(callerFor(exporter, [LOGGING_READER]), { ids: [restricted.id] }, 50)).edges).toEqual([]);
    await expect(service.exportTasks(callerFor(exporter, [LOGGING_READER]), { ids: ['not-a-task'] }, 50)).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
    await expect(service.exportTasks(callerFor(exporter, [LOGGING_READER]), { ids: Array.from({ length: 101 }, () => open.id) }, 50)).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
