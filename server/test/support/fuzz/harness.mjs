// Sends fuzz cases to a running Custodian and checks what must hold whatever the request:
// - no HTTP 5xx, and every error carries a documented code (never INTERNAL_SERVER_ERROR);
// - a refused request changes no data: the application tables (audit tables aside: refusals are
//   audited) have the same checksum after it as before;
// - the API process logs no unexpected error and does not exit.
// The HTTP file routes are sent and checked by file-routes.mjs through the same runner.
// Shared by server/test/integration/fuzz.test.ts and bench/fuzz.mjs (plain JavaScript: see
// schema-arbitraries.mjs).
import fsp from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { describeCase, requestBody, websocketVariables } from './schema-arbitraries.mjs';

/** The codes the README documents for integrators; anything else in an error is a finding. */
export const DOCUMENTED_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'EXPORTS_DISABLED',
  'TOO_LARGE',
  'SERVICE_UNAVAILABLE',
  'STORAGE_UNAVAILABLE',
]);

/** Who sends the requests, by the roles they hold. */
export const PRINCIPALS = ['anonymous', 'PLAYER', 'LOGGING_READER', 'PRIVILEGED_PLAYER', 'LOGGING_READER+PRIVILEGED_PLAYER', 'ADMINISTRATOR', 'API_TOKEN'];

const USERS = {
  PLAYER: { username: 'fuzz-player', roles: ['PLAYER'] },
  LOGGING_READER: { username: 'fuzz-reader', roles: ['LOGGING_READER'] },
  PRIVILEGED_PLAYER: { username: 'fuzz-privileged', roles: ['PRIVILEGED_PLAYER'] },
  'LOGGING_READER+PRIVILEGED_PLAYER': { username: 'fuzz-investigator', roles: ['LOGGING_READER', 'PRIVILEGED_PLAYER'] },
  // The API token principal: an integration's token of a user who may export.
  API_TOKEN: { username: 'fuzz-integrator', roles: ['LOGGING_READER', 'PRIVILEGED_PLAYER'] },
};
const VICTIMS = [
  { username: 'fuzz-victim-one', roles: ['PLAYER'] },
  { username: 'fuzz-victim-two', roles: ['LOGGING_READER'] },
  { username: 'fuzz-victim-three', roles: [] },
];
const PASSWORD = 'Fuzz-password-2026-long-enough';
const REASON = 'Fuzz case 2026-1: reviewing what the session shows';
// Tables that change on refusals by design (audit rows, refusal counts, failed sign-ins) or are not the application's.
const UNWATCHED_TABLE = /^(audit_.*|sign_in_attempts|mikro_orm_migrations)$/;
// Columns that change without any request, or as bookkeeping of a read: authentication, task
// services, and when a browser preview was last played (its retention counts from then).
const VOLATILE_COLUMNS = new Set([
  'api_tokens.last_used_at',
  'task_services.last_heartbeat_at',
  'task_services.running_tasks',
  'task_services.stopped_at',
  'browser_previews.last_played_at',
]);
/**
 * Findings reported and not fixed yet: counted and printed with an example, not failed on (unless
 * the runner is strict). Delete an entry once its fix lands, so that the fuzzer guards it.
 */
export const KNOWN_FINDINGS = [];

// What the API must never print while fuzzed.
const ALARMING_OUTPUT = /unexpected error|request failed|uncaught|unhandled|FATAL|out of memory/i;

