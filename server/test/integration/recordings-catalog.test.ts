import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql } from '../gql/index.js';
import type { RecordingFilter, RecordingOrder, RecordingsCatalog_ListQuery, RecordingsCatalog_ListQueryVariables } from '../gql/graphql.js';
import { createUser, errorCode, gql, gqlOk, signIn } from '../support/graphql-client.js';
import { writeFixtures, type FixtureSpec } from '../support/fixtures.js';
import { ADMIN, startSystem, type System } from '../support/system.js';
import { uploadFile } from '../support/upload.js';

interface Meta {
  userName: string;
  serverName: string;
  clientName: string;
  clientIp: string;
  applications: string[];
  startedAt: string;
  restricted?: boolean;
  protocol?: string;
}

// Stored values mix upper and lower case so that the filters' case-insensitivity is tested; the
// values of the sortable fields are chosen so that byte order and case-insensitive order agree
// (checked in beforeAll), so the expected order does not depend on the database's collation.
const CATALOG: { meta: Meta; durationSeconds: number }[] = [
  {
    durationSeconds: 1,
    meta: {
      userName: 'alice',
      serverName: 'fin-app-01',
      clientName: 'laptop-ALICE',
      clientIp: '10.0.0.11',
      applications: ['Excel', 'Outlook'],
      startedAt: '2026-03-01T08:00:00Z',
    },
  },
  {
    durationSeconds: 2,
    meta: {
      userName: 'alice',
      serverName: 'fin-app-02',
      clientName: 'laptop-ALICE',
      clientIp: '10.0.0.11',
      applications: ['SAP GUI'],
      startedAt: '2026-03-02T08:00:00Z',
    },
  },
  {
    durationSeconds: 1,
    meta: {
      userName: 'bob.SMITH',
      serverName: 'DB-PROD-01',
      clientName: 'ws-BOB',
      clientIp: '10.0.1.20',
      applications: ['SSMS'],
      startedAt: '2026-03-03T09:30:00Z',
    },
  },
  // Same start as the one above: a tie for STARTED_AT.
  {
    durationSeconds: 1.5,
    meta: {
      userName: 'carol',
      serverName: 'db-prod-02',
      clientName: 'ws-carol',
      clientIp: '10.0.1.21',
      applications: ['psql', 'Terminal'],
      startedAt: '2026-03-03T09:30:00Z',
    },
  },
  // An IPv6 address with a zone: a literal % in the data.
  {
    durationSeconds: 1,
    meta: {
      userName: 'dave',
      serverName: 'web-01',
      clientName: 'kiosk-07',
      clientIp: 'fe80::1%eth0',
      applications: ['Chrome'],
      startedAt: '2026-03-05T12:00:00Z',
    },
  },
  {
    durationSeconds: 1,
    meta: {
      userName: 'erin',
      serverName: 'web-01',
      clientName: 'kiosk-08',
      clientIp: 'fe80::10:eth1',
      applications: ['Firefox'],
      startedAt: '2026-03-06T12:00:00Z',
    },
  },
  // A literal _ in an application name, and a near miss for it used as a wildcard.
  {
    durationSeconds: 2,
    meta: {
      userName: 'frank',
      serverName: 'hr-01',
      clientName: 'laptop-FRANK',
      clientIp: '10.0.2.30',
      applications: ['Payroll_Export'],
      startedAt: '2026-03-07T07:15:00Z',
    },
  },
  {
    durationSeconds: 1,
    meta: {
      userName: 'grace',
      serverName: 'hr-01',
      clientName: 'laptop-GRACE',
      clientIp: '10.0.2.31',
      applications: ['Payroll-Export', 'Excel'],
      startedAt: '2026-03-08T16:45:00Z',
    },
  },
  {
    durationSeconds: 1,
    meta: {
      userName: 'heidi',
      serverName: 'sap-prd-01',
      clientName: 'ws-heidi',
      clientIp: '10.0.3.40',
      applications: ['SAP GUI'],
      startedAt: '2026-03-09T10:00:00Z',
    },
  },
  {
    durationSeconds: 1,
    meta: {
      userName: 'ivan',
      serverName: 'jump-01',
      clientName: 'ws-ivan',
      clientIp: '172.16.0.9',
      applications: ['PuTTY', 'C:\\Tools\\plink.exe'],
      startedAt: '2026-03-10T23:59:59Z',
    },
  },
  {
    durationSeconds: 1.5,
    meta: {
      userName: 'judy',
      serverName: 'jump-01',
      clientName: 'prod-support-pc',
      clientIp: '172.16.0.10',
      applications: [],
      startedAt: '2026-03-11T00:00:00Z',
    },
  },
  {
    durationSeconds: 1,
    meta: {
      userName: 'mallory',
      serverName: 'fin-app-01',
      clientName: 'ws-mallory',
      clientIp: '10.0.0.99',
      applications: ['Excel'],
      startedAt: '2026-03-12T08:00:00Z',
    },
  },
  {
    durationSeconds: 1,
    meta: {
      userName: 'oscar',
      serverName: 'gw-PRODUCTION',
      clientName: 'ws-oscar',
      clientIp: '10.9.9.9',
      applications: ['mstsc'],
      startedAt: '2026-03-13T08:00:00Z',
    },
  },
  {
    durationSeconds: 1,
    meta: {
      userName: 'peggy',
      serverName: 'web-01',
      clientName: 'ws-peggy',
      clientIp: '10.0.4.44',
      applications: ['Prodigy Viewer'],
      startedAt: '2026-03-14T08:00:00Z',
    },
  },
  {
    durationSeconds: 1,
    meta: {
      userName: 'alice',
      serverName: 'jump-01',
      clientName: 'laptop-ALICE',
      clientIp: '10.0.0.11',
      applications: ['PuTTY'],
      startedAt: '2026-03-15T08:00:00Z',
    },
  },
  // Restricted ones, mixed in by time and by the values the filters look at.
  {
    durationSeconds: 1,
    meta: {
      userName: 'trent',
      serverName: 'vault-01',
      clientName: 'ws-trent',
      clientIp: '10.0.5.50',
      applications: ['KeePass'],
      startedAt: '2026-03-04T08:00:00Z',
      restricted: true,
    },
  },
  {
    durationSeconds: 1,
    meta: {
      userName: 'victor',
      serverName: 'fin-app-01',
      clientName: 'ws-victor',
      clientIp: '10.0.5.51',
      applications: ['Excel'],
      startedAt: '2026-03-05T12:00:00Z',
      restricted: true,
    },
  },
  {
    durationSeconds: 1,
    meta: {
      userName: 'walter',
      serverName: 'vault-01',
      clientName: 'ws-walter',
      clientIp: '10.0.5.52',
      applications: [],
      startedAt: '2026-03-16T08:00:00Z',
      restricted: true,
    },
  },
];

