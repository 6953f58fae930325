#!/usr/bin/env node
// The catalog at millions of recordings: fills a database of its own to each size (1M and 10M
// rows by default) with set-based SQL, then times every filter, sort order and deep paging of
// `recordings` through RecordingsService (the resolver's service, with the ORM, as a request runs
// it), p50/p95 per query. The baseline, measured in the same run on the same rows, is the
// catalog's previous query shape: a count(*) of every match on every page and ILIKE on each field
// without the trigram indexes (dropped inside a transaction that is rolled back).
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node bench/catalog-scale.mjs
//   node bench/catalog-scale.mjs --sizes 1000000 --samples 20
import os from 'node:os';
import { onCleanup, runMain } from './lib/cleanup.mjs';
import { provisionDatabase } from './lib/database.mjs';
import { describeMachine } from './lib/machine.mjs';
import { parseOptions } from './lib/options.mjs';
import { importDist, requireBuiltServer } from './lib/paths.mjs';
import { percentile } from './lib/stats.mjs';
import fsp from 'node:fs/promises';

const options = parseOptions(
  {
    sizes: { type: 'string', default: '1000000,10000000', help: 'catalog sizes to fill to and measure, ascending' },
    samples: { type: 'number', default: 40, help: 'timed runs per query (after 3 warm-up runs)' },
    baselineSamples: { type: 'number', default: 5, help: 'timed runs per query of the previous query shape' },
    baselineUpTo: { type: 'number', default: 1_000_000, help: 'measure the previous query shape at sizes up to this (it takes seconds per query)' },
    explain: { type: 'string', default: '', help: 'write EXPLAIN (ANALYZE, BUFFERS) of every query at every size to this Markdown file' },
    json: { type: 'string', default: '', help: 'also write the results as JSON to this file' },
  },
  {
    usage: `node bench/catalog-scale.mjs [options]

Fills a private database with recordings (about 1,000 users, 250 servers, a year of start times,
applications) and prints p50/p95 of every catalog query at each size, against the previous query
shape. Targets: every query p95 < 50 ms at 1M rows and < 150 ms at 10M.`,
  },
);

const TARGET_MS = { 1_000_000: 50, 10_000_000: 150 };
const PAGE = 50;

/** Names the fill picks from; the filters below search for some of them. */
const FIRST =
  'anna ben clara david emma felix greta hans ida jonas karl lena max nina otto paula quentin rosa sven tina ulrich vera walter xenia yusuf zoe amir bea chen dario elif farid gül hiro ines jan kofi lars mia noah'.split(
    ' ',
  );
const LAST =
  'schmidt mueller weber fischer meyer wagner becker schulz hoffmann koch richter klein wolf neumann schwarz zimmermann braun krueger hartmann lange werner krause lehmann koehler maier'.split(
    ' ',
  );
const ROLES = 'db app web file mail print dc ts backup build'.split(' ');
const ENVS = 'prod test dev stage dr'.split(' ');
const APPS =
  'excel outlook word powerpoint teams chrome firefox edge putty mstsc psql sqlplus ssms pgadmin dbeaver notepad++ vscode visual-studio eclipse intellij sap-gui oracle-forms citrix-receiver winscp filezilla cmd powershell bash vim htop top tail journalctl kubectl docker terraform ansible git jira confluence'.split(
    ' ',
  );
/** A pseudo-random number in [0, 1) from a bigint expression: the same row always gets the same one. */
const uniform = (expression) => `((hashint8((${expression})::bigint)::bigint + 2147483648) / 4294967296.0)`;
const sqlArray = (values) => `array[${values.map((v) => `'${v}'`).join(',')}]`;

/**
 * Recordings `from + 1 .. to` in one INSERT ... SELECT: user and server picked with a skew (some
 * people and machines are far busier than others), one or two workstations per user, an IP per
 * workstation, 1 to 4 applications, start times spread over a year (scattered through the table,
 * so that each size covers the whole year and no index walk gets help from the physical order),
 * one in ten a terminal session, one in 200 restricted.
 */
