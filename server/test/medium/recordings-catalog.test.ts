import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/access/caller.js';
import { Role } from '../../src/access/role.js';
import { likeContains } from '../../src/common/keyset.js';
import { EXACT_COUNT_LIMIT } from '../../src/common/total-count.js';
import { applicationGrants } from '../../src/db/application-role.js';
import { fewestValues, filterValues, MAX_FILTER_VALUES } from '../../src/recordings/filter-values.js';
import { RecordingKind } from '../../src/recordings/recording-kind.js';
import { RecordingOrderField, SortDirection } from '../../src/recordings/recording-order.js';
import { Recording } from '../../src/recordings/recording.entity.js';
import {
  matchingRecordings,
  mergedValuesQuery,
  type RecordingFilter,
  type RecordingOrder,
  recordingConditions,
  RecordingsService,
} from '../../src/recordings/recordings.service.js';
import { callerFor, createUser } from '../support/builders.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

const { PLAYER, PRIVILEGED_PLAYER } = Role;

/**
 * The catalog's filters as they were before the trigram indexes and the search column: every
 * field matched with ILIKE on its own, applications element by element. The service must find
 * exactly these rows, in this order.
 */
function referenceWhere(filter: RecordingFilter, showRestricted: boolean): [string, unknown[]] {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    parts.push(sql.replace(/\?/g, () => `$${params.push(values.shift()) && params.length}`));
  };
  const fields = [
    ['user_name', filter.userName],
    ['server_name', filter.serverName],
    ['client_name', filter.clientName],
    ['client_ip', filter.clientIp],
  ] as const;
  for (const [column, value] of fields) if (value?.trim()) add(`r.${column} ilike ?`, likeContains(value.trim()));
  if (filter.application?.trim()) add('exists (select 1 from unnest(r.applications) app where app ilike ?)', likeContains(filter.application.trim()));
  if (filter.startedFrom) add('r.started_at >= ?', filter.startedFrom);
  if (filter.startedTo) add('r.started_at <= ?', filter.startedTo);
  if (filter.text?.trim()) {
    const like = likeContains(filter.text.trim());
    add(
      '(r.user_name ilike ? or r.server_name ilike ? or r.client_name ilike ? or r.client_ip ilike ? or exists (select 1 from unnest(r.applications) app where app ilike ?))',
      like,
      like,
      like,
      like,
      like,
    );
  }
  if (filter.kind) add('r.kind = ?', filter.kind);
  if (filter.restricted != null) add('r.restricted = ?', filter.restricted);
  if (!showRestricted) add('r.restricted = false');
  return [parts.length ? parts.join(' and ') : 'true', params];
}

interface Fixture {
  userName: string;
  serverName?: string;
  clientName?: string;
  clientIp?: string;
  applications?: string[];
  restricted?: boolean;
  kind?: RecordingKind;
}

/** Names chosen so that an unescaped wildcard, a match across two fields or a lost non-ASCII letter finds a row it must not. */
const FIXTURES: Fixture[] = [
  { userName: 'ann%ette', serverName: 'srv_01', clientName: 'C:\\LAPTOP', applications: ['Zoë Editor', 'psql'] },
  { userName: 'annxette', serverName: 'srvx01', clientName: 'CxLAPTOP', applications: ['Zoe Editor'] },
  { userName: 'Jürgen', serverName: 'ÄRZTE-db', clientIp: '192.168.10.20', applications: ['Straße Maps'] },
  { userName: 'jürgen.b', serverName: 'ärzte-web', clientIp: '192.168.1.2', applications: [] },
  { userName: 'xa', serverName: 'bx', clientName: 'WS-a', applications: ['a', 'b'] },
  { userName: 'q\nr', serverName: 'db-prod-01', applications: ['vim\nless'] },
  { userName: '100%_sure', serverName: 'back\\slash', clientIp: '10.0.0.5', restricted: true },
  { userName: 'terminal-user', serverName: 'bastion', kind: RecordingKind.TERMINAL, applications: ['ssh', 'htop'] },
  { userName: '東京ユーザー', serverName: 'サーバー', applications: ['エディタ'] },
];