const ORDER_FIELDS = {
  STARTED_AT: (n: Node) => Date.parse(n.startedAt),
  USER_NAME: (n: Node) => n.userName,
  SERVER_NAME: (n: Node) => n.serverName,
  CLIENT_NAME: (n: Node) => n.clientName,
  DURATION: (n: Node) => n.durationSeconds,
  SIZE: (n: Node) => n.sizeBytes,
} as const;
type OrderField = keyof typeof ORDER_FIELDS;

const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

/** The order the catalog promises: by the field, then by id, both in the given direction. */
function sortLikeCatalog(nodes: Node[], field: OrderField, direction: 'ASC' | 'DESC'): string[] {
  const key = ORDER_FIELDS[field];
  const sign = direction === 'ASC' ? 1 : -1;
  return [...nodes].sort((a, b) => sign * (compare(key(a), key(b)) || compare(a.id, b.id))).map((n) => n.id);
}

const LIST = graphql(`
  query RecordingsCatalog_List($filter: RecordingFilter, $orderBy: RecordingOrder, $first: Int!, $after: String) {
    recordings(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { ...RecordingFields } }
    }
  }
`);
const MOST = graphql(`query RecordingsCatalog_Most { recordings(first: 500) { totalCount edges { node { id } } } }`);
const RECORDING = graphql(`query RecordingsCatalog_Recording($id: ID!) { recording(id: $id) { id } }`);

type Page = RecordingsCatalog_ListQuery['recordings'];
type Node = Page['edges'][number]['node'];
/** The list's variables; `first` defaults to 500 in `list`. */
type ListVariables = Partial<RecordingsCatalog_ListQueryVariables>;