async function post(url, query, variables, token) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(`${query.slice(0, 80)}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const signIn = async (url, username, password) =>
  (await post(url, 'mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token user { id } } }', { u: username, p: password })).signIn;

function importDist(relative) {
  return import(pathToFileURL(path.resolve(import.meta.dirname, '../../../dist', relative)).href);
}

/**
 * Rows to fuzz against, made through the API as an administrator and users would make them:
 * recordings (open, restricted, a terminal session), a user per principal, victims of the
 * administrator's mutations (users, groups, tokens), and export tasks COMPLETED, CANCELLED and
 * PENDING. The task services are stopped once the first exports are done, so that nothing
 * changes the tables in the background while the fuzzer compares them.
 *
 * `system`: { url, sql(text, values), cli(args), dataDir, admin: { username, password }, stopWorkers() }.
 */
export async function prepareFuzzWorld(system, { log = () => undefined } = {}) {
  const { url } = system;
  const started = performance.now();
  const { locateMediaTools } = await importDist('media/media-tools.js');
  const { makeScreenRecording } = await importDist('media/synthetic.js');
  const { writeTerminalSession } = await importDist('terminal/synthetic/index.js');
  const { ffmpegPath } = await locateMediaTools();
  const incoming = path.join(system.dataDir, 'fuzz-incoming');
  await fsp.mkdir(incoming, { recursive: true });
  const videos = [
    { name: 'open-a.mkv', metadata: { userName: 'jdoe', serverName: 'db-prod-01', clientName: 'LAPTOP-7', clientIp: '10.0.0.5', applications: ['psql'] } },
    { name: 'open-b.mkv', metadata: { userName: 'asmith', serverName: 'web-02', clientName: 'DESK-2', clientIp: '10.0.0.6', applications: ['bash', 'vim'] } },
    { name: 'secret.mkv', metadata: { userName: 'root', serverName: 'vault-01', clientName: 'ADMIN-PC', clientIp: '10.9.9.9', restricted: true } },
  ];
  for (const [variant, video] of videos.entries()) {
    const output = path.join(incoming, video.name);
    await makeScreenRecording({ ffmpegPath, output, width: 160, height: 120, durationSeconds: 1, fps: 5, withAudio: false, variant });
    await fsp.writeFile(`${output}.json`, JSON.stringify(video.metadata));
  }
  const cast = path.join(incoming, 'ops.cast');
  await writeTerminalSession(cast, { seed: 7, durationSeconds: 3, cols: 80, rows: 24, user: 'ops', host: 'jump-03' });
  await fsp.writeFile(`${cast}.json`, JSON.stringify({ userName: 'ops', serverName: 'jump-03', protocol: 'SSH' }));
  const imported = await system.cli(['import', incoming]);
  if (imported.code !== 0) throw new Error(`import failed:\n${imported.output}`);

  const adminSession = await signIn(url, system.admin.username, system.admin.password);
  const principals = { anonymous: { name: 'anonymous', token: undefined } };
  principals.ADMINISTRATOR = {
    name: 'ADMINISTRATOR',
    username: system.admin.username,
    password: system.admin.password,
    token: adminSession.token,
    userId: adminSession.user.id,
    roles: ['ADMINISTRATOR'],
  };
  const createUser = (username, roles) =>
    post(
      url,
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { username, password: PASSWORD, roles } },
      adminSession.token,
    );
  for (const [name, { username, roles }] of Object.entries(USERS)) {
    await createUser(username, roles);
    const session = await signIn(url, username, PASSWORD);
    principals[name] = { name, username, password: PASSWORD, token: session.token, userId: session.user.id, roles };
  }
  const integratorSession = principals.API_TOKEN.token;
  const created = await post(url, 'mutation { createApiToken(name: "fuzz integration") { secret apiToken { id } } }', {}, integratorSession);
  Object.assign(principals.API_TOKEN, { token: created.createApiToken.secret, tokenId: created.createApiToken.apiToken.id, password: undefined });

  // Victims of the administrator's mutations: only they (never a principal) are in the pool of ids mutations get.
  for (const victim of VICTIMS) await createUser(victim.username, victim.roles);
  const victimSession = await signIn(url, VICTIMS[0].username, PASSWORD);
  await post(url, 'mutation { createApiToken(name: "victim token") { secret } }', {}, victimSession.token);
  const group = await post(url, 'mutation { createGroup(input: { name: "fuzz-auditors", roles: [LOGGING_READER] }) { id } }', {}, adminSession.token);
  await post(url, 'mutation { createGroup(input: { name: "fuzz-empty" }) { id } }', {}, adminSession.token);
  const victimTwo = (await system.sql('select id from users where username = $1', [VICTIMS[1].username]))[0].id;
  await post(
    url,
    'mutation($g: ID!, $u: ID!) { addGroupMember(groupId: $g, userId: $u) { id } }',
    { g: group.createGroup.id, u: victimTwo },
    adminSession.token,
  );

  // Export tasks in several states.
  const investigator = principals['LOGGING_READER+PRIVILEGED_PLAYER'].token;
  const recordingIds = (await system.sql('select id from recordings order by source_location')).map((r) => r.id);
  const exportRecordings = (ids, key) =>
    post(
      url,
      'mutation($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }',
      { input: { recordingIds: ids, reason: REASON, idempotencyKey: key } },
      investigator,
    );
  await exportRecordings(recordingIds, 'fuzz-first');
  const deadline = Date.now() + 120_000;
  while ((await system.sql("select count(*)::int as n from export_tasks where status not in ('COMPLETED', 'FAILED')"))[0].n > 0) {
    if (Date.now() > deadline) throw new Error('the first exports did not finish within 120 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  // Browser previews: READY for one open and the restricted video, none asked for the other open one.
  const previewed = await system.sql("select id::text as id from recordings where user_name in ('jdoe', 'root')");
  for (const { id } of previewed) await post(url, 'mutation($id: ID!) { prepareBrowserPreview(recordingId: $id) { id } }', { id }, investigator);
  if (previewed.length !== 2) throw new Error(`the fuzz world has ${previewed.length} recordings to preview, not 2`);
  while ((await system.sql("select count(*)::int as n from browser_previews where status in ('PENDING', 'IN_PROGRESS')"))[0].n > 0) {
    if (Date.now() > deadline) throw new Error('the browser previews were not made within 120 s of asking for the first exports');
    await new Promise((r) => setTimeout(r, 200));
  }
  const ready = (await system.sql("select count(*)::int as n from browser_previews where status = 'READY'"))[0].n;
  if (ready !== 2) throw new Error(`${ready} of the fuzz world's 2 browser previews are READY`);
  await system.stopWorkers();
  const cancelled = await exportRecordings([recordingIds[0]], 'fuzz-cancelled');
  await post(url, 'mutation($id: ID!) { cancelExportTask(id: $id) { id } }', { id: cancelled.exportRecordings.tasks[0].id }, investigator);
  await exportRecordings([recordingIds[1]], 'fuzz-pending');

  const pools = await collectPools(system, principals);
  log(
    `fuzz world ready in ${((performance.now() - started) / 1000).toFixed(1)} s: ${recordingIds.length} recordings, ${Object.keys(principals).length} principals, ${pools.ids.length} real ids, ${pools.strings.length} real strings`,
  );
  return { principals, pools, adminSession: adminSession.token };
}