const CASES: [string, RecordingFilter][] = [
  ['percent is literal', { userName: '%' }],
  ['underscore is literal', { serverName: '_' }],
  ['backslash is literal', { clientName: '\\' }],
  ['percent and underscore together', { text: '%_' }],
  ['backslash in free text', { text: 'k\\s' }],
  ['non-ASCII, other case', { userName: 'JÜRGEN' }],
  ['non-ASCII upper case server', { serverName: 'ärzte' }],
  ['non-ASCII application', { application: 'straße' }],
  ['CJK free text', { text: 'ユーザ' }],
  ['CJK application', { application: 'ディ' }],
  ['application substring', { application: 'edit' }],
  ['application that is in no row', { application: 'excel' }],
  ['free text across two fields finds nothing', { text: 'a\nb' }],
  ['free text across two applications finds nothing', { application: 'a\nb' }],
  ['free text with a newline inside one field', { text: 'q\nr' }],
  ['application with a newline inside one element', { application: 'vim\nl' }],
  ['free text matching several fields', { text: 'db' }],
  ['free text matching an IP', { text: '168.1' }],
  ['client IP substring', { clientIp: '.10.' }],
  ['short pattern', { text: 'x' }],
  ['free text matching nothing', { text: 'no-such-thing-anywhere' }],
  ['kind', { kind: RecordingKind.TERMINAL }],
  ['restricted only', { restricted: true }],
  ['unrestricted only', { restricted: false }],
  ['several filters', { userName: 'ann', application: 'zo', text: 'srv' }],
  ['padded text is trimmed', { userName: '  jürgen  ' }],
  // User, server and client IP filters are matched through the names that contain the text.
  ['user names of several recordings, other case', { userName: 'ANN' }],
  ['user and server together', { userName: 'n', serverName: 'srv' }],
  ['client IP in several rows', { clientIp: '10.' }],
  ['user name with a date range', { userName: 'e', startedFrom: new Date(Date.UTC(2026, 10, 1, 8, 2)) }],
  ['user name with free text and kind', { userName: 'u', text: 'bastion', kind: RecordingKind.TERMINAL }],
  ['server name in no row', { serverName: 'nowhere' }],
  ['restricted user only', { userName: '100', restricted: true }],
];

async function insertFixtures(em: EntityManager): Promise<void> {
  const fork = em.fork();
  FIXTURES.forEach((f, i) => {
    const startedAt = new Date(Date.UTC(2026, 10, 1, 8, i));
    fork.create(Recording, {
      userName: f.userName,
      serverName: f.serverName ?? 'srv-plain',
      clientName: f.clientName ?? 'WS-plain',
      clientIp: f.clientIp ?? '10.9.9.9',
      applications: f.applications ?? ['notepad'],
      protocol: 'RDP',
      startedAt,
      endedAt: new Date(startedAt.getTime() + 60_000),
      durationSeconds: 60 + i,
      sizeBytes: 1000 * (i + 1),
      kind: f.kind ?? RecordingKind.VIDEO,
      format: f.kind === RecordingKind.TERMINAL ? 'asciicast' : 'webm',
      hasAudio: false,
      restricted: f.restricted ?? false,
      sourceLocation: `ab/${randomUUID()}.webm`,
      sourceSha256: randomBytes(32).toString('hex'),
    });
  });
  await fork.flush();
}

/**
 * Adds `count` recordings in one statement, distributed like a catalog: 1,000 users, 250 servers,
 * 100 applications, a year of start times, one in 200 restricted, one in 10 a terminal session.
 */