describe('recordings catalog: filters, sorting and keyset pagination', () => {
  let system: System;
  let admin: string;
  let privileged: string;
  let player: string;
  /** Every recording, as a PRIVILEGED_PLAYER sees it. */
  let all: Node[];
  let incomingLater: string[];

  const list = async (token: string, variables: ListVariables): Promise<Page> =>
    (await gqlOk(system.url, LIST, { first: 500, ...variables }, token)).recordings;

  /** Walks every page with `first`, checking each page's shape on the way. */
  const walk = async (token: string, variables: ListVariables, first: number): Promise<{ ids: string[]; pages: Page[] }> => {
    const pages: Page[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 100; guard++) {
      const page = await list(token, { ...variables, first, after });
      pages.push(page);
      if (page.edges.length > 0) {
        expect(page.pageInfo.startCursor).toBe(page.edges[0]!.cursor);
        expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)!.cursor);
      }
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!page.pageInfo.hasNextPage) break;
      expect(page.edges).toHaveLength(first);
      after = page.pageInfo.endCursor;
    }
    const totals = new Set(pages.map((p) => p.totalCount));
    expect(totals.size).toBe(1);
    return { ids: pages.flatMap((p) => p.edges.map((e) => e.node.id)), pages };
  };

  const ids = (page: Page) => page.edges.map((e) => e.node.id);
  const idsWhere = (predicate: (n: Node) => boolean, nodes = all) =>
    nodes
      .filter(predicate)
      .map((n) => n.id)
      .sort();
  const has = (value: string, needle: string) => value.toLowerCase().includes(needle.toLowerCase());
  const visibleToPlayer = (n: Node) => !n.restricted;

  beforeAll(async () => {
    // The expected orders below compare strings by code point; with these values, a
    // case-insensitive (locale) collation gives the same order.
    for (const field of ['userName', 'serverName', 'clientName'] as const) {
      const values = [...new Set(CATALOG.map((c) => c.meta[field]))];
      const folded = (v: string) => v.toLowerCase().replace(/[^a-z0-9]/g, '');
      expect(new Set(values.map(folded)).size).toBe(values.length);
      expect([...values].sort((a, b) => compare(folded(a), folded(b)))).toEqual([...values].sort(compare));
    }

    system = await startSystem(inject('pgServerUrl'), { workers: 0 });
    const dir = path.join(system.dataDir, 'incoming');
    const specs: FixtureSpec[] = CATALOG.map((c, i) => ({
      name: `rec-${String(i).padStart(2, '0')}.mp4`,
      width: 320,
      height: 240,
      durationSeconds: c.durationSeconds,
      withAudio: false,
      metadata: { protocol: 'RDP', ...c.meta },
    }));
    // Kept apart for the insertion test; another size, so their bytes differ from the catalog's.
    const laterDir = path.join(system.dataDir, 'later');
    const later: FixtureSpec[] = [0, 1].map((i) => ({ name: `later-${i}.mp4`, width: 352, height: 288, durationSeconds: 1, withAudio: false, metadata: {} }));
    [, incomingLater] = await Promise.all([writeFixtures(dir, specs), writeFixtures(laterDir, later)]);

    const imported = await system.cli(['import', dir]);
    expect(imported.output).toContain(`${CATALOG.length} imported, 0 already in the catalog, 0 skipped`);
    expect(imported.code).toBe(0);

    admin = await signIn(system.url, ADMIN.username, ADMIN.password);
    privileged = await createUser(system.url, admin, 'investigator', ['PRIVILEGED_PLAYER']);
    player = await createUser(system.url, admin, 'viewer', ['PLAYER']);
    const everything = await list(privileged, {});
    all = everything.edges.map((e) => e.node);
    expect(all).toHaveLength(CATALOG.length);
    expect(everything.totalCount).toBe(CATALOG.length);
    expect(everything.pageInfo.hasNextPage).toBe(false);
  });

  afterAll(() => system?.stop());

  it('stores each sidecar with its recording', () => {
    for (const { meta } of CATALOG) {
      const node = all.find((n) => n.userName === meta.userName && n.serverName === meta.serverName && Date.parse(n.startedAt) === Date.parse(meta.startedAt));
      expect(node, JSON.stringify(meta)).toBeDefined();
      expect(node).toMatchObject({
        clientName: meta.clientName,
        clientIp: meta.clientIp,
        applications: meta.applications,
        restricted: meta.restricted ?? false,
        protocol: 'RDP',
      });
    }
  });

  describe('filters', () => {
    const cases: { name: string; filter: RecordingFilter; matches: (n: Node) => boolean; expected: number }[] = [
      { name: 'userName, substring and case-insensitive', filter: { userName: 'LIC' }, matches: (n) => has(n.userName, 'lic'), expected: 3 },
      { name: 'userName, mixed case in the data', filter: { userName: 'Smith' }, matches: (n) => n.userName === 'bob.SMITH', expected: 1 },
      { name: 'serverName', filter: { serverName: 'Prod' }, matches: (n) => has(n.serverName, 'prod'), expected: 3 },
      {
        name: 'serverName, surrounding blanks are ignored',
        filter: { serverName: '  FIN-APP-0  ' },
        matches: (n) => has(n.serverName, 'fin-app-0'),
        expected: 4,
      },
      { name: 'clientName', filter: { clientName: 'LAPTOP-' }, matches: (n) => has(n.clientName, 'laptop-'), expected: 5 },
      { name: 'clientIp', filter: { clientIp: '10.0.0.' }, matches: (n) => has(n.clientIp, '10.0.0.'), expected: 4 },
      { name: 'clientIp, IPv6 in upper case', filter: { clientIp: 'FE80::' }, matches: (n) => has(n.clientIp, 'fe80::'), expected: 2 },
      { name: 'application, any of the list', filter: { application: 'excel' }, matches: (n) => n.applications.some((a) => has(a, 'excel')), expected: 4 },
      { name: 'application, substring', filter: { application: 'GUI' }, matches: (n) => n.applications.some((a) => has(a, 'gui')), expected: 2 },
      { name: '% matches literally', filter: { clientIp: '1%eth' }, matches: (n) => n.clientIp === 'fe80::1%eth0', expected: 1 },
      { name: '_ matches literally', filter: { application: 'l_E' }, matches: (n) => n.applications.includes('Payroll_Export'), expected: 1 },
      { name: 'a lone % is a character, not "anything"', filter: { text: '%' }, matches: (n) => n.clientIp.includes('%'), expected: 1 },
      {
        name: 'a backslash matches literally',
        filter: { application: '\\tools\\' },
        matches: (n) => n.applications.includes('C:\\Tools\\plink.exe'),
        expected: 1,
      },
      { name: 'a blank filter is no filter', filter: { userName: '   ', text: '' }, matches: () => true, expected: CATALOG.length },
      { name: 'a lone _ is a character, not "any one"', filter: { userName: '_' }, matches: () => false, expected: 0 },
      {
        name: 'text across user, server, client name and applications',
        filter: { text: 'PROD' },
        matches: (n) => [n.userName, n.serverName, n.clientName, n.clientIp, ...n.applications].some((v) => has(v, 'prod')),
        expected: 5,
      },
      { name: 'text matches the client IP', filter: { text: '172.16.' }, matches: (n) => has(n.clientIp, '172.16.'), expected: 2 },
      { name: 'text matches the user', filter: { text: 'MALLORY' }, matches: (n) => n.userName === 'mallory', expected: 1 },
      {
        name: 'filters combine with AND',
        filter: { userName: 'alice', serverName: 'jump' },
        matches: (n) => n.userName === 'alice' && n.serverName === 'jump-01',
        expected: 1,
      },
      { name: 'nothing matches', filter: { userName: 'nobody-at-all' }, matches: () => false, expected: 0 },
    ];

    for (const c of cases) {
      it(c.name, async () => {
        const expected = idsWhere(c.matches);
        // The expectation is not trivial: it is what the data was written for.
        expect(expected).toHaveLength(c.expected);
        const page = await list(privileged, { filter: c.filter });
        expect(ids(page).sort()).toEqual(expected);
        expect(page.totalCount).toBe(expected.length);
      });
    }

    it('the literal-% and literal-_ filters would match more as wildcards', () => {
      // Sanity check of the data: as LIKE patterns, both filters above would also match a near miss.
      expect(all.some((n) => /1.*eth/i.test(n.clientIp) && !n.clientIp.includes('1%eth'))).toBe(true);
      expect(all.some((n) => n.applications.some((a) => /l.e/i.test(a) && !a.includes('l_E')))).toBe(true);
    });

    it('startedFrom and startedTo are inclusive bounds', async () => {
      const from = '2026-03-03T09:30:00Z';
      const to = '2026-03-10T23:59:59Z';
      const inRange = (n: Node) => Date.parse(n.startedAt) >= Date.parse(from) && Date.parse(n.startedAt) <= Date.parse(to);
      const expected = idsWhere(inRange);
      // Two recordings start exactly at `from`, one exactly at `to`, one a second after it.
      expect(expected).toHaveLength(10);
      const both = await list(privileged, { filter: { startedFrom: from, startedTo: to } });
      expect(ids(both).sort()).toEqual(expected);
      expect(both.totalCount).toBe(10);

      const onlyFrom = await list(privileged, { filter: { startedFrom: from } });
      expect(ids(onlyFrom).sort()).toEqual(idsWhere((n) => Date.parse(n.startedAt) >= Date.parse(from)));
      const onlyTo = await list(privileged, { filter: { startedTo: to } });
      expect(ids(onlyTo).sort()).toEqual(idsWhere((n) => Date.parse(n.startedAt) <= Date.parse(to)));
      expect(onlyFrom.totalCount + onlyTo.totalCount).toBe(all.length + 10);

      // A single instant.
      const instant = await list(privileged, { filter: { startedFrom: from, startedTo: from } });
      expect(instant.edges.map((e) => e.node.userName).sort()).toEqual(['bob.SMITH', 'carol']);

      // Time zones in the bounds are honoured: 10:30+01:00 is 09:30Z.
      const zoned = await list(privileged, { filter: { startedFrom: '2026-03-03T10:30:00+01:00', startedTo: '2026-03-03T10:30:00+01:00' } });
      expect(zoned.totalCount).toBe(2);
    });

    it('refuses startedFrom after startedTo with BAD_USER_INPUT', async () => {
      const result = await gql(system.url, LIST, { first: 5, filter: { startedFrom: '2026-03-10T00:00:00Z', startedTo: '2026-03-09T23:59:59Z' } }, privileged);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.data ?? null).toBeNull();
    });
  });

  describe('sorting', () => {
    for (const field of Object.keys(ORDER_FIELDS) as OrderField[]) {
      for (const direction of ['ASC', 'DESC'] as const) {
        it(`${field} ${direction}, ties broken by id, on one page and across pages of 5`, async () => {
          const expected = sortLikeCatalog(all, field, direction);
          const whole = await list(privileged, { orderBy: { field, direction } });
          expect(ids(whole)).toEqual(expected);
          const walked = await walk(privileged, { orderBy: { field, direction } }, 5);
          expect(walked.ids).toEqual(expected);
          expect(walked.pages).toHaveLength(Math.ceil(all.length / 5));
        });
      }
    }

    it('has ties to break in the data', () => {
      // Otherwise the tie-breaking above would prove nothing.
      for (const field of ['STARTED_AT', 'USER_NAME', 'SERVER_NAME', 'CLIENT_NAME', 'DURATION'] as const) {
        const keys = all.map((n) => ORDER_FIELDS[field](n));
        expect(new Set(keys).size, field).toBeLessThan(keys.length);
      }
    });

    it('sorts by STARTED_AT DESC by default, and with the direction left out', async () => {
      const expected = sortLikeCatalog(all, 'STARTED_AT', 'DESC');
      expect(ids(await list(privileged, {}))).toEqual(expected);
      expect(ids(await list(privileged, { orderBy: { field: 'STARTED_AT' } }))).toEqual(expected);
      expect(ids(await list(privileged, { orderBy: { field: 'USER_NAME' } }))).toEqual(sortLikeCatalog(all, 'USER_NAME', 'DESC'));
    });
  });

  describe('keyset pagination', () => {
    it('walks a filtered list page by page without duplicates or gaps', async () => {
      const filter = { startedFrom: '2026-03-02T00:00:00Z' };
      const expected = sortLikeCatalog(
        all.filter((n) => Date.parse(n.startedAt) >= Date.parse(filter.startedFrom)),
        'USER_NAME',
        'ASC',
      );
      expect(expected.length).toBeGreaterThan(10);
      for (const first of [1, 4, 5, expected.length, expected.length + 1]) {
        const walked = await walk(privileged, { filter, orderBy: { field: 'USER_NAME', direction: 'ASC' } }, first);
        expect(walked.ids, `first: ${first}`).toEqual(expected);
        expect(new Set(walked.ids).size).toBe(walked.ids.length);
        expect(walked.pages[0]!.totalCount).toBe(expected.length);
        expect(walked.pages.at(-1)!.pageInfo.hasNextPage).toBe(false);
        expect(walked.pages).toHaveLength(Math.ceil(expected.length / first));
      }
    });

    it('ends with hasNextPage false when the last page is exactly full', async () => {
      // 15 recordings a PLAYER may see: three full pages of 5, and no fourth.
      const walked = await walk(player, { orderBy: { field: 'SIZE', direction: 'ASC' } }, 5);
      expect(walked.pages.map((p) => p.edges.length)).toEqual([5, 5, 5]);
      expect(walked.pages.map((p) => p.pageInfo.hasNextPage)).toEqual([true, true, false]);
      const beyond = await list(player, { orderBy: { field: 'SIZE', direction: 'ASC' }, first: 5, after: walked.pages[2]!.pageInfo.endCursor });
      expect(beyond.edges).toEqual([]);
      expect(beyond.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
      expect(beyond.totalCount).toBe(15);
    });

    it('answers an empty result with an empty page', async () => {
      const page = await list(privileged, { filter: { userName: 'nobody-at-all' }, first: 5 });
      expect(page).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, edges: [] });
    });

    const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const cursorCodes = async (cursors: Record<string, { after: string; orderBy?: RecordingOrder }>) => {
      const codes: Record<string, string | undefined> = {};
      for (const [name, { after, orderBy }] of Object.entries(cursors)) {
        codes[name] = errorCode(await gql(system.url, LIST, { first: 5, after, orderBy }, privileged));
      }
      return codes;
    };
    const allBadInput = (cursors: Record<string, unknown>) => Object.fromEntries(Object.keys(cursors).map((k) => [k, 'BAD_USER_INPUT']));

    it('refuses a garbage cursor with BAD_USER_INPUT', async () => {
      const cursors = {
        'not base64 JSON': { after: 'garbage' },
        punctuation: { after: '!!!***' },
        'JSON, not a pair': { after: b64({ value: 1, id: 'x' }) },
        'a pair of the wrong types': { after: b64([1, 2]) },
      };
      expect(await cursorCodes(cursors)).toEqual(allBadInput(cursors));
    });

    it('refuses a well-formed cursor with unusable contents with BAD_USER_INPUT, not as a server failure', async () => {
      const fromUserOrder = (await list(privileged, { orderBy: { field: 'USER_NAME', direction: 'ASC' }, first: 1 })).pageInfo.endCursor!;
      const cursors = {
        'an id that is not a uuid': { after: b64(['2026-03-01T08:00:00.000Z', 'not-a-uuid']) },
        'a STARTED_AT value that is not a date': { after: b64(['yesterday', '00000000-0000-4000-8000-000000000000']) },
        'a USER_NAME cursor used for DURATION': { after: fromUserOrder, orderBy: { field: 'DURATION', direction: 'ASC' } as const },
      };
      // Such values must not reach PostgreSQL: the mistake is the client's, not the server's.
      expect(await cursorCodes(cursors)).toEqual(allBadInput(cursors));
    });

    it('refuses first: 0, a negative first and first: 501 with BAD_USER_INPUT, and takes 500', async () => {
      for (const first of [0, -1, 501]) {
        const result = await gql(system.url, LIST, { first }, privileged);
        expect(errorCode(result), `first: ${first}`).toBe('BAD_USER_INPUT');
      }
      const most = await gql(system.url, MOST, {}, privileged);
      expect(most.errors).toBeUndefined();
      expect(most.data!.recordings.edges).toHaveLength(all.length);
    });
  });

  describe('restricted recordings', () => {
    it("are left out of a PLAYER's pages and totalCount, under every filter and order", async () => {
      const open = all.filter(visibleToPlayer);
      expect(open).toHaveLength(15);
      const everything = await list(player, {});
      expect(ids(everything).sort()).toEqual(open.map((n) => n.id).sort());
      expect(everything.totalCount).toBe(15);
      expect(everything.edges.every((e) => !e.node.restricted)).toBe(true);

      // Filters that match restricted recordings too.
      for (const [filter, forPlayer, forPrivileged] of [
        [{ serverName: 'vault' }, 0, 2],
        [{ application: 'Excel' }, 3, 4],
        [{ serverName: 'fin-app-01' }, 2, 3],
        [{ startedFrom: '2026-03-05T12:00:00Z', startedTo: '2026-03-05T12:00:00Z' }, 1, 2],
      ] as const) {
        const mine = await list(player, { filter });
        expect(mine.totalCount, JSON.stringify(filter)).toBe(forPlayer);
        expect(mine.edges).toHaveLength(forPlayer);
        const theirs = await list(privileged, { filter });
        expect(theirs.totalCount, JSON.stringify(filter)).toBe(forPrivileged);
        expect(theirs.edges).toHaveLength(forPrivileged);
      }

      const walked = await walk(player, { orderBy: { field: 'STARTED_AT', direction: 'ASC' } }, 4);
      expect(walked.ids).toEqual(sortLikeCatalog(open, 'STARTED_AT', 'ASC'));
      expect(walked.pages[0]!.totalCount).toBe(15);
    });

    it('are included for a PRIVILEGED_PLAYER', async () => {
      const everything = await list(privileged, { filter: { text: 'vault' } });
      expect(everything.totalCount).toBe(2);
      expect(everything.edges.every((e) => e.node.restricted)).toBe(true);
      expect(
        all
          .filter((n) => n.restricted)
          .map((n) => n.userName)
          .sort(),
      ).toEqual(['trent', 'victor', 'walter']);
    });

    it('cannot be read one by one by a PLAYER either', async () => {
      const secret = all.find((n) => n.restricted)!;
      expect(errorCode(await gql(system.url, RECORDING, { id: secret.id }, player))).toBe('NOT_FOUND');
      const open = all.find((n) => !n.restricted)!;
      expect((await gqlOk(system.url, RECORDING, { id: open.id }, player)).recording.id).toBe(open.id);
    });

    it('are not shown to callers without a player role', async () => {
      expect(errorCode(await gql(system.url, LIST, { first: 5 }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await gql(system.url, LIST, { first: 5 }, admin))).toBe('FORBIDDEN');
    });
  });

  // Last: it adds recordings to the catalog.
  describe('rows added while paging', () => {
    it('do not shift the pages already fetched, and appear in their place further on', async () => {
      const orderBy = { field: 'STARTED_AT', direction: 'DESC' } as const;
      const before = sortLikeCatalog(all, 'STARTED_AT', 'DESC');
      const first = await list(privileged, { orderBy, first: 5 });
      expect(ids(first)).toEqual(before.slice(0, 5));

      // One newer than everything (it lands before the pages already read) and one in the
      // middle of what is still to come.
      const lastSeen = Date.parse(first.edges.at(-1)!.node.startedAt);
      const newest = new Date(Date.parse(all.reduce((a, b) => (a.startedAt > b.startedAt ? a : b)).startedAt) + 3600_000).toISOString();
      const middle = '2026-03-06T06:00:00.000Z';
      expect(Date.parse(middle)).toBeLessThan(lastSeen);
      const uploaded: string[] = [];
      for (const [file, startedAt, userName] of [
        [incomingLater[0]!, newest, 'late-newest'],
        [incomingLater[1]!, middle, 'late-middle'],
      ] as const) {
        const result = await uploadFile(system.url, file, { token: admin, metadata: { userName, serverName: 'late-01', startedAt } });
        expect(result.status, JSON.stringify(result.body)).toBe(201);
        uploaded.push(result.body.recording.id);
      }

      const rest: Page[] = [];
      let after = first.pageInfo.endCursor;
      for (;;) {
        const page = await list(privileged, { orderBy, first: 5, after });
        rest.push(page);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      const seen = [...ids(first), ...rest.flatMap(ids)];
      // Nothing seen twice, nothing from before the insertions missed.
      expect(new Set(seen).size).toBe(seen.length);
      const now = await list(privileged, { orderBy });
      expect(now.totalCount).toBe(all.length + 2);
      const after2 = ids(now);
      // The newest one is before the cursor: not in the remaining pages; the middle one is.
      expect(seen).not.toContain(uploaded[0]);
      expect(seen).toEqual(after2.filter((id) => id !== uploaded[0]));
      expect(seen.filter((id) => !uploaded.includes(id))).toEqual(before);
      expect(seen.indexOf(uploaded[1]!)).toBeGreaterThan(4);
      expect(rest.every((p) => p.totalCount === all.length + 2)).toBe(true);
      expect(after2[0]).toBe(uploaded[0]);

      // An offset would have repeated the fifth recording as the sixth; the cursor does not.
      expect(ids(rest[0]!)[0]).toBe(before[5]);
    });
  });
});