function fillStatement(from, to) {
  return `
    insert into recordings (id, user_name, server_name, client_name, client_ip, applications, protocol, started_at, ended_at,
      duration_seconds, size_bytes, kind, format, width, height, has_audio, restricted, source_location, source_sha256, imported_at)
    select gen_random_uuid(), u.name, s.name,
      'WS-' || upper(substr(u.name, 1, 3)) || lpad(((u.n * 2 + (i % 2)) % 10000)::text, 4, '0'),
      '10.' || (u.n % 200) || '.' || (u.n / 200 + 10) || '.' || (20 + i % 2),
      (select array_agg(a) from (select distinct (${sqlArray(APPS)})[1 + floor(${APPS.length} * power(${uniform('i * 8 + k')}, 1.3))::int] a
        from generate_series(1, 1 + (i % 4)) k) x),
      case when i % 10 = 0 then 'SSH' else 'RDP' end,
      t.started_at, t.started_at + d.duration,
      extract(epoch from d.duration), (extract(epoch from d.duration) * 40000)::bigint,
      case when i % 10 = 0 then 'TERMINAL' else 'VIDEO' end,
      case when i % 10 = 0 then 'asciicast' else 'webm' end,
      case when i % 10 = 0 then null else 1920 end, case when i % 10 = 0 then null else 1080 end,
      false, i % 200 = 0, 'bench/' || i || '.webm', encode(sha256(('bench-' || i)::bytea), 'hex'), now()
    from generate_series(${from + 1}, ${to}) i
    cross join lateral (select floor(1000 * power(${uniform('i')}, 2))::int as n) un
    cross join lateral (select un.n, (${sqlArray(FIRST)})[1 + un.n % ${FIRST.length}] || '.' || (${sqlArray(LAST)})[1 + (un.n / ${FIRST.length}) % ${LAST.length}] || case when un.n >= ${FIRST.length * LAST.length} then (un.n / ${FIRST.length * LAST.length})::text else '' end as name) u
    cross join lateral (select floor(250 * power(${uniform('-i')}, 1.5))::int as n) sn
    cross join lateral (select (${sqlArray(ROLES)})[1 + sn.n % ${ROLES.length}] || '-' || (${sqlArray(ENVS)})[1 + (sn.n / ${ROLES.length}) % ${ENVS.length}] || '-' || lpad((sn.n / ${ROLES.length * ENVS.length} + 1)::text, 2, '0') as name) s
    cross join lateral (select timestamptz '2025-12-01' + floor(31536000 * ${uniform('i + 4000000000')}) * interval '1 second' as started_at) t
    cross join lateral (select (60 + (i::bigint * 7919) % 7200) * interval '1 second' as duration) d`;
}

/** Every catalog query measured: a name, the filter, the order, and how deep the page is. */
function queries() {
  const order = (field, direction = 'DESC') => ({ field, direction });
  const STARTED = order('STARTED_AT');
  return [
    { name: 'no filter', filter: {}, order: STARTED },
    { name: 'user', filter: { userName: ['ida.schmidt', 'max.weber', 'otto.fischer', 'zoe.koch'] }, order: STARTED },
    { name: 'server', filter: { serverName: ['db-prod-01', 'ts-test-02', 'mail-dev-03', 'build-dr-04'] }, order: STARTED },
    { name: 'client name', filter: { clientName: ['WS-IDA0', 'WS-MAX1', 'WS-ZOE'] }, order: STARTED },
    { name: 'client IP', filter: { clientIp: ['10.17.10.', '10.3.11.21', '10.150.'] }, order: STARTED },
    { name: 'application', filter: { application: ['sqlplus', 'terraform', 'oracle-forms', 'journalctl'] }, order: STARTED },
    { name: 'free text that matches', filter: { text: ['schmidt', 'db-prod', 'kubectl', 'WS-ANN'] }, order: STARTED },
    { name: 'free text that matches nothing', filter: { text: ['no-such-session', 'quarterly-payroll-xyz', 'zzqqxx'] }, order: STARTED },
    { name: 'date range (one week)', filter: { startedFrom: '2026-03-02T00:00:00Z', startedTo: '2026-03-09T00:00:00Z' }, order: STARTED },
    { name: 'kind: terminal', filter: { kind: 'TERMINAL' }, order: STARTED },
    { name: 'restricted only', filter: { restricted: true }, order: STARTED, privileged: true },
    { name: 'sort by user name', filter: {}, order: order('USER_NAME', 'ASC') },
    { name: 'sort by server name', filter: {}, order: order('SERVER_NAME', 'ASC') },
    { name: 'sort by duration', filter: {}, order: order('DURATION') },
    { name: 'sort by size', filter: {}, order: order('SIZE') },
    { name: 'user, sorted by size', filter: { userName: ['ida.schmidt', 'max.weber'] }, order: order('SIZE') },
    { name: 'page 200 (row 10,000), no filter', filter: {}, order: STARTED, depth: 200 },
    { name: 'page 20, server', filter: { serverName: ['db-prod-01'] }, order: STARTED, depth: 20 },
    { name: 'page 20, application', filter: { application: ['sqlplus'] }, order: STARTED, depth: 20 },
  ];
}