async function insertMany(t: TestDatabase, count: number): Promise<void> {
  await t.sql(
    `insert into recordings (id, user_name, server_name, client_name, client_ip, applications, protocol, started_at, ended_at,
       duration_seconds, size_bytes, kind, format, has_audio, restricted, source_location, source_sha256, imported_at)
     select gen_random_uuid(), 'user-' || lpad((i::bigint * 7919 % 1000)::text, 4, '0'), 'srv-' || lpad((i::bigint * 104729 % 250)::text, 4, '0'),
       'WS-' || lpad(i::text, 6, '0'), '10.' || (i % 200) || '.' || (i / 200 % 250) || '.' || (i % 7),
       array['app-' || lpad((i % 100)::text, 3, '0'), 'common-tool'], 'RDP',
       timestamptz '2025-11-01' + (i * interval '1 second' * (31536000 / $1::int)), timestamptz '2025-11-01' + (i * interval '1 second' * (31536000 / $1::int)) + interval '10 minutes',
       600, 1000000 + i, case when i % 10 = 0 then 'TERMINAL' else 'VIDEO' end, 'webm', false, i % 200 = 0,
       'bulk/' || i, encode(sha256(('bulk-' || i)::bytea), 'hex'), now()
     from generate_series(1, $1::int) i`,
    [count],
  );
  await t.sql('analyze recordings');
}