/** Real ids and strings of the rows made above, for the arbitraries. */
async function collectPools(system, principals) {
  const ids = [];
  for (const table of ['recordings', 'export_tasks', 'export_requests', 'users', 'groups', 'api_tokens', 'task_services', 'sessions']) {
    ids.push(...(await system.sql(`select id::text as id from ${table}`)).map((r) => r.id));
  }
  ids.push(...(await system.sql('select id::text as id from audit_events order by id desc limit 3')).map((r) => r.id));
  // Mutations never get a principal's own user or token: an administrator disabling the PLAYER
  // would turn the rest of the run into UNAUTHENTICATED answers.
  const protectedIds = new Set(Object.values(principals).flatMap((p) => [p.userId, p.tokenId].filter(Boolean)));
  const sessions = new Set((await system.sql('select id::text as id from sessions')).map((r) => r.id));
  const mutableIds = ids.filter((id) => !protectedIds.has(id) && !sessions.has(id));
  const strings = new Set([
    // Victims only: failed sign-ins as a principal would delay its next sign-in.
    ...VICTIMS.map((v) => v.username),
    'nobody',
    PASSWORD,
    REASON,
    'fuzz-first',
    'fuzz-auditors',
    ...(await system.sql('select user_name, server_name, client_name, client_ip, source_sha256 from recordings')).flatMap((r) => Object.values(r)),
    ...(await system.sql('select output_sha256 from export_tasks where output_sha256 is not null')).map((r) => r.output_sha256),
    ...(await system.sql('select key_id from export_manifests limit 1')).map((r) => r.key_id),
  ]);
  // Cursors of real pages.
  const reader = principals['LOGGING_READER+PRIVILEGED_PLAYER'].token;
  const pages = await post(
    system.url,
    '{ recordings(first: 1) { pageInfo { endCursor } } exportTasks(first: 1) { pageInfo { endCursor } } exportAudit(first: 1) { pageInfo { endCursor } } auditCheckpoints(first: 1) { pageInfo { endCursor } } }',
    {},
    reader,
  );
  for (const page of Object.values(pages)) if (page.pageInfo.endCursor) strings.add(page.pageInfo.endCursor);
  return { ids, mutableIds, strings: [...strings].filter((s) => typeof s === 'string' && s.length > 0) };
}