/** The filter for the n-th run: each text field cycles through its values. */
function filterFor(query, n) {
  const filter = {};
  for (const [key, value] of Object.entries(query.filter)) {
    filter[key] = Array.isArray(value) ? value[n % value.length] : key.startsWith('started') ? new Date(value) : value;
  }
  return filter;
}

runMain(async () => {
  requireBuiltServer();
  const sizes = options.sizes
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => n > 0);
  const machine = await describeMachine();
  for (const line of machine.lines) console.log(line);
  const database = await provisionDatabase();

  const { loadConfig } = await importDist('config/config.js');
  const { openAppDatabase } = await importDist('app/core.js');
  const { RecordingsService, recordingConditions, matchingRecordings, mergedValuesQuery } = await importDist('recordings/recordings.service.js');
  const { filterValues, fewestValues } = await importDist('recordings/filter-values.js');
  const { ORDER_COLUMNS } = await importDist('recordings/recording-order.js');
  const { Recording } = await importDist('recordings/recording.entity.js');
  const { callerOf } = await importDist('access/caller.js');
  const { viewerOf } = await importDist('access/viewer.js');
  const { likeContains, decodeCursor } = await importDist('common/keyset.js');
  const { filterText } = await importDist('common/filter-text.js');

  const config = loadConfig({ DATABASE_URL: database.databaseUrl, CUSTODIAN_DATA_DIR: os.tmpdir(), CUSTODIAN_ALLOW_SUPERUSER: 'true' });
  const db = await openAppDatabase(config, () => {}, { migrate: 'always', poolMax: 2 });
  onCleanup('close the database', () => db.close());
  const em = db.orm.em;
  const sql = async (text, params) =>
    em
      .fork()
      .getConnection()
      .execute(text, params ?? []);
  const serverSettings = Object.fromEntries(
    (await sql("select name, setting from pg_settings where name in ('shared_buffers', 'work_mem', 'effective_cache_size', 'random_page_cost', 'jit')")).map(
      (r) => [r.name, r.setting],
    ),
  );
  console.log(`server settings: ${JSON.stringify(serverSettings)}`);

  const user = { id: '00000000-0000-4000-8000-000000000001', username: 'bench-player' };
  const player = callerOf(viewerOf(user, ['PLAYER'], { sessionId: '00000000-0000-4000-8000-000000000002' }), '127.0.0.1');
  const privileged = callerOf(viewerOf(user, ['PLAYER', 'PRIVILEGED_PLAYER'], { sessionId: '00000000-0000-4000-8000-000000000003' }), '127.0.0.1');

  /** The service's page as a request reads it: a fresh entity manager per call. */
  const current = (query, filter, after) =>
    new RecordingsService(em.fork()).recordings(query.privileged ? privileged : player, filter, query.order, PAGE, after);

  /**
   * The previous query shape, as the catalog ran it before: ILIKE per field and per application
   * element, and count(*) of every match for totalCount on every page.
   */
  const previous = async (emx, query, filter, after) => {
    const where = [];
    const like = (column, value) => {
      const text = filterText(value, column);
      if (text) where.push([`r.${column} ilike ?`, [likeContains(text)]]);
    };
    like('user_name', filter.userName);
    like('server_name', filter.serverName);
    like('client_name', filter.clientName);
    like('client_ip', filter.clientIp);
    if (filter.application) where.push(['exists (select 1 from unnest(r.applications) app where app ilike ?)', [likeContains(filter.application)]]);
    if (filter.startedFrom) where.push(['r.started_at >= ?', [filter.startedFrom]]);
    if (filter.startedTo) where.push(['r.started_at <= ?', [filter.startedTo]]);
    if (filter.text) {
      const l = likeContains(filter.text);
      where.push([
        '(r.user_name ilike ? or r.server_name ilike ? or r.client_name ilike ? or r.client_ip ilike ? or exists (select 1 from unnest(r.applications) app where app ilike ?))',
        [l, l, l, l, l],
      ]);
    }
    if (filter.kind) where.push(['r.kind = ?', [filter.kind]]);
    if (filter.restricted) where.push(['r.restricted', []]);
    if (!query.privileged) where.push(['r.restricted = false', []]);
    const count = emx.createQueryBuilder(Recording, 'r');
    for (const [s, p] of where) count.andWhere(s, p);
    const totalCount = await count.getCount();
    const qb = emx.createQueryBuilder(Recording, 'r');
    for (const [s, p] of where) qb.andWhere(s, p);
    const { column, property, kind } = ORDER_COLUMNS[query.order.field];
    const dir = query.order.direction === 'ASC' ? 'asc' : 'desc';
    if (after) {
      const cursor = decodeCursor(after, kind, 'uuid');
      qb.andWhere(`(r.${column}, r.id) ${dir === 'asc' ? '>' : '<'} (?, ?)`, [cursor.value, cursor.id]);
    }
    const rows = await qb
      .orderBy({ [property]: dir, id: dir })
      .limit(PAGE + 1)
      .getResult();
    return { rows, totalCount };
  };

  /** The cursor of the page `depth` pages in, found once with the current service (not timed). */
  const cursors = new Map();
  async function cursorAt(query, filter) {
    if (!query.depth) return null;
    const key = `${query.name}|${JSON.stringify(filter)}`;
    if (!cursors.has(key)) {
      let after = null;
      for (let p = 1; p < query.depth; p++) {
        const page = await current(query, filter, after);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      cursors.set(key, after);
    }
    return cursors.get(key);
  }

  async function time(fn, samples, warmup = 3) {
    const ms = [];
    for (let n = 0; n < warmup + samples; n++) {
      const started = performance.now();
      await fn(n);
      if (n >= warmup) ms.push(performance.now() - started);
    }
    return { p50: percentile(ms, 50), p95: percentile(ms, 95), n: ms.length };
  }

  /** The SQL the service runs for a query's first filter value: the page and, when it is needed, the capped count. */
  async function explainAll(query) {
    const filter = filterFor(query, 0);
    const after = await cursorAt(query, filter);
    const emx = em.fork();
    // User, server and client IP filters with few matching names are matched by name, and a page
    // in start-time order merges the names' index ranges, as the service does.
    const values = await filterValues(emx, filter);
    const byValue = query.order.field === 'STARTED_AT' ? fewestValues(values) : undefined;
    const conditions = recordingConditions(filter, !!query.privileged, values);
    const { column, property, kind } = ORDER_COLUMNS[query.order.field];
    const dir = query.order.direction === 'ASC' ? 'asc' : 'desc';
    const page = matchingRecordings(emx, conditions);
    if (after) {
      const cursor = decodeCursor(after, kind, 'uuid');
      page.andWhere(`(r.${column}, r.id) ${dir === 'asc' ? '>' : '<'} (?, ?)`, [cursor.value, cursor.id]);
    }
    page.orderBy({ [property]: dir, id: dir }).limit(PAGE + 1);
    const knex = emx.getKnex();
    const rows = matchingRecordings(emx, conditions).getKnexQuery().clearSelect().select(knex.raw('1'));
    const capped = knex.count({ n: '*' }).from(rows.clone().limit(1001).as('capped'));
    // The service reads few substring matches whole (index scans off for that page): the same here.
    const [{ rows: tableRows }] = await sql("select greatest(reltuples, 0)::float8 as rows from pg_class where oid = 'recordings'::regclass");
    const estimatePlan = await sql(`explain (format json) ${rows.toString()}`);
    const estimate = estimatePlan[0]['QUERY PLAN'][0].Plan['Plan Rows'];
    const substring = ['userName', 'serverName', 'clientName', 'clientIp', 'application', 'text'].some((key) => filter[key]);
    const fetchMatches = !byValue && substring && estimate < Math.sqrt((PAGE + 1) * Number(tableRows));
    const out = [];
    for (const [label, text, how] of [
      [
        `page${fetchMatches ? ' (index scans off: fewer matches than a walk would read)' : ''}${byValue ? ` (ids, merged from ${byValue.values.length} ${byValue.column} values: ${byValue.values.join(', ')})` : ''}`,
        byValue
          ? (() => {
              const cursor = after ? decodeCursor(after, kind, 'uuid') : undefined;
              const [text, params] = mergedValuesQuery(byValue, recordingConditions(filter, !!query.privileged, values, byValue.column), dir, PAGE + 1, cursor);
              return emx.getKnex().raw(text, params).toString();
            })()
          : page.getFormattedQuery(),
        'explain (analyze, buffers, costs off)',
      ],
      [`estimate: ${estimate} rows (read when there is a filter; no rows are read)`, rows.toString(), 'explain'],
      [
        'capped count (run only when the first page is full or a cursor is given and the estimate is at most 20,000)',
        capped.toString(),
        'explain (analyze, buffers, costs off)',
      ],
    ]) {
      const plan = await em.fork().transactional(async (tem) => {
        if (fetchMatches && label.startsWith('page')) await tem.execute('set local enable_indexscan = off');
        return tem.execute(`${how} ${text}`);
      });
      out.push({ label, sql: text, plan: plan.map((r) => r['QUERY PLAN']).join('\n') });
    }
    return out;
  }

  const results = [];
  let filled = 0;
  const explainLines = [];
  for (const size of sizes) {
    console.log(`\n== ${size.toLocaleString('en')} recordings ==`);
    const fillStarted = performance.now();
    // Filling is fastest without the secondary indexes; they are built again afterwards, as a
    // restore would. Their definitions come from the database itself.
    const indexes = await sql(
      "select indexname, indexdef from pg_indexes where tablename = 'recordings' and indexname not like '%pkey' and indexname not like '%unique'",
    );
    for (const { indexname } of indexes) await sql(`drop index ${indexname}`);
    const CHUNK = 1_000_000;
    for (let from = filled; from < size; from += CHUNK) {
      const to = Math.min(size, from + CHUNK);
      const started = performance.now();
      await sql(fillStatement(from, to));
      console.log(`  filled to ${to.toLocaleString('en')} rows (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    }
    filled = size;
    const indexStarted = performance.now();
    for (const { indexname, indexdef } of indexes) {
      const started = performance.now();
      await em.fork().transactional(async (tem) => {
        await tem.execute("set local maintenance_work_mem = '1GB'");
        await tem.execute(indexdef);
      });
      console.log(`  ${indexname} built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    await sql('vacuum analyze recordings');
    const fillSeconds = (performance.now() - fillStarted) / 1000;
    const [{ bytes }] = await sql("select pg_total_relation_size('recordings') as bytes");
    console.log(
      `filled in ${fillSeconds.toFixed(0)} s (indexes ${((performance.now() - indexStarted) / 1000).toFixed(0)} s), table and indexes ${(Number(bytes) / 2 ** 30).toFixed(2)} GiB`,
    );

    const measured = [];
    for (const query of queries()) {
      const filters = [0, 1, 2, 3].map((n) => filterFor(query, n));
      const afters = [];
      for (const f of filters) afters.push(await cursorAt(query, f));
      const now = await time((n) => current(query, filters[n % 4], afters[n % 4]), options.samples);
      const sample = await current(query, filters[0], afters[0]);
      measured.push({ name: query.name, current: now, totalCount: sample.totalCount, exact: sample.totalCountIsExact, rows: sample.edges.length });
      console.log(
        `  ${query.name.padEnd(36)} p50 ${now.p50.toFixed(1).padStart(7)} ms  p95 ${now.p95.toFixed(1).padStart(7)} ms   total ${sample.totalCountIsExact ? '' : '~'}${sample.totalCount}`,
      );
    }

    if (size <= options.baselineUpTo) {
      console.log('  previous query shape (trigram indexes dropped in a transaction that is rolled back):');
      await em
        .fork()
        .transactional(async (tem) => {
          const run = (text) => tem.execute(text);
          for (const name of [
            'recordings_search_trgm',
            'recordings_user_name_trgm',
            'recordings_server_name_trgm',
            'recordings_client_name_trgm',
            'recordings_client_ip_trgm',
            'recordings_applications_trgm',
            'recordings_restricted_started_at_id_index',
          ])
            await run(`drop index ${name}`);
          for (const query of queries()) {
            const filters = [0, 1, 2, 3].map((n) => filterFor(query, n));
            const afters = [];
            for (const f of filters) afters.push(await cursorAt(query, f));
            const before = await time((n) => previous(tem, query, filters[n % 4], afters[n % 4]), options.baselineSamples, 1);
            const m = measured.find((x) => x.name === query.name);
            m.previous = before;
            console.log(
              `  ${query.name.padEnd(36)} p50 ${before.p50.toFixed(1).padStart(7)} ms  p95 ${before.p95.toFixed(1).padStart(7)} ms   now / before p95 ${(m.current.p95 / before.p95).toFixed(3)} (${(before.p95 / m.current.p95).toFixed(0)}x faster)`,
            );
          }
          // Throwing rolls the transaction back: the indexes are there again.
          throw new RolledBack();
        })
        .catch((error) => {
          if (!(error instanceof RolledBack)) throw error;
        });
    }

    const target = TARGET_MS[size];
    const worst = Math.max(...measured.map((m) => m.current.p95));
    const met = target ? worst < target : undefined;
    console.log(`worst p95 ${worst.toFixed(1)} ms${target ? ` (target < ${target} ms: ${met ? 'MET' : 'NOT MET'})` : ''}`);
    results.push({ size, fillSeconds, bytes: Number(bytes), measured, worstP95: worst, target, met });

    if (options.explain) {
      explainLines.push(`#### ${size.toLocaleString('en')} rows\n`);
      for (const query of queries()) {
        explainLines.push(`##### ${query.name}\n`);
        for (const { label, sql: text, plan } of await explainAll(query)) {
          explainLines.push(`${label}:\n\n\`\`\`sql\n${text}\n\`\`\`\n\n\`\`\`\n${plan}\n\`\`\`\n`);
        }
      }
    }
  }

  console.log('\n== summary: p95 ms now (before) ==');
  console.log(`${'query'.padEnd(36)} ${results.map((r) => `${(r.size / 1e6).toString()}M`.padStart(20)).join('')}`);
  for (const q of queries()) {
    const cells = results.map((r) => {
      const m = r.measured.find((x) => x.name === q.name);
      return `${m.current.p95.toFixed(1)}${m.previous ? ` (${m.previous.p95.toFixed(0)})` : ''}`.padStart(20);
    });
    console.log(`${q.name.padEnd(36)} ${cells.join('')}`);
  }
  if (options.explain) await fsp.writeFile(options.explain, explainLines.join('\n'));
  if (options.json)
    await fsp.writeFile(options.json, JSON.stringify({ machine: machine.lines, database: database.description, serverSettings, results }, null, 2));
  const met = results.every((r) => r.met !== false);
  return met ? 0 : 3;
});

class RolledBack extends Error {}