describe('the catalog filters', () => {
  let t: TestDatabase;
  let service: RecordingsService;
  let privileged: Caller;
  let player: Caller;

  /** Every row the service lists for a filter, page after page, in order. */
  async function listAll(
    caller: Caller,
    filter: RecordingFilter,
    first = 3,
    order: RecordingOrder = { field: RecordingOrderField.STARTED_AT, direction: SortDirection.DESC },
  ): Promise<{ ids: string[]; totals: [number, boolean][] }> {
    const ids: string[] = [];
    const totals: [number, boolean][] = [];
    let after: string | null = null;
    for (;;) {
      const page = await service.recordings(caller, filter, order, first, after);
      ids.push(...page.edges.map((e) => e.node.id));
      totals.push([page.totalCount, page.totalCountIsExact]);
      if (!page.pageInfo.hasNextPage) return { ids, totals };
      after = page.pageInfo.endCursor;
    }
  }

  async function reference(filter: RecordingFilter, showRestricted: boolean, orderBy = 'started_at desc, id desc'): Promise<string[]> {
    const [where, params] = referenceWhere(filter, showRestricted);
    const rows = await t.sql<{ id: string }>(`select id from recordings r where ${where} order by ${orderBy}`, params);
    return rows.map((r) => r.id);
  }

  beforeAll(async () => {
    t = await createTestDatabase();
    service = new RecordingsService(t.em.fork());
    const viewer = await createUser(t.em, 'catalog-viewer', [PLAYER, PRIVILEGED_PLAYER]);
    privileged = callerFor(viewer, [PLAYER, PRIVILEGED_PLAYER]);
    player = callerFor(viewer, [PLAYER]);
    await insertFixtures(t.em);
  });
  afterAll(() => t?.close());

  describe('find the same rows as matching field by field', () => {
    for (const [name, filter] of CASES) {
      it(name, async () => {
        for (const [caller, showRestricted] of [
          [privileged, true],
          [player, false],
        ] as const) {
          const expected = await reference(filter, showRestricted);
          const { ids, totals } = await listAll(caller, filter);
          expect(ids).toEqual(expected);
          // Small results are counted, on every page.
          for (const total of totals) expect(total).toEqual([expected.length, true]);
        }
      });
    }

    // The reference could be wrong the same way as the service; these rows are known by name.
    it('matches wildcards and non-ASCII letters literally', async () => {
      const users = async (filter: RecordingFilter) =>
        (await service.recordings(privileged, filter, { field: RecordingOrderField.USER_NAME, direction: SortDirection.ASC }, 50)).edges.map(
          (e) => e.node.userName,
        );
      expect(await users({ userName: '%' })).toEqual(['100%_sure', 'ann%ette']);
      expect(await users({ serverName: '_' })).toEqual(['ann%ette']);
      expect(await users({ text: 'zoë' })).toEqual(['ann%ette']);
      expect(await users({ text: '東京' })).toEqual(['東京ユーザー']);
      expect(await users({ text: 'a\nb' })).toEqual([]);
      expect(await users({ text: 'q\nr' })).toEqual(['q\nr']);
      expect(await users({ kind: RecordingKind.TERMINAL })).toEqual(['terminal-user']);
      expect(await users({ restricted: true })).toEqual(['100%_sure']);
      expect(
        (await service.recordings(player, { restricted: true }, { field: RecordingOrderField.USER_NAME, direction: SortDirection.ASC }, 50)).edges,
      ).toEqual([]);
    });

    it('finds a recording by its new user name after an update, and by no name once deleted', async () => {
      const [row] = await t.sql<{ id: string }>("select id from recordings where user_name = 'xa'");
      await t.sql("update recordings set user_name = 'renamed-xa' where id = $1", [row!.id]);
      try {
        expect((await listAll(privileged, { userName: 'RENAMED' })).ids).toEqual([row!.id]);
        expect((await listAll(privileged, { userName: 'xa' })).ids).toEqual([row!.id]);
        expect((await listAll(privileged, { userName: 'renamed', serverName: 'bx' })).ids).toEqual([row!.id]);
      } finally {
        await t.sql("update recordings set user_name = 'xa' where id = $1", [row!.id]);
      }
      // The old name is still among the values; it matches no recording.
      expect((await listAll(privileged, { userName: 'renamed' })).ids).toEqual([]);
      expect((await listAll(privileged, { userName: 'xa' })).ids).toEqual([row!.id]);
    });

    it('keeps the names up to date when the application role adds recordings', async () => {
      const role = `catalog_app_${randomBytes(4).toString('hex')}`;
      await t.sql(`create role ${role}`);
      try {
        // The application's grants, without the job queue's schema (no queue runs here).
        for (const statement of applicationGrants(role)) if (!statement.startsWith('--') && !statement.includes('pgboss')) await t.sql(statement);
        const id = randomUUID();
        await t.em.fork().transactional(async (em) => {
          await em.execute(`set local role ${role}`);
          await em.execute(
            `insert into recordings (id, user_name, server_name, client_name, client_ip, applications, protocol, started_at, ended_at,
               duration_seconds, size_bytes, kind, format, has_audio, restricted, source_location, source_sha256, imported_at)
             values (?, 'added-by-app', 'app-host-77', 'WS-app', '172.31.0.77', '{}', 'RDP', now(), now(), 1, 1, 'VIDEO', 'webm', false, false, 'x/y', ?, now())`,
            [id, randomBytes(32).toString('hex')],
          );
        });
        for (const filter of [{ userName: 'by-app' }, { serverName: 'host-77' }, { clientName: 'S-app' }, { clientIp: '31.0.7' }]) {
          expect((await listAll(player, filter)).ids).toEqual([id]);
        }
        await t.sql('delete from recordings where id = $1', [id]);
      } finally {
        await t.sql(`drop owned by ${role}`);
        await t.sql(`drop role ${role}`);
      }
    });
  });

  describe(`with more than ${EXACT_COUNT_LIMIT} matching rows`, () => {
    const BULK = 30_000;
    beforeAll(async () => {
      await insertMany(t, BULK);
    }, 120_000);

    it('estimates the total of a large result and says so; counts a small one exactly', async () => {
      const order = { field: RecordingOrderField.STARTED_AT, direction: SortDirection.DESC };
      const all = await service.recordings(privileged, {}, order, 10);
      expect(all.totalCountIsExact).toBe(false);
      expect(all.totalCount).toBeGreaterThan(BULK * 0.8);
      expect(all.totalCount).toBeLessThan(BULK * 1.2);

      const next = await service.recordings(privileged, {}, order, 10, all.pageInfo.endCursor);
      expect(next.totalCountIsExact).toBe(false);

      // 'common-tool' is in every bulk row: more than the limit, so estimated, never below it.
      const common = await service.recordings(privileged, { application: 'common-tool' }, order, 10);
      expect(common.totalCountIsExact).toBe(false);
      expect(common.totalCount).toBeGreaterThan(EXACT_COUNT_LIMIT);

      // One user in a thousand: 30 rows, counted exactly, on the first page and the next.
      const filter = { userName: 'user-0042' };
      const expected = await reference(filter, true);
      expect(expected.length).toBe(BULK / 1000);
      const first = await service.recordings(privileged, filter, order, 10);
      expect([first.totalCount, first.totalCountIsExact]).toEqual([expected.length, true]);
      const second = await service.recordings(privileged, filter, order, 10, first.pageInfo.endCursor);
      expect([second.totalCount, second.totalCountIsExact]).toEqual([expected.length, true]);
      expect(second.edges.map((e) => e.node.id)).toEqual(expected.slice(10, 20));

      // Exactly at the limit is still exact: 1,000 unrestricted terminal sessions after a date.
      const [{ started_at: from }] = await t.sql<{ started_at: Date }>(
        `select started_at from recordings where kind = 'TERMINAL' and not restricted order by started_at desc offset ${EXACT_COUNT_LIMIT - 1} limit 1`,
      );
      const atLimit = await service.recordings(player, { kind: RecordingKind.TERMINAL, startedFrom: from }, order, 10);
      expect([atLimit.totalCount, atLimit.totalCountIsExact]).toEqual([EXACT_COUNT_LIMIT, true]);
    });

    it('keeps finding the same rows as matching field by field', async () => {
      for (const filter of [
        { userName: 'user-0042' },
        // Ten names (by value, their index ranges merged) and a hundred (more than are matched by value).
        { userName: 'user-000' },
        { userName: 'user-00' },
        { userName: 'user-000', serverName: 'srv-01' },
        { serverName: 'srv-012' },
        // Client names are one per row: ten of them, and a hundred.
        { clientName: 'WS-01234' },
        { clientName: 'ws-0123' },
        { clientIp: '10.17.3' },
        { clientIp: '10.17.14' },
        { application: 'app-017' },
        { clientIp: '10.17.3.' },
        { text: 'srv-0101' },
        { text: 'nothing-like-it' },
      ]) {
        const expected = await reference(filter, false);
        expect((await listAll(player, filter, 100)).ids).toEqual(expected);
      }
    });

    it('pages through few names in either direction and in other sort orders', async () => {
      const filter = { userName: 'user-000' };
      expect((await filterValues(t.em.fork(), filter)).user_name).toHaveLength(10);
      const cases: [RecordingOrder, string][] = [
        [{ field: RecordingOrderField.STARTED_AT, direction: SortDirection.ASC }, 'started_at asc, id asc'],
        [{ field: RecordingOrderField.SIZE, direction: SortDirection.DESC }, 'size_bytes desc, id desc'],
        [{ field: RecordingOrderField.USER_NAME, direction: SortDirection.ASC }, 'user_name asc, id asc'],
      ];
      for (const [order, orderBy] of cases) {
        expect((await listAll(privileged, filter, 37, order)).ids).toEqual(await reference(filter, true, orderBy));
      }
    });

    it(`leaves a filter that more than ${MAX_FILTER_VALUES} names contain to the substring match`, async () => {
      const values = await filterValues(t.em.fork(), { userName: 'user-0', serverName: 'srv-010', clientIp: '10.1' });
      expect(values.user_name).toBeUndefined();
      expect(values.server_name).toHaveLength(10);
      expect(values.client_ip).toBeUndefined();
      expect(fewestValues(values)?.column).toBe('server_name');
    });

    /** A page of recordings of a few names reads each name's range of its (name, started_at, id) index. */
    const MERGED: [string, RecordingFilter, string][] = [
      ['user', { userName: 'user-004' }, 'recordings_user_name_started_at_id_index'],
      ['server', { serverName: 'srv-010' }, 'recordings_server_name_started_at_id_index'],
      ['client name', { clientName: 'WS-01234' }, 'recordings_client_name_started_at_id_index'],
      ['client IP', { clientIp: '10.17.14' }, 'recordings_client_ip_started_at_id_index'],
    ];
    for (const [name, filter, index] of MERGED) {
      it(`uses ${index} for a page of a few ${name} names`, async () => {
        const em = t.em.fork();
        const values = await filterValues(em, filter);
        const byValue = fewestValues(values)!;
        expect(byValue.values.length).toBeGreaterThan(1);
        const [text, params] = mergedValuesQuery(byValue, recordingConditions(filter, false, values, byValue.column), 'desc', 51);
        const [row] = await em.execute<{ 'QUERY PLAN': { Plan: PlanNode }[] }[]>(`explain (format json) ${text}`, params);
        const nodes = flatten(row!['QUERY PLAN'][0]!.Plan);
        expect(nodes.map((n) => n['Index Name']).filter(Boolean), JSON.stringify(row)).toContain(index);
        expect(nodes.map((n) => n['Node Type'])).not.toContain('Seq Scan');
      });
    }

    /**
     * The plan of each filter's first page: the index meant for it, and never a scan of the whole
     * table. Plans are the planner's own choice on 30,000 rows with fresh statistics: a rare value
     * is looked up in its trigram index, a common one found by walking the sort order's index.
     */
    const PLANS: [string, RecordingFilter, RecordingOrderField, string][] = [
      ['user', { userName: 'user-0042' }, RecordingOrderField.STARTED_AT, 'recordings_user_name_trgm'],
      ['server', { serverName: 'bastion' }, RecordingOrderField.STARTED_AT, 'recordings_server_name_trgm'],
      ['client name', { clientName: 'WS-012345' }, RecordingOrderField.STARTED_AT, 'recordings_client_name_trgm'],
      ['client IP', { clientIp: '10.17.33.' }, RecordingOrderField.STARTED_AT, 'recordings_client_ip_trgm'],
      ['application', { application: 'htop' }, RecordingOrderField.STARTED_AT, 'recordings_applications_trgm'],
      // A value in most rows: walking the sort order finds a page soonest.
      ['an application in every row', { application: 'common-tool' }, RecordingOrderField.STARTED_AT, 'recordings_started_at_id_index'],
      ['free text that matches', { text: 'user-0042' }, RecordingOrderField.STARTED_AT, 'recordings_search_trgm'],
      ['free text that matches nothing', { text: 'nothing-like-it' }, RecordingOrderField.STARTED_AT, 'recordings_search_trgm'],
      ['restricted only', { restricted: true }, RecordingOrderField.STARTED_AT, 'recordings_restricted_started_at_id_index'],
      [
        'date range',
        { startedFrom: new Date('2026-03-01'), startedTo: new Date('2026-03-02') },
        RecordingOrderField.STARTED_AT,
        'recordings_started_at_id_index',
      ],
      ['no filter, by size', {}, RecordingOrderField.SIZE, 'recordings_size_bytes_id_index'],
      ['no filter, by user', {}, RecordingOrderField.USER_NAME, 'recordings_user_name_id_index'],
    ];
    for (const [name, filter, field, index] of PLANS) {
      it(`uses ${index} for ${name}`, async () => {
        const em = t.em.fork();
        const column = { STARTED_AT: 'startedAt', SIZE: 'sizeBytes', USER_NAME: 'userName' }[field as 'STARTED_AT'];
        const qb = matchingRecordings(em, recordingConditions(filter, true))
          .orderBy({ [column]: 'desc', id: 'desc' })
          .limit(51);
        const [row] = await em.execute<{ 'QUERY PLAN': { Plan: PlanNode }[] }[]>(`explain (format json) ${qb.getFormattedQuery()}`);
        const nodes = flatten(row!['QUERY PLAN'][0]!.Plan);
        expect(nodes.map((n) => n['Index Name']).filter(Boolean), JSON.stringify(row)).toContain(index);
        expect(nodes.map((n) => n['Node Type'])).not.toContain('Seq Scan');
      });
    }
  });
});

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}
function flatten(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(flatten)];
}