/**
 * A function that reads a checksum of every application table (count and an order-independent
 * hash of its rows), in one query.
 */
export async function tableSnapshotter(sql) {
  const columns = await sql(
    `select c.table_name, c.column_name from information_schema.columns c
       join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
      where c.table_schema = 'public' order by c.table_name, c.ordinal_position`,
  );
  const tables = new Map();
  for (const { table_name: table, column_name: column } of columns) {
    if (UNWATCHED_TABLE.test(table) || VOLATILE_COLUMNS.has(`${table}.${column}`)) continue;
    if (!tables.has(table)) tables.set(table, []);
    tables.get(table).push(`"${column}"`);
  }
  const query = [...tables]
    .map(([table, cols]) => {
      const row = `md5(row(${cols.join(', ')})::text)`;
      return `select '${table}' as t, count(*)::int as n, coalesce(md5(string_agg(${row}, '' order by ${row})), '') as h from "${table}"`;
    })
    .join(' union all ');
  const snapshot = async () => new Map((await sql(query)).map((r) => [r.t, { rows: r.n, hash: r.h }]));
  snapshot.tables = [...tables.keys()];
  return snapshot;
}

function changedTables(before, after) {
  const changed = [];
  for (const [table, a] of after) {
    const b = before.get(table);
    if (!b || b.hash !== a.hash) changed.push(`${table} (${b?.rows ?? 0} -> ${a.rows} rows)`);
  }
  return changed;
}

/** A property that did not hold, with the exact request that broke it. */
export class FuzzViolation extends Error {
  constructor(fuzzCase, response, violations) {
    super([...violations.map((v) => `- ${v}`), `request: ${describeCase(fuzzCase)}`, `response: ${JSON.stringify(response)?.slice(0, 3000)}`].join('\n'));
    this.name = 'FuzzViolation';
    this.fuzzCase = fuzzCase;
  }
}

/**
 * Runs fuzz cases one at a time against a running system and checks the properties after each.
 * `system`: { url, sql, apiProcess (the API's ChildProcess) } plus what `prepareFuzzWorld` got.
 */
