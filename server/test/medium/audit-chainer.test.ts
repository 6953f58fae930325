import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditChainer, linkAuditEvents } from '../../src/audit/chainer.js';
import { chainContent, chainHash, GENESIS_HASH } from '../../src/audit/chain-hash.js';
import { CheckpointLog } from '../../src/audit/checkpoint-log.js';
import { checkAuditIntegrity } from '../../src/audit/integrity.js';
import { KeyRing } from '../../src/signing/key-ring.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

interface Linked {
  id: string;
  position: string | null;
  prev_hash: string | null;
  hash: string | null;
}

const insert = (client: pg.ClientBase | pg.Pool, detail: string) =>
  client.query<{ id: string }>(`insert into audit_events (action, outcome, detail) values ('SETTINGS_CHANGED', 'SUCCESS', $1) returning id::text`, [detail]);

describe('the audit chainer', () => {
  let t: TestDatabase;
  let pool: pg.Pool;
  let keyRing: KeyRing;

  beforeAll(async () => {
    t = await createTestDatabase();
    pool = new pg.Pool({ connectionString: t.url, max: 10 });
    keyRing = await KeyRing.open(path.join(os.tmpdir(), `custodian-chainer-keys-${process.pid}`));
  });
  afterAll(async () => {
    await pool?.end();
    await t?.close();
  });

  const chain = () =>
    t.sql<Linked>('select id::text, chain_position::text as position, prev_hash, hash from audit_events order by chain_position nulls last, id');
  /** Every linked row at positions 1..n without a gap, each linking to the one before, hashes as chain-hash.ts computes them. */
  const expectWholeChain = async () => {
    const rows = await t.sql<{ id: string; position: string; prev_hash: string; hash: string; content: Record<string, unknown> }>(
      `select id::text, chain_position::text as position, prev_hash, hash, to_jsonb(a) - 'hash' as content
         from audit_events a where chain_position is not null order by chain_position`,
    );
    let previous = GENESIS_HASH;
    rows.forEach((row, i) => {
      expect(row.position).toBe(String(i + 1));
      expect(row.prev_hash).toBe(previous);
      expect(chainHash(chainContent(row.content, row.id))).toBe(row.hash);
      previous = row.hash;
    });
    const [head] = await t.sql<{ event_count: string; last_hash: string }>('select event_count::text, last_hash from audit_chain_head');
    expect(head).toEqual({ event_count: String(rows.length), last_hash: previous });
    return rows;
  };

  it('inserts rows unlinked, without a lock on the chain head', async () => {
    const writer = await pool.connect();
    try {
      await writer.query('begin');
      await insert(writer, 'in a transaction still open');
      // Another transaction reads the head row FOR UPDATE at once: the writer holds no lock on it.
      const other = await pool.connect();
      try {
        await other.query(`begin; set local lock_timeout = '1s'`);
        await expect(other.query('select * from audit_chain_head for update')).resolves.toBeTruthy();
        await other.query('rollback');
      } finally {
        other.release();
      }
      await writer.query('commit');
    } finally {
      writer.release();
    }
    expect((await chain()).at(-1)).toMatchObject({ position: null, prev_hash: null, hash: null });
    expect(await linkAuditEvents(t.em)).toBe(1);
    await expectWholeChain();
  });

  it('links everything many clients write at once, with several chainers running, into one chain without a gap', async () => {
    const chainers = [new AuditChainer(t.em, 5, () => {}).start(), new AuditChainer(t.em, 7, () => {}).start()];
    const before = (await chain()).length;
    await Promise.all(
      Array.from({ length: 8 }, async (_, client) => {
        for (let i = 0; i < 25; i++) {
          const c = await pool.connect();
          try {
            await c.query('begin');
            await insert(c, `client ${client} transaction ${i} first`);
            await insert(c, `client ${client} transaction ${i} second`);
            await c.query('commit');
          } finally {
            c.release();
          }
        }
      }),
    );
    await Promise.all(chainers.map((chainer) => chainer.stop()));
    await linkAuditEvents(t.em);
    const rows = await expectWholeChain();
    expect(rows).toHaveLength(before + 400);
    // Both rows of a transaction are linked, and none twice.
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
  });

  it('leaves no gap in positions for a rolled-back transaction', async () => {
    await linkAuditEvents(t.em);
    const lastPosition = BigInt((await expectWholeChain()).at(-1)?.position ?? 0);
    const c = await pool.connect();
    let rolledBack: string;
    try {
      await c.query('begin');
      rolledBack = (await insert(c, 'rolled back')).rows[0]!.id;
      await c.query('rollback');
    } finally {
      c.release();
    }
    const kept = (await insert(pool, 'kept')).rows[0]!.id;
    await linkAuditEvents(t.em);
    const rows = await expectWholeChain();
    expect(rows.map((row) => row.id)).not.toContain(rolledBack);
    // The id sequence has a hole where the rolled-back row was; the chain positions do not. (The
    // row linked before may not hold the highest earlier id: rows are linked in commit order.)
    expect(BigInt(rolledBack)).toBeLessThan(BigInt(kept));
    expect(rows.at(-1)).toMatchObject({ id: kept, position: String(lastPosition + 1n) });
  });

  it('links a transaction that held a lower id while in flight after it commits, at the next position', async () => {
    const slow = await pool.connect();
    try {
      await slow.query('begin');
      const lower = (await insert(slow, 'in flight')).rows[0]!.id;
      const higher = (await insert(pool, 'committed first')).rows[0]!.id;
      expect(BigInt(lower)).toBeLessThan(BigInt(higher));
      expect(await linkAuditEvents(t.em)).toBe(1);
      const linkedFirst = (await chain()).find((row) => row.id === higher)!;
      expect((await chain()).find((row) => row.id === lower)).toBeUndefined();
      await slow.query('commit');
      expect(await linkAuditEvents(t.em)).toBe(1);
      const late = (await chain()).find((row) => row.id === lower)!;
      expect(BigInt(late.position!)).toBe(BigInt(linkedFirst.position!) + 1n);
      expect(late.prev_hash).toBe(linkedFirst.hash);
      await expectWholeChain();
    } finally {
      slow.release();
    }
  });

  it('lets a linked row be changed by no one, and an unlinked one only by linking it to the end of the chain', async () => {
    const [linked] = await t.sql<{ id: string }>('select id::text from audit_events where chain_position is not null order by chain_position desc limit 1');
    for (const statement of [
      `update audit_events set detail = 'changed' where id = ${linked!.id}`,
      `update audit_events set chain_position = null, prev_hash = null, hash = null where id = ${linked!.id}`,
      `delete from audit_events where id = ${linked!.id}`,
    ]) {
      await expect(t.sql(statement), statement).rejects.toThrow(/append-only/);
    }
    const unlinked = (await insert(pool, 'waiting')).rows[0]!.id;
    const [head] = await t.sql<{ event_count: string; last_hash: string }>('select event_count::text, last_hash from audit_chain_head');
    const next = BigInt(head!.event_count) + 1n;
    await expect(t.sql(`update audit_events set detail = 'rewritten' where id = ${unlinked}`)).rejects.toThrow(/append-only/);
    // A link to anything but the row one position before, or past the end of the chain, is refused.
    for (const [position, prevHash] of [
      [next, GENESIS_HASH],
      [next, 'f'.repeat(64)],
      [next + 1n, head!.last_hash],
    ] as const) {
      await expect(
        t.sql(`update audit_events set chain_position = ${position}, prev_hash = '${prevHash}', hash = '${'e'.repeat(64)}' where id = ${unlinked}`),
      ).rejects.toThrow(/not linked to the end of the chain/);
    }
    // The head moves only forward, to a linked row.
    await expect(t.sql('update audit_chain_head set event_count = 0')).rejects.toThrow(/moves only when an audit event is added/);
    expect(await linkAuditEvents(t.em)).toBe(1);
    await expectWholeChain();
  });

  it('links 12,000 rows of one transaction, in batches', async () => {
    await t.sql(`insert into audit_events (action, outcome, detail) select 'SETTINGS_CHANGED', 'SUCCESS', 'bulk ' || n from generate_series(1, 12000) n`);
    expect(await linkAuditEvents(t.em)).toBe(12_000);
    await expectWholeChain();
    const report = await checkAuditIntegrity(t.em, keyRing, new CheckpointLog(path.join(os.tmpdir(), `custodian-chainer-${process.pid}.log`)));
    expect(report).toMatchObject({ ok: true, firstProblem: null });
    expect(report.eventsChecked).toBe(Number((await t.sql<{ n: string }>('select count(*)::text as n from audit_events'))[0]!.n));
  });
});