export async function createFuzzRunner(system, world, { holdMs = 150, answerTimeoutMs = 20_000, strict = false, throwOnViolation = true, sendFileCase } = {}) {
  const { url } = system;
  const snapshot = await tableSnapshotter(system.sql);
  let before = await snapshot();
  let apiOutput = '';
  const onOutput = (chunk) => {
    apiOutput += chunk.toString();
  };
  system.apiProcess.stdout.on('data', onOutput);
  system.apiProcess.stderr.on('data', onOutput);
  const apiAlive = () => system.apiProcess.exitCode === null && system.apiProcess.signalCode === null;
  const stats = newStats();
  const sockets = new Map();

  async function run(fuzzCase) {
    const principal = world.principals[fuzzCase.principal];
    // File route cases (file-routes.mjs) are sent and checked by the sender given for them.
    const sender = { http: sendHttp, ws: sendWebsocket, file: sendFileCase }[fuzzCase.transport];
    if (!sender) throw new Error(`no sender for ${fuzzCase.transport} cases`);
    const response = await sender(fuzzCase, principal);
    const violations = [...response.violations];
    const codes = [...new Set(response.errors.map((e) => e?.extensions?.code ?? 'NO_CODE'))];
    // The file routes document more codes (NOT_READY, GONE, ...): their sender says which.
    const documented = response.documentedCodes ?? DOCUMENTED_CODES;
    for (const code of codes)
      if (!documented.has(code))
        violations.push(
          `an error has the code ${code}: ${JSON.stringify(response.errors.find((e) => (e?.extensions?.code ?? 'NO_CODE') === code)).slice(0, 500)}`,
        );
    const after = await snapshot();
    // A read-only request (a file download) changes nothing even when it is answered.
    if (response.refused || response.readOnly) {
      const changed = changedTables(before, after);
      if (changed.length) violations.push(`a ${response.refused ? 'refused' : 'read-only'} request changed data: ${changed.join(', ')}`);
    }
    before = after;
    // Long lines (an SQL statement with the values in it) keep their start and their end, where the database's message is.
    const logged = apiOutput
      .split('\n')
      .filter((line) => ALARMING_OUTPUT.test(line))
      .map((line) => (line.length > 1500 ? `${line.slice(0, 600)} ... ${line.slice(-800)}` : line))
      .join('\n');
    apiOutput = '';
    if (logged) violations.push(`the API logged: ${logged.length > 6000 ? `${logged.slice(0, 3000)} ... ${logged.slice(-3000)}` : logged}`);
    if (!apiAlive()) violations.push(`the API process exited (${system.apiProcess.exitCode ?? system.apiProcess.signalCode})`);
    stats.record(fuzzCase, response, codes);
    const known = [];
    const unexpected = [];
    for (const violation of violations) {
      const finding = strict ? null : KNOWN_FINDINGS.find((f) => f.matches(violation, fuzzCase, response.summary));
      if (finding) known.push(finding.id);
      else unexpected.push(violation);
    }
    for (const id of new Set(known)) stats.known(id, fuzzCase, response.summary);
    if (!response.refused && (await heal(fuzzCase))) before = await snapshot();
    if (unexpected.length && throwOnViolation) throw new FuzzViolation(fuzzCase, response.summary, unexpected);
    return { refused: response.refused, codes, violations: unexpected, known, response: response.summary };
  }

  async function sendHttp(fuzzCase, principal) {
    let token = principal.token;
    // Nobody signed in may still send a credential: a made-up one.
    if (!token && typeof fuzzCase.connectionParams?.token === 'string' && /^[\x20-\x7e]{1,4000}$/.test(fuzzCase.connectionParams.token))
      token = fuzzCase.connectionParams.token;
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: requestBody(fuzzCase.query, fuzzCase.variables),
    });
    const text = await response.text();
    let body = null;
    try {
      body = JSON.parse(text);
    } catch {
      /* checked below */
    }
    const violations = [];
    if (response.status >= 500) violations.push(`HTTP ${response.status}`);
    let errors = [];
    if (body && Array.isArray(body.errors)) errors = body.errors;
    else if (body?.error) errors = [{ message: body.error.message, extensions: { code: body.error.code } }];
    else if (!body || body.data === undefined) violations.push(`not a GraphQL answer: HTTP ${response.status} ${text.slice(0, 300)}`);
    const data = body?.data?.[fuzzCase.field];
    return {
      violations,
      errors,
      refused: errors.length > 0 && (data === null || data === undefined),
      summary: { status: response.status, body: body ?? text.slice(0, 300) },
    };
  }

  async function socketFor(principal) {
    const open = sockets.get(principal.name);
    if (open) return open;
    const socket = connect({ token: principal.token });
    await socket.connected;
    sockets.set(principal.name, socket);
    socket.closed.then(() => sockets.delete(principal.name));
    return socket;
  }

  function connect(connectionParams) {
    let closedWith;
    const client = createClient({
      url: `${url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams,
      retryAttempts: 0,
      lazy: false,
      // A socket closed on purpose (credentials refused) is an outcome here, not something to print.
      onNonLazyError: () => undefined,
    });
    const closed = new Promise((resolve) =>
      client.on('closed', (event) => {
        closedWith = { code: event?.code, reason: event?.reason };
        resolve(closedWith);
      }),
    );
    const connected = new Promise((resolve, reject) => {
      client.on('connected', resolve);
      closed.then((event) => reject(new Error(`websocket closed before connection_ack: ${event.code} ${event.reason}`)));
    });
    connected.catch(() => undefined);
    return { client, connected, closed, closedWith: () => closedWith };
  }

  /**
   * A connection_init whose payload is not an object, which the graphql-ws client refuses to send:
   * written on a socket of our own. The server must close it (4400).
   */
  async function sendRawInit(fuzzCase) {
    const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    const closed = await new Promise((resolve) => {
      const timer = setTimeout(() => {
        socket.terminate();
        resolve({ timedOut: true });
      }, answerTimeoutMs);
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: fuzzCase.connectionParams })));
      socket.on('message', (data) => {
        clearTimeout(timer);
        socket.terminate();
        resolve({ message: String(data).slice(0, 300) });
      });
      socket.on('error', () => undefined);
      socket.on('close', (code, reason) => {
        clearTimeout(timer);
        resolve({ code, reason: String(reason) });
      });
    });
    const violations = [4400, 4401, 4403].includes(closed.code)
      ? []
      : [`a connection_init with the payload ${JSON.stringify(fuzzCase.connectionParams)?.slice(0, 100)} got ${JSON.stringify(closed)}`];
    return { violations, errors: [], refused: true, summary: { rawConnectionInit: closed } };
  }

  async function sendWebsocket(fuzzCase, principal) {
    const anonymous = !principal.token;
    const params = fuzzCase.connectionParams;
    if (anonymous && params !== undefined && params !== null && (typeof params !== 'object' || Array.isArray(params))) return sendRawInit(fuzzCase);
    let socket;
    try {
      socket = anonymous ? connect(fuzzCase.connectionParams) : await socketFor(principal);
    } catch (error) {
      return { violations: [`${principal.name}'s websocket: ${error.message}`], errors: [], refused: false, summary: { error: error.message } };
    }
    const outcome = await new Promise((resolve) => {
      const results = [];
      let settled = false;
      const finish = (end) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        unsubscribe();
        resolve({ results, ...end });
      };
      const unsubscribe = socket.client.subscribe(
        { query: fuzzCase.query, variables: websocketVariables(fuzzCase.variables) },
        {
          next: (result) => results.push(result),
          error: (error) => finish({ error }),
          complete: () => finish({ complete: true }),
        },
      );
      // A live subscription has nothing to say until a task changes: holding it is its answer.
      const timer = setTimeout(() => finish({ timedOut: true }), fuzzCase.kind === 'subscription' ? holdMs : answerTimeoutMs);
    });
    if (anonymous) await socket.client.dispose();

    const violations = [];
    const errors = outcome.results.flatMap((r) => r.errors ?? []);
    let refused = outcome.results.some((r) => r.errors?.length && (r.data === null || r.data === undefined || r.data[fuzzCase.field] == null));
    let closedWith = null;
    if (Array.isArray(outcome.error)) {
      errors.push(...outcome.error);
      refused = true;
    } else if (outcome.error) {
      closedWith = outcome.error.code ?? socket.closedWith()?.code;
      // Closed: 4400 for a malformed connection_init, 4401 without valid credentials (or when a
      // sign-out in this very request ended them), 4403 for a foreign origin, 1009 for a message
      // over the server's 1 MiB limit (nothing of it ran). 4500 is a server error.
      const allowed = anonymous ? [1009, 4400, 4401, 4403] : [1009, 4401];
      if (!allowed.includes(closedWith)) violations.push(`websocket closed with ${closedWith ?? String(outcome.error?.message ?? outcome.error)}`);
      if (anonymous || closedWith === 1009) refused = true;
    } else if (outcome.timedOut && fuzzCase.kind !== 'subscription') {
      violations.push(`no answer over the websocket within ${answerTimeoutMs / 1000} s`);
    }
    return { violations, errors, refused, summary: { ...outcome, closedWith } };
  }

  /** Undoes what an accepted request did to the fuzzer's own footing: a principal signed out, exports switched off. */
  async function heal(fuzzCase) {
    let healed = false;
    if (fuzzCase.field === 'signOut' || (fuzzCase.principal === 'ADMINISTRATOR' && fuzzCase.transport !== 'file')) {
      for (const principal of Object.values(world.principals)) {
        if (!principal.token || !principal.password) continue;
        const me = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${principal.token}` },
          body: JSON.stringify({ query: '{ me { id } }' }),
        }).then((r) => r.json());
        if (me.data?.me?.id) continue;
        principal.token = (await signIn(url, principal.username, principal.password)).token;
        const socket = sockets.get(principal.name);
        sockets.delete(principal.name);
        await socket?.client.dispose();
        stats.heals++;
        healed = true;
      }
    }
    if (fuzzCase.field === 'updateSettings') {
      const admin = world.principals.ADMINISTRATOR.token;
      const { settings } = await post(url, '{ settings { exportsEnabled } }', {}, admin);
      if (!settings.exportsEnabled) {
        await post(url, 'mutation { updateSettings(input: { exportsEnabled: true }) { exportsEnabled } }', {}, admin);
        stats.heals++;
        healed = true;
      }
    }
    return healed;
  }

  /** The end of a run: the API still answers /healthz, never exited and started only once. */
  async function finish() {
    for (const socket of sockets.values()) await socket.client.dispose();
    sockets.clear();
    system.apiProcess.stdout.off('data', onOutput);
    system.apiProcess.stderr.off('data', onOutput);
    const problems = [];
    const health = await fetch(`${url}/healthz`)
      .then(async (r) => ({ status: r.status, body: await r.json() }))
      .catch((error) => ({ status: 0, body: String(error) }));
    if (health.status !== 200 || health.body?.ok !== true) problems.push(`/healthz answered ${health.status} ${JSON.stringify(health.body)}`);
    if (!apiAlive()) problems.push(`the API process exited (${system.apiProcess.exitCode ?? system.apiProcess.signalCode})`);
    return { healthz: health, apiAlive: apiAlive(), problems };
  }

  return { run, finish, stats, tables: snapshot.tables };
}

function newStats() {
  const count = (map, key) => {
    map[key] = (map[key] ?? 0) + 1;
  };
  const stats = {
    cases: 0,
    refused: 0,
    accepted: 0,
    heals: 0,
    byOperation: {},
    byCode: {},
    byPrincipal: {},
    byTransport: {},
    byMode: {},
    /** Known findings seen: how often, and the first request that showed each. */
    knownFindings: {},
    known(id, fuzzCase, response) {
      stats.knownFindings[id] ??= { count: 0, example: `${describeCase(fuzzCase)} -> ${JSON.stringify(response)?.slice(0, 500)}` };
      stats.knownFindings[id].count++;
    },
    record(fuzzCase, response, codes) {
      stats.cases++;
      if (response.refused) stats.refused++;
      else stats.accepted++;
      stats.byOperation[fuzzCase.operation] ??= { cases: 0, accepted: 0, codes: {} };
      const op = stats.byOperation[fuzzCase.operation];
      op.cases++;
      if (!response.refused) op.accepted++;
      for (const code of codes) {
        count(op.codes, code);
        count(stats.byCode, code);
      }
      if (codes.length === 0) count(stats.byCode, response.refused ? 'closed (no error)' : 'none (accepted)');
      count(stats.byPrincipal, fuzzCase.principal);
      count(stats.byTransport, fuzzCase.transport);
      count(stats.byMode, fuzzCase.mode);
    },
  };
  return stats;
}

/** The figures of a run as lines of text: per operation, per error code, per principal, per transport. */
export function describeStats(stats) {
  const lines = [];
  const pairs = (map) =>
    Object.entries(map)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  lines.push(`cases ${stats.cases}: accepted ${stats.accepted}, refused ${stats.refused}; footing restored ${stats.heals} times`);
  lines.push(`by error code: ${pairs(stats.byCode)}`);
  lines.push(`by principal: ${pairs(stats.byPrincipal)}`);
  lines.push(`by transport: ${pairs(stats.byTransport)}`);
  lines.push(`by mode: ${pairs(stats.byMode)}`);
  for (const [id, finding] of Object.entries(stats.knownFindings)) {
    lines.push(`known finding ${id}: ${finding.count} times, first: ${finding.example}`);
  }
  lines.push('by operation (cases, accepted, codes):');
  for (const [op, s] of Object.entries(stats.byOperation).sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`  ${op.padEnd(40)} ${String(s.cases).padStart(6)} ${String(s.accepted).padStart(6)}  ${pairs(s.codes)}`);
  }
  return lines;
}
