// Fuzz cases for the HTTP file routes (downloads, playback and browser previews, evidence bundles,
// the audit CSV, uploads, the signing keys), sent by the same runner as the GraphQL cases (harness.mjs: the
// principals, the table checksums around each request, the API's output, the statistics). What
// is checked here, besides:
// - every answer has a status the README documents for the route, and an error answer is a JSON
//   body {"error":{"code","message"}} whose documented code goes with that status;
// - only those the rules allow get a file (requester of a completed export with both export roles,
//   players for recordings and their READY browser previews and PRIVILEGED_PLAYER for restricted ones, LOGGING_READER for the CSV,
//   an administrator's bearer token for uploads), and those allowed are not refused for a valid
//   request; restricted recordings are answered exactly as ids that do not exist;
// - a 206 carries exactly the bytes of the file on disk that its Content-Range names, and that
//   range is one the request asked for; a 416 only when no asked range is satisfiable; a whole
//   answer carries the whole file;
// - a GET changes no application data (audit rows aside); a refused upload leaves no file in the
//   recordings folder and no catalog row, an accepted one exactly one file, the one its row names.
// The files are compared with the file store's folders (CUSTODIAN_STORAGE=file, the default).
import { createHash } from 'node:crypto';
import fsp from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { DOCUMENTED_CODES } from './harness.mjs';
import { HOSTILE_STRINGS } from './schema-arbitraries.mjs';

/** The status of each code in the file routes' answers, as the README's "For integrators" gives them. */
export const FILE_ROUTE_STATUS = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  EXPORTS_DISABLED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  NOT_READY: 409,
  EXPIRED: 410,
  GONE: 410,
  TOO_LARGE: 413,
  UNSUPPORTED_MEDIA: 422,
  UNREADABLE: 422,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
};
const FILE_ROUTE_CODES = new Set([...DOCUMENTED_CODES, ...Object.keys(FILE_ROUTE_STATUS)]);

export const FILE_ROUTES = {
  download: 'GET /exports/:taskId/file',
  media: 'GET /api/recordings/:id/media',
  preview: 'GET /api/recordings/:id/browser-preview',
  bundle: 'GET /exports/evidence-bundle',
  csv: 'GET /api/audit/export.csv',
  upload: 'POST /api/recordings',
  keys: 'GET /.well-known/custodian-signing-keys.json',
  otherMethod: 'other methods on the file routes',
};

// The statuses each route may answer (errors besides): 416 is Range's, 201 a new upload's.
const SUCCESS_STATUSES = {
  download: [200, 206, 416],
  media: [200, 206, 416],
  preview: [200, 206, 416],
  bundle: [200],
  csv: [200],
  upload: [200, 201],
  keys: [200],
  otherMethod: [],
};

const SESSION_COOKIE = 'custodian_session';
const REQUESTER = 'LOGGING_READER+PRIVILEGED_PLAYER';
const MiB = 1024 * 1024;
// What an upload may send past its limit before the route cuts the connection (upload.route.ts).
const DISCARDED_AFTER_LIMIT_BYTES = 16 * MiB;

function importDist(relative) {
  return import(pathToFileURL(path.resolve(import.meta.dirname, '../../../dist', relative)).href);
}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** Every file below a folder, relative, sorted; none when there is no folder. */
async function filesBelow(folder) {
  const entries = await fsp.readdir(folder, { recursive: true, withFileTypes: true }).catch((error) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(folder, path.join(e.parentPath, e.name)))
    .sort();
}

/**
 * What the file routes are fuzzed with, read from the world prepareFuzzWorld made: its recordings
 * and export tasks with their files (read from the data folder), and the values of the routes.
 * `system`: { url, sql, dataDir }; `maxUploadBytes`: the API's CUSTODIAN_MAX_UPLOAD_MB in bytes.
 */
export async function prepareFileRoutes(system, world, { maxUploadBytes }) {
  const { EVIDENCE_BUNDLE_PATH } = await importDist('evidence/evidence-bundle-url.js');
  const { SIGNING_KEYS_PATH } = await importDist('http/signing-keys.route.js');
  const { AuditAction, AuditOutcome } = await importDist('audit/audit-action.js');
  const { MAX_RECORDINGS_PER_EXPORT } = await importDist('exports/exports.service.js');
  const recordingsDir = path.join(system.dataDir, 'recordings');
  const exportsDir = path.join(system.dataDir, 'exports');

  const recordings = [];
  for (const row of await system.sql(
    `select r.id::text as id, r.restricted, r.kind, r.source_location, p.output_key as preview_key
       from recordings r left join browser_previews p on p.recording_id = r.id and p.status = 'READY' order by r.source_location`,
  )) {
    const bytes = await fsp.readFile(path.join(recordingsDir, row.source_location));
    // The READY browser preview's file, for the preview route's answers; null where none is ready.
    const preview = row.preview_key ? await fsp.readFile(path.join(exportsDir, row.preview_key)) : null;
    recordings.push({ id: row.id, restricted: row.restricted, terminal: row.kind === 'TERMINAL', bytes, preview });
  }
  const requester = world.principals[REQUESTER];
  const tasks = [];
  for (const row of await system.sql(
    'select t.id::text as id, t.status, t.output_path, t.output_sha256, t.requested_by_id::text as requester, r.restricted from export_tasks t join recordings r on r.id = t.recording_id',
  )) {
    const bytes = row.status === 'COMPLETED' ? await fsp.readFile(path.join(exportsDir, row.output_path)) : null;
    tasks.push({ id: row.id, status: row.status, restricted: row.restricted, requester: row.requester, sha256: row.output_sha256, bytes });
  }
  if (!tasks.some((t) => t.status === 'COMPLETED' && t.requester === requester.userId)) throw new Error('the fuzz world has no completed export to download');
  if (!recordings.some((r) => r.restricted) || !recordings.some((r) => r.terminal))
    throw new Error('the fuzz world lacks a restricted or a terminal recording');
  if (!recordings.some((r) => r.preview && !r.restricted) || !recordings.some((r) => r.preview && r.restricted) || !recordings.some((r) => !r.preview))
    throw new Error('the fuzz world lacks READY browser previews of an open and a restricted recording, or a recording without one');

  // A terminal recording whose one line is 24 MB, compressed to a few kilobytes.
  const longLine = gzipSync(Buffer.from(`{"version": 2, "width": 80, "height": 24}\n[0.1, "o", "${'A'.repeat(24 * MiB)}"]\n`));
  return {
    url: system.url,
    sql: system.sql,
    recordingsDir,
    maxUploadBytes,
    paths: { bundle: EVIDENCE_BUNDLE_PATH, keys: SIGNING_KEYS_PATH },
    recordings,
    tasks,
    requesterId: requester.userId,
    auditActions: Object.values(AuditAction),
    auditOutcomes: Object.values(AuditOutcome),
    maxBundle: MAX_RECORDINGS_PER_EXPORT,
    longLine,
    // Secrets of the world, for the oracle: which principal a credential is.
    principals: world.principals,
  };
}

// ---------------------------------------------------------------------------------------------
// Arbitraries

/** Percent-encodes every byte of the text's UTF-8 but the unreserved ones (lone surrogates become U+FFFD). */
function encodeAll(text) {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

const hostile = fc.constantFrom(...HOSTILE_STRINGS.filter((s) => typeof s === 'string' && s.length < 3000));
const randomText = fc.oneof(hostile, fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }));

/** A path segment for an id, already as it goes on the wire, and what it names. */
function idSegment(real, others) {
  const named = (id, what) => ({ segment: encodeAll(id), id, what });
  return fc.oneof(
    { weight: 10, arbitrary: fc.constantFrom(...real).map((r) => named(r.id, r.what)) },
    { weight: 1, arbitrary: fc.constantFrom(...real).map((r) => ({ segment: r.id.toUpperCase(), id: r.id, what: `${r.what} (upper case)` })) },
    { weight: 2, arbitrary: fc.constantFrom(...others).map((id) => named(id, 'an id of something else')) },
    { weight: 1, arbitrary: fc.uuid().map((id) => named(id, 'a made-up uuid')) },
    { weight: 2, arbitrary: randomText.map((s) => named(s, 'a random text')) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        { segment: '..', id: '..', what: 'a dot segment' },
        { segment: '%2e%2e', id: '..', what: 'an encoded dot segment' },
        { segment: '..%2F..%2F..%2Fetc%2Fpasswd', id: '../../../etc/passwd', what: 'encoded slashes' },
        { segment: '..%5C..%5Cwin.ini', id: '..\\..\\win.ini', what: 'encoded backslashes' },
        { segment: '%00', id: '\u0000', what: 'a NUL' },
        { segment: 'a%00.mp4', id: 'a\u0000.mp4', what: 'a NUL inside' },
        { segment: '%', id: '%', what: 'a broken percent escape' },
        { segment: '%zz%E0%A4', id: '%zz', what: 'invalid escapes' },
        { segment: '%C0%AE%C0%AE', id: '..', what: 'overlong UTF-8 dots' },
        { segment: '', id: '', what: 'an empty id' },
        { segment: '%20', id: ' ', what: 'a space' },
      ),
    },
    { weight: 1, arbitrary: fc.integer({ min: 300, max: 7000 }).map((n) => ({ segment: 'a'.repeat(n), id: 'a'.repeat(n), what: `${n} characters` })) },
    { weight: 1, arbitrary: fc.constantFrom(...real).map((r) => ({ segment: `${r.id}%2F..`, id: `${r.id}/..`, what: `${r.what} and an encoded slash` })) },
  );
}

const rangeHeader = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  {
    weight: 4,
    arbitrary: fc.tuple(fc.nat({ max: 60_000 }), fc.nat({ max: 60_000 })).map(([a, b]) => `bytes=${Math.min(a, b)}-${Math.max(a, b)}`),
  },
  { weight: 2, arbitrary: fc.nat({ max: 60_000 }).map((a) => `bytes=${a}-`) },
  { weight: 2, arbitrary: fc.nat({ max: 70_000 }).map((n) => `bytes=-${n}`) },
  { weight: 1, arbitrary: fc.constant('bytes=0-') },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.tuple(fc.nat({ max: 5000 }), fc.nat({ max: 5000 })), { minLength: 2, maxLength: 5 })
      .map((pairs) => `bytes=${pairs.map(([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}`).join(', ')}`),
  },
  { weight: 1, arbitrary: fc.tuple(fc.nat({ max: 5000 }), fc.nat({ max: 5000 })).map(([a, b]) => `bytes=${Math.max(a, b) + 1}-${Math.min(a, b)}`) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'bytes=0-99999999999999999999999',
      'bytes=99999999999999999999-',
      'bytes=-99999999999999999999',
      'bytes=-0',
      'bytes=--5',
      'bytes=-5-',
      'bytes=5',
      'bytes=',
      'bytes=a-b',
      'bytes=0x10-0x20',
      'bytes=1e3-2e3',
      'bytes = 0-10',
      'Bytes=0-10',
      'items=0-10',
      'bytes=0-10,',
      'bytes=,0-10',
      'bytes=0-0,-1',
      'bytes=0-1,0-1,0-1,0-1,0-1,0-1,0-1,0-1',
      '0-10',
      'bytes=0-10;bytes=20-30',
      'bytes=\t0-10',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }).filter((s) => /^[\t\x20-\x7e]*$/.test(s)) },
  { weight: 1, arbitrary: fc.integer({ min: 2, max: 300 }).map((n) => `bytes=${Array.from({ length: n }, (_, i) => `${i * 7}-${i * 7 + 3}`).join(',')}`) },
);

/** How a principal's secret is sent (or, for nobody, what is sent instead). */
const credentialOf = (principal) =>
  principal === 'anonymous'
    ? fc.oneof(
        { weight: 3, arbitrary: fc.constant({ mode: 'none' }) },
        { weight: 2, arbitrary: randomText.map((secret) => ({ mode: 'made-up bearer', secret })) },
        {
          weight: 1,
          arbitrary: fc
            .string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 })
            .map((secret) => ({ mode: 'made-up cookie', secret })),
        },
        { weight: 1, arbitrary: fc.constant({ mode: 'basic', secret: 'YWRtaW46YWRtaW4tcGFzc3dvcmQ=' }) },
      )
    : fc.constantFrom(
        { mode: 'bearer' },
        { mode: 'bearer' },
        { mode: 'bearer' },
        { mode: 'cookie' },
        { mode: 'cookie' },
        { mode: 'bearer and a made-up cookie' },
        { mode: 'a made-up bearer and the cookie' },
        { mode: 'lower-case scheme' },
        { mode: 'no scheme' },
      );

function queryString(pairs) {
  return pairs.length ? `?${pairs.map(([k, v]) => `${encodeAll(k)}=${encodeAll(v)}`).join('&')}` : '';
}

const auditDate = fc.oneof(
  fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom(
    '2026-11-24',
    '2026-11-24T09:00:00Z',
    '0000-01-01T00:00:00Z',
    '0001-01-01T00:00:00Z',
    '9999-12-31T23:59:59Z',
    '+275760-09-13T00:00:00Z',
    '-271821-04-20T00:00:00Z',
    '+010000-01-01T00:00:00Z',
    '-000001-01-01T00:00:00Z',
    '2026-13-45',
    'yesterday',
    '1',
    '0',
    '-1',
    '8640000000000000',
    'Tue Dec 01 2026',
    'null',
    '',
  ),
  randomText,
);

function csvQuery(files) {
  const restricted = files.recordings.filter((r) => r.restricted).map((r) => r.id);
  const value = {
    from: auditDate,
    to: auditDate,
    actor: fc.oneof(
      fc.constantFrom('admin', 'fuzz-investigator', 'fuzz-player', ''),
      randomText,
      fc.integer({ min: 150, max: 7000 }).map((n) => 'x'.repeat(n)),
    ),
    recordingId: fc.oneof(fc.constantFrom(...files.recordings.map((r) => r.id), ...restricted), fc.uuid(), randomText),
    action: fc.oneof(
      fc.constantFrom(...files.auditActions),
      fc.subarray(files.auditActions, { minLength: 1 }).map((a) => a.join(',')),
      fc.constantFrom('export_downloaded', 'NOPE', ',', ' , '),
      randomText,
    ),
    outcome: fc.oneof(fc.constantFrom(...files.auditOutcomes), fc.constantFrom('success', 'SUCCESS,DENIED', 'MAYBE'), randomText),
  };
  const key = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...Object.keys(value)) },
    { weight: 1, arbitrary: fc.constantFrom('action[]', 'from[gt]', 'first', 'limit', '__proto__', 'constructor', 'tasks') },
  );
  return fc
    .array(
      key.chain((k) => (Object.hasOwn(value, k) ? value[k] : randomText).map((v) => [k, v])),
      { maxLength: 6 },
    )
    .map((pairs) => ({ mode: pairs.length ? [...new Set(pairs.map(([k]) => k))].sort().join('+') : 'no filter', query: queryString(pairs), pairs }));
}

function bundleQuery(files) {
  const completed = files.tasks.filter((t) => t.status === 'COMPLETED').map((t) => t.id);
  const item = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...completed) },
    { weight: 2, arbitrary: fc.constantFrom(...files.tasks.map((t) => t.id)) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: randomText },
    { weight: 1, arbitrary: fc.constantFrom(...files.recordings.map((r) => r.id)) },
  );
  return fc
    .oneof(
      { weight: 6, arbitrary: fc.array(item, { minLength: 1, maxLength: 5 }).map((ids) => ({ mode: `${ids.length} ids`, pairs: [['tasks', ids.join(',')]] })) },
      { weight: 1, arbitrary: fc.array(item, { minLength: 1, maxLength: 3 }).map((ids) => ({ mode: 'ids with spaces', pairs: [['tasks', ids.join(' , ')]] })) },
      {
        weight: 1,
        arbitrary: fc.array(item, { minLength: 2, maxLength: 4 }).map((ids) => ({ mode: 'repeated tasks=', pairs: ids.map((id) => ['tasks', id]) })),
      },
      {
        weight: 1,
        arbitrary: fc
          .integer({ min: files.maxBundle - 1, max: files.maxBundle + 60 })
          .map((n) => ({ mode: 'many ids', pairs: [['tasks', Array.from({ length: n }, (_, i) => completed[i % completed.length]).join(',')]] })),
      },
      {
        weight: 1,
        arbitrary: fc
          .integer({ min: files.maxBundle - 1, max: files.maxBundle + 60 })
          .chain((n) => fc.array(fc.uuid(), { minLength: n, maxLength: n }).map((ids) => ({ mode: 'many distinct ids', pairs: [['tasks', ids.join(',')]] }))),
      },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          { mode: 'no tasks', pairs: [] },
          { mode: 'empty tasks', pairs: [['tasks', '']] },
          { mode: 'commas', pairs: [['tasks', ',,,']] },
        ),
      },
    )
    .map((q) => ({ ...q, query: queryString(q.pairs) }));
}

const castBody = fc
  .tuple(fc.integer({ min: 20, max: 200 }), fc.integer({ min: 5, max: 60 }), fc.array(fc.string({ maxLength: 30 }), { minLength: 1, maxLength: 20 }))
  .map(([width, height, lines]) =>
    Buffer.from(
      `${JSON.stringify({ version: 2, width, height, timestamp: 1764500000 })}\n${lines.map((text, i) => JSON.stringify([i * 0.25, 'o', text])).join('\n')}\n`,
    ),
  );

/** The body of an upload: how it is made and sent. Large bodies are described by their size and made when sent. */
function uploadBody(files) {
  const limit = files.maxUploadBytes;
  return fc.oneof(
    { weight: 3, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 4096 }).map((b) => ({ kind: 'random bytes', bytes: Buffer.from(b) })) },
    { weight: 1, arbitrary: fc.constant({ kind: 'empty', bytes: Buffer.alloc(0) }) },
    { weight: 2, arbitrary: fc.constantFrom(...files.recordings).map((r) => ({ kind: 'an existing recording', bytes: r.bytes })) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.constantFrom(...files.recordings.filter((r) => !r.terminal)), fc.uint8Array({ minLength: 1, maxLength: 64 }))
        .map(([r, tail]) => ({ kind: 'a recording with bytes added', bytes: Buffer.concat([r.bytes, Buffer.from(tail)]) })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...files.recordings.filter((r) => !r.terminal)), fc.nat())
        .map(([r, n]) => ({ kind: 'a truncated recording', bytes: r.bytes.subarray(0, 1 + (n % (r.bytes.length - 1))) })),
    },
    { weight: 2, arbitrary: castBody.map((bytes) => ({ kind: 'an asciicast', bytes })) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        { kind: 'html', bytes: Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>') },
        { kind: 'svg', bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>') },
        { kind: 'an HLS playlist', bytes: Buffer.from('#EXTM3U\n#EXT-X-TARGETDURATION:1\n#EXTINF:1,\nfile:///etc/passwd\n#EXT-X-ENDLIST\n') },
        { kind: 'a concat script', bytes: Buffer.from('ffconcat version 1.0\nfile /etc/passwd\nfile ../exports/x.mp4\n') },
        { kind: 'an SDP file', bytes: Buffer.from('v=0\no=- 0 0 IN IP4 127.0.0.1\ns=x\nc=IN IP4 127.0.0.1\nt=0 0\nm=video 5004 RTP/AVP 96\n') },
        { kind: 'a JSON object', bytes: Buffer.from('{"version": 2}') },
        { kind: 'an asciicast without events', bytes: Buffer.from('{"version": 2, "width": 80, "height": 24}\n') },
        { kind: 'an asciicast v1', bytes: Buffer.from('{"version": 1, "width": 80, "height": 24, "stdout": [[0.1, "hi"]]}') },
        { kind: 'a gzip of nothing', bytes: gzipSync(Buffer.alloc(0)) },
        { kind: 'a gzip of random text', bytes: gzipSync(Buffer.from('not a recording at all\n'.repeat(50))) },
        { kind: 'a gzip of a 24 MB line', bytes: files.longLine },
      ),
    },
    { weight: 1, arbitrary: fc.integer({ min: limit + 1, max: limit + 64 * 1024 }).map((size) => ({ kind: 'over the limit', size })) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(limit + 1, 10 * limit, 2 ** 40, Number.MAX_SAFE_INTEGER)
        .map((declared) => ({ kind: 'a declared length over the limit', declared })),
    },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 0, max: 20 })
        .map((extra) => ({ kind: 'past the limit and what is read after it', size: limit + DISCARDED_AFTER_LIMIT_BYTES + MiB + extra })),
    },
  );
}

const metadataHeader = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  {
    weight: 4,
    arbitrary: fc
      .record(
        {
          userName: fc.oneof(fc.constantFrom('jdoe', 'root'), randomText),
          serverName: fc.oneof(fc.constant('db-prod-01'), randomText),
          clientName: randomText,
          clientIp: fc.oneof(fc.ipV4(), fc.ipV6(), randomText),
          protocol: fc.constantFrom('SSH', 'RDP', 'VNC', ''),
          startedAt: auditDate,
          applications: fc.oneof(fc.array(randomText, { maxLength: 5 }), fc.array(fc.constant('x'), { minLength: 101, maxLength: 105 })),
          restricted: fc.oneof(fc.boolean(), fc.constantFrom('yes', 1, 'true')),
        },
        { requiredKeys: [] },
      )
      .map((m) => JSON.stringify(m)),
  },
  { weight: 1, arbitrary: fc.integer({ min: 501, max: 3000 }).map((n) => JSON.stringify({ userName: 'u'.repeat(n) })) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      '   ',
      'not json',
      '{',
      '[]',
      'null',
      '42',
      '"text"',
      '{"userName": 42}',
      '{"restricted": "false"}',
      '{"startedAt": "0000-01-01T00:00:00Z"}',
      '{"startedAt": "+275760-09-13T00:00:00Z"}',
      '{"startedAt": "2026-02-30"}',
      '{"userName": "a\\u0000b"}',
      '{"__proto__": {"restricted": true}}',
      `${'['.repeat(5000)}${']'.repeat(5000)}`,
    ),
  },
);

const uploadName = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom('session.mkv', 'session.webm', 'session.cast', 'session.cast.gz', 'evidence.html', 'playlist.m3u8', 'list.ffconcat'),
  },
  { weight: 2, arbitrary: randomText },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '..',
      '.',
      '/',
      '../../../etc/passwd',
      'a/b/c.mkv',
      'C:\\temp\\x.mkv',
      'x\u0000.mkv',
      '.hidden.mkv',
      '.incoming',
      'x'.repeat(5000),
    ),
  },
);

/** The arbitrary of file route cases, as the principals send them. */
export function fileCaseArbitrary(files, principals) {
  const tasksAsReal = files.tasks.map((t) => ({ id: t.id, what: `a ${t.status} task` }));
  const recordingsAsReal = files.recordings.map((r) => ({
    id: r.id,
    what: `a${r.restricted ? ' restricted' : 'n open'} ${r.terminal ? 'terminal' : 'video'} recording`,
  }));
  const method = fc.oneof({ weight: 8, arbitrary: fc.constant('GET') }, { weight: 2, arbitrary: fc.constant('HEAD') });
  const routes = {
    download: fc
      .record({
        id: idSegment(
          tasksAsReal,
          files.recordings.map((r) => r.id),
        ),
        range: rangeHeader,
        method,
      })
      .map(({ id, range, method }) => ({ method, path: `/exports/${id.segment}/file`, target: id, range, mode: id.what })),
    media: fc
      .record({
        id: idSegment(
          recordingsAsReal,
          files.tasks.map((t) => t.id),
        ),
        range: rangeHeader,
        method,
      })
      .map(({ id, range, method }) => ({ method, path: `/api/recordings/${id.segment}/media`, target: id, range, mode: id.what })),
    preview: fc
      .record({
        id: idSegment(
          recordingsAsReal.map((r) => ({ ...r, what: `${r.what} ${files.recordings.find((f) => f.id === r.id).preview ? 'with' : 'without'} a preview` })),
          files.tasks.map((t) => t.id),
        ),
        range: rangeHeader,
        method,
      })
      .map(({ id, range, method }) => ({ method, path: `/api/recordings/${id.segment}/browser-preview`, target: id, range, mode: id.what })),
    bundle: fc
      .record({ q: bundleQuery(files), method })
      .map(({ q, method }) => ({ method, path: `${files.paths.bundle}${q.query}`, pairs: q.pairs, mode: q.mode })),
    csv: fc.record({ q: csvQuery(files), method }).map(({ q, method }) => ({ method, path: `/api/audit/export.csv${q.query}`, pairs: q.pairs, mode: q.mode })),
    upload: fc
      .record({
        name: fc.oneof(
          { weight: 8, arbitrary: uploadName.map((n) => [['filename', n]]) },
          { weight: 1, arbitrary: fc.constant([]) },
          {
            weight: 1,
            arbitrary: fc.tuple(uploadName, uploadName).map(([a, b]) => [
              ['filename', a],
              ['filename', b],
            ]),
          },
        ),
        body: uploadBody(files),
        metadata: metadataHeader,
        contentType: fc.constantFrom(
          undefined,
          'application/octet-stream',
          'video/webm',
          'text/plain',
          'application/json',
          'multipart/form-data; boundary=x',
          'text/html',
          'application/x-www-form-urlencoded',
        ),
        chunked: fc.boolean(),
      })
      .map((u) => ({ method: 'POST', path: `/api/recordings${queryString(u.name)}`, upload: u, mode: u.body.kind })),
    keys: fc.constant({ method: 'GET', path: files.paths.keys, mode: 'public keys' }),
    otherMethod: fc
      .record({
        method: fc.constantFrom('POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'),
        path: fc.constantFrom(
          `/exports/${files.tasks[0].id}/file`,
          `/api/recordings/${files.recordings[0].id}/media`,
          `/api/recordings/${files.recordings[0].id}/browser-preview`,
          files.paths.bundle,
          '/api/audit/export.csv',
          files.paths.keys,
        ),
      })
      .map((r) => ({ ...r, mode: r.method })),
  };
  const weights = { download: 6, media: 6, preview: 4, bundle: 3, csv: 4, upload: 6, keys: 1, otherMethod: 1 };
  const route = fc.oneof(
    ...Object.entries(routes).map(([name, arbitrary]) => ({ weight: weights[name], arbitrary: arbitrary.map((r) => ({ ...r, route: name })) })),
  );
  // Uploads are for administrators, export files for their requester: half of those requests are
  // sent as them, so that accepted ones happen.
  const favoured = { upload: 'ADMINISTRATOR', download: REQUESTER, bundle: REQUESTER };
  return route.chain((r) =>
    (favoured[r.route] ? fc.oneof(fc.constant(favoured[r.route]), fc.constantFrom(...principals)) : fc.constantFrom(...principals)).chain((principal) =>
      credentialOf(principal).map((credential) => {
        const fuzzCase = { transport: 'file', operation: FILE_ROUTES[r.route], principal, credential, ...r, field: r.route };
        fuzzCase.request = describeFileRequest(fuzzCase);
        return fuzzCase;
      }),
    ),
  );
}

function describeFileRequest(c) {
  const shorten = (s) => (s.length > 300 ? `${s.slice(0, 300)}...<${s.length} characters>` : s);
  const parts = [
    `${c.method} ${shorten(c.path)}`,
    `credential: ${c.credential.mode}${c.credential.secret !== undefined ? ` ${JSON.stringify(shorten(c.credential.secret))}` : ''}`,
  ];
  if (c.range !== undefined) parts.push(`Range: ${shorten(c.range)}`);
  if (c.upload) {
    const b = c.upload.body;
    parts.push(`body: ${b.kind} (${b.bytes ? `${b.bytes.length} bytes` : b.size !== undefined ? `${b.size} bytes` : `none, Content-Length ${b.declared}`})`);
    if (c.upload.metadata !== undefined) parts.push(`X-Recording-Metadata: ${shorten(c.upload.metadata)}`);
    if (c.upload.contentType) parts.push(`Content-Type: ${c.upload.contentType}`);
    if (c.upload.chunked) parts.push('chunked');
  }
  return parts.join('; ');
}

// ---------------------------------------------------------------------------------------------
// Sending and checking

/** The headers carrying a principal's secret as the case says. */
function credentialHeaders(credential, token) {
  const cookie = (secret) => ({ cookie: `${SESSION_COOKIE}=${encodeURIComponent(secret)}` });
  const madeUp = 'cst_0000000000000000000000000000000000000000000000000000000000000000';
  switch (credential.mode) {
    case 'none':
      return {};
    case 'made-up bearer':
      return /^[\t\x20-\x7e]*$/.test(credential.secret)
        ? { authorization: `Bearer ${credential.secret}` }
        : { authorization: `Bearer ${encodeAll(credential.secret)}` };
    case 'made-up cookie':
      return cookie(credential.secret);
    case 'basic':
      return { authorization: `Basic ${credential.secret}` };
    case 'bearer':
      return { authorization: `Bearer ${token}` };
    case 'cookie':
      return cookie(token);
    case 'bearer and a made-up cookie':
      return { authorization: `Bearer ${token}`, ...cookie(madeUp) };
    case 'a made-up bearer and the cookie':
      return { authorization: `Bearer ${madeUp}`, ...cookie(token) };
    case 'lower-case scheme':
      return { authorization: `bearer ${token}` };
    case 'no scheme':
      return { authorization: token };
    default:
      throw new Error(`unknown credential mode ${credential.mode}`);
  }
}

/**
 * Who the server must take the request to be from: the Authorization header's bearer secret when
 * there is one (uploads take nothing else), otherwise the session cookie.
 */
function effectivePrincipal(fuzzCase, principal) {
  const valid = principal.token !== undefined;
  switch (fuzzCase.credential.mode) {
    case 'bearer':
    case 'bearer and a made-up cookie':
      return valid ? principal : null;
    case 'cookie':
      return valid && fuzzCase.route !== 'upload' ? principal : null;
    default:
      return null;
  }
}

function send(url, { method, path: target, headers, body, timeoutMs }) {
  return new Promise((resolve) => {
    const started = performance.now();
    let settled = false;
    const done = (answer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...answer, ms: performance.now() - started });
    };
    // The path goes as it is: a URL object would resolve its dot segments (also encoded ones) first.
    const { hostname, port } = new URL(url);
    let req;
    try {
      req = http.request({ hostname, port, path: target, method, headers, agent: false });
    } catch (error) {
      throw new Error(`the fuzzer made a request Node refuses to send (${error.message}): ${method} ${target.slice(0, 200)}`);
    }
    const timer = setTimeout(() => {
      req.destroy();
      done({ error: `no answer within ${timeoutMs / 1000} s` });
    }, timeoutMs);
    req.on('response', (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => done({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', (error) =>
        done({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks), error: `the answer was cut off: ${error.code ?? error.message}` }),
      );
      res.on('aborted', () => done({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks), error: 'the answer was cut off' }));
    });
    // A server that answers and closes before the whole body is written: the answer still counts.
    req.on('error', (error) => setTimeout(() => done({ error: `connection: ${error.code ?? error.message}` }), 50));
    if (body === undefined) return req.end();
    if (typeof body.size === 'number') {
      // Made while sent, in pieces, so that nothing large is held.
      const piece = Buffer.alloc(256 * 1024, 0x5a);
      let left = body.size;
      const write = () => {
        while (left > 0) {
          const n = Math.min(left, piece.length);
          left -= n;
          if (!req.write(n === piece.length ? piece : piece.subarray(0, n))) return req.once('drain', write);
        }
        req.end();
      };
      return write();
    }
    req.end(body);
  });
}

/**
 * One answer's checks. `files` from prepareFileRoutes; returns what the runner expects of a
 * sender: { violations, errors, refused, readOnly, summary }.
 */
export function fileRouteSender(files, { answerTimeoutMs = 20_000 } = {}) {
  const known = { recordingIds: new Set(files.recordings.map((r) => r.id)) };
  return async function sendFileCase(fuzzCase, principal) {
    const headers = { ...credentialHeaders(fuzzCase.credential, principal.token) };
    if (fuzzCase.range !== undefined) headers.range = fuzzCase.range;
    let body;
    const upload = fuzzCase.upload;
    if (upload) {
      if (upload.contentType) headers['content-type'] = upload.contentType;
      if (upload.metadata !== undefined)
        headers['x-recording-metadata'] = upload.metadata.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
      const b = upload.body;
      if (b.declared !== undefined) {
        headers['content-length'] = String(b.declared);
        body = Buffer.alloc(0);
      } else {
        body = b.bytes ?? { size: b.size };
        const size = b.bytes ? b.bytes.length : b.size;
        if (upload.chunked) headers['transfer-encoding'] = 'chunked';
        else headers['content-length'] = String(size);
      }
    }
    const folderBefore = upload ? await filesBelow(files.recordingsDir) : null;
    const rowsBefore = upload ? new Set((await files.sql('select id::text as id from recordings')).map((r) => r.id)) : null;
    const answer = await send(files.url, { method: fuzzCase.method, path: fuzzCase.path, headers, body, timeoutMs: answerTimeoutMs });
    const violations = [];
    const errors = [];
    const who = effectivePrincipal(fuzzCase, principal);
    const rule = mayHave(fuzzCase, who, files);
    const summary = { status: answer.status, error: answer.error, ms: Math.round(answer.ms), headers: pickHeaders(answer.headers), body: preview(answer) };

    if (answer.status === undefined) {
      // Only an upload far past its limit has its connection cut, by design.
      const cutByDesign = upload?.body.size !== undefined && upload.body.size > files.maxUploadBytes + DISCARDED_AFTER_LIMIT_BYTES;
      if (!cutByDesign) violations.push(`no answer: ${answer.error}`);
    } else {
      // A 416 answers about the file (its size): only those who may have it get one.
      const aboutTheFile = answer.status < 300 || (answer.status === 416 && RANGED.has(fuzzCase.route));
      if (!aboutTheFile) checkStatus(fuzzCase, answer, who, rule, violations, errors);
      else if (!SUCCESS_STATUSES[fuzzCase.route].includes(answer.status) && !(fuzzCase.method === 'OPTIONS' && answer.status === 200))
        violations.push(
          `HTTP ${answer.status} is not an answer of ${fuzzCase.method} ${fuzzCase.route === 'otherMethod' ? 'on a GET route' : 'on this route'}`,
        );
      else if (!rule.allowed && fuzzCase.route !== 'otherMethod')
        violations.push(`HTTP ${answer.status} (${answer.body.length} bytes) to ${who?.name ?? 'nobody signed in'}, whom the rules refuse`);
      else if (!answer.error && fuzzCase.method !== 'HEAD') checkSuccessBody(fuzzCase, answer, who, rule, files, known, violations);
      if (answer.status < 300 && fuzzCase.method === 'HEAD' && answer.body.length) violations.push(`a HEAD answer has a body of ${answer.body.length} bytes`);
      if (answer.error && answer.status < 400 && !(fuzzCase.route === 'upload')) violations.push(`${answer.error} after ${answer.status}`);
    }
    if (upload) await checkRecordingsFolder(answer, files, folderBefore, rowsBefore, violations);
    const refused = answer.status === undefined || answer.status >= 400;
    return { violations, errors, refused, readOnly: !upload, documentedCodes: FILE_ROUTE_CODES, summary };
  };
}

function pickHeaders(headers) {
  if (!headers) return undefined;
  const names = ['content-type', 'content-length', 'content-range', 'accept-ranges', 'content-disposition', 'x-content-sha256', 'connection'];
  return Object.fromEntries(names.filter((n) => headers[n] !== undefined).map((n) => [n, headers[n]]));
}

function preview(answer) {
  if (!answer.body?.length) return undefined;
  const text = answer.body.subarray(0, 400).toString('utf8');
  return /^[\t\n\r -~]*$/.test(text) ? text : `<${answer.body.length} bytes>`;
}

/** The allowed answer of a route for this request, by the rules of the README (not the server's code). */
function mayHave(fuzzCase, who, files) {
  const roles = new Set(who?.roles ?? []);
  const player = roles.has('PLAYER') || roles.has('PRIVILEGED_PLAYER');
  const exporter = roles.has('LOGGING_READER') && roles.has('PRIVILEGED_PLAYER');
  switch (fuzzCase.route) {
    case 'download': {
      const task = files.tasks.find((t) => t.id === fuzzCase.target.id.toLowerCase() && fuzzCase.target.segment.toLowerCase() === t.id);
      const allowed = !!task && task.status === 'COMPLETED' && exporter && who.userId === task.requester;
      return { allowed, required: allowed && fuzzCase.target.segment === task.id, task };
    }
    case 'media':
    case 'preview': {
      const recording = files.recordings.find((r) => r.id === fuzzCase.target.id.toLowerCase() && fuzzCase.target.segment.toLowerCase() === r.id);
      const mayPlay = !!recording && player && (!recording.restricted || roles.has('PRIVILEGED_PLAYER'));
      // A browser preview is there to be played only once it is READY (NOT_READY before).
      const allowed = mayPlay && (fuzzCase.route === 'media' || !!recording.preview);
      // A restricted recording is, to a player without PRIVILEGED_PLAYER, one that does not exist.
      return { allowed, required: allowed && fuzzCase.target.segment === recording.id, recording, hidden: !!recording?.restricted && player && !mayPlay };
    }
    case 'bundle': {
      const ids = [
        ...new Set(
          fuzzCase.pairs
            .filter(([k]) => k === 'tasks')
            .flatMap(([, v]) => v.split(','))
            .map((id) => id.trim())
            .filter(Boolean),
        ),
      ];
      const tasks = ids.map((id) => files.tasks.find((t) => t.id === id));
      const allowed =
        ids.length > 0 && ids.length <= files.maxBundle && exporter && tasks.every((t) => t && t.status === 'COMPLETED' && t.requester === who.userId);
      return { allowed, required: allowed, tasks };
    }
    case 'csv':
      // Filters may still be bad input.
      return { allowed: roles.has('LOGGING_READER'), seesRestricted: roles.has('PRIVILEGED_PLAYER') };
    case 'upload':
      return { allowed: who?.name === 'ADMINISTRATOR' };
    case 'keys':
      return { allowed: true, required: true };
    default:
      return { allowed: false };
  }
}

function checkStatus(fuzzCase, answer, who, rule, violations, errors) {
  const { status } = answer;
  if (status >= 500) violations.push(`HTTP ${status}`);
  if (rule.required) violations.push(`HTTP ${status} to ${who.name}, whom the rules allow this request`);
  if (fuzzCase.route === 'csv' && rule.allowed && status !== 400) violations.push(`HTTP ${status} to ${who.name}, a LOGGING_READER`);
  if (rule.hidden && status !== 404) violations.push(`a restricted recording was answered ${status} to ${who.name}, not 404 as for one that does not exist`);
  if (status < 400) return violations.push(`HTTP ${status} is not an answer of ${fuzzCase.method} on this route`);
  if (fuzzCase.method === 'HEAD') {
    if (!FILE_ROUTE_STATUS_VALUES.has(status)) violations.push(`HTTP ${status} is not a documented status`);
    return;
  }
  let body = null;
  try {
    body = JSON.parse(answer.body.toString('utf8'));
  } catch {
    /* below */
  }
  const error = body?.error;
  if (!error || typeof error.code !== 'string' || typeof error.message !== 'string' || !error.message) {
    violations.push(
      `an error answer (HTTP ${status}, ${answer.headers['content-type'] ?? 'no type'}) is not {"error":{"code","message"}}: ${preview(answer) ?? '(empty)'}`,
    );
    return;
  }
  errors.push({ message: error.message, extensions: { code: error.code } });
  if (!FILE_ROUTE_CODES.has(error.code)) return; // reported by the runner as an undocumented code
  if (FILE_ROUTE_STATUS[error.code] !== status) violations.push(`the code ${error.code} came with HTTP ${status}, not ${FILE_ROUTE_STATUS[error.code]}`);
  // An empty id leaves a path no route takes (NOT_FOUND before any credential is read).
  const noRoute = fuzzCase.target?.segment === '' && error.code === 'NOT_FOUND';
  if (!who && !noRoute && fuzzCase.route !== 'keys' && fuzzCase.route !== 'otherMethod' && !['UNAUTHENTICATED', 'BAD_USER_INPUT'].includes(error.code))
    violations.push(`a request without valid credentials was answered ${error.code}, not UNAUTHENTICATED`);
}

const FILE_ROUTE_STATUS_VALUES = new Set(Object.values(FILE_ROUTE_STATUS));
const RANGED = new Set(['download', 'media', 'preview']);

/** The ranges a Range header asks for, by RFC 9110, resolved against a size; null when the header is not a valid byte range set. */
export function askedRanges(header, size) {
  const match = /^bytes=(.*)$/.exec(header);
  if (!match) return null;
  const specs = match[1]
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (!specs.length) return null;
  const ranges = [];
  for (const spec of specs) {
    const r = /^(\d*)-(\d*)$/.exec(spec);
    if (!r || (r[1] === '' && r[2] === '')) return null;
    if (r[1] === '') {
      const suffix = Number(r[2]);
      if (suffix > 0) ranges.push({ start: Math.max(0, size - suffix), end: size - 1 });
      continue;
    }
    const start = Number(r[1]);
    if (r[2] !== '' && Number(r[2]) < start) return null;
    if (start < size) ranges.push({ start, end: r[2] === '' ? size - 1 : Math.min(Number(r[2]), size - 1) });
  }
  return ranges;
}

/** The file an answer must carry bytes of, and checks of the range and the bytes. */
function checkSuccessBody(fuzzCase, answer, who, rule, files, known, violations) {
  if (fuzzCase.route === 'otherMethod') return;
  const type = answer.headers['content-type'] ?? '';
  switch (fuzzCase.route) {
    case 'download':
      return checkRanged(fuzzCase, answer, rule.task.bytes, violations, () => {
        if (answer.headers['x-content-sha256'] !== rule.task.sha256)
          violations.push(`X-Content-SHA256 is ${answer.headers['x-content-sha256']}, the task's is ${rule.task.sha256}`);
      });
    case 'media':
      if (rule.recording.terminal) {
        const first = answer.body.toString('utf8').split('\n')[0];
        let header = null;
        try {
          header = JSON.parse(first);
        } catch {
          /* below */
        }
        if (answer.status !== 200 || header?.version !== 2 || !type.startsWith('application/x-asciicast'))
          violations.push(`a terminal recording came as HTTP ${answer.status} ${type} starting ${JSON.stringify(first.slice(0, 100))}`);
        return;
      }
      return checkRanged(fuzzCase, answer, rule.recording.bytes, violations);
    case 'preview':
      if (!type.startsWith('video/mp4')) violations.push(`a browser preview came as ${type}`);
      return checkRanged(fuzzCase, answer, rule.recording.preview, violations);
    case 'bundle':
      if (!type.startsWith('application/zip') || answer.body.subarray(0, 4).toString('binary') !== 'PK\x03\x04')
        violations.push(`the bundle is ${type}, starting ${JSON.stringify(answer.body.subarray(0, 8).toString('binary'))}`);
      for (const task of rule.tasks) if (!answer.body.includes(task.bytes)) violations.push(`the bundle does not hold the export file of ${task.id}`);
      return;
    case 'csv': {
      if (!type.startsWith('text/csv')) violations.push(`the CSV came as ${type}`);
      if (!rule.seesRestricted) {
        const text = answer.body.toString('utf8');
        const ids = [...files.recordings.filter((r) => r.restricted).map((r) => r.id), ...files.tasks.filter((t) => t.restricted).map((t) => t.id)];
        const [header, ...rows] = csvRows(text);
        const shown = (row, columns) => columns.some((c) => ids.some((id) => (row[header.indexOf(c)] ?? '').includes(id)));
        // Where the id is: the row's own columns (the row is about the recording), or only the text a refused caller sent.
        const inColumns = rows.filter((row) => shown(row, ['recording_id', 'task_id', 'reason']));
        const inDetail = rows.filter((row) => !inColumns.includes(row) && shown(row, ['detail']));
        if (inColumns.length)
          violations.push(
            `the CSV shows ${who.name}, without PRIVILEGED_PLAYER, rows about restricted recordings unredacted (${inColumns.length}), first: ${inColumns[0].join(',').slice(0, 600)}`,
          );
        if (inDetail.length)
          violations.push(
            `the CSV shows ${who.name}, without PRIVILEGED_PLAYER, ids of restricted recordings or their tasks in the detail of refusals (${inDetail.length} rows), first: ${inDetail[0].join(',').slice(0, 600)}`,
          );
      }
      return;
    }
    case 'keys': {
      let keys = null;
      try {
        keys = JSON.parse(answer.body.toString('utf8')).keys;
      } catch {
        /* below */
      }
      if (
        !Array.isArray(keys) ||
        !keys.length ||
        keys.some((k) => typeof k.keyId !== 'string' || !String(k.publicKeyPem).includes('PUBLIC KEY') || /PRIVATE/.test(JSON.stringify(k)))
      )
        violations.push(`the signing keys answer is not a list of public keys: ${preview(answer)}`);
      return;
    }
    case 'upload': {
      let outcome = null;
      try {
        outcome = JSON.parse(answer.body.toString('utf8'));
      } catch {
        /* below */
      }
      const expected = answer.status === 201 ? 'imported' : 'duplicate';
      if (outcome?.status !== expected || typeof outcome.recording?.id !== 'string')
        violations.push(`an upload answered ${answer.status} with ${preview(answer)}`);
      else if (expected === 'duplicate' && !known.recordingIds.has(outcome.recording.id))
        violations.push(`a duplicate of a recording that was not there: ${outcome.recording.id}`);
      if (expected === 'imported' && outcome?.recording?.id) known.recordingIds.add(outcome.recording.id);
      return;
    }
  }
}

/** The rows of a CSV file (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
function csvRows(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

function checkRanged(fuzzCase, answer, file, violations, more) {
  const size = file.length;
  const range = fuzzCase.range;
  const asked = range === undefined ? null : askedRanges(range, size);
  const body = answer.body;
  if (answer.status === 200) {
    if (!body.equals(file)) violations.push(`HTTP 200 carries ${body.length} bytes that are not the file (${size} bytes)`);
    // A single valid satisfiable range must be honoured (several may be answered whole).
    if (asked?.length === 1 && /^bytes=\d+-\d*$/.test(range)) violations.push(`the range ${range} of a ${size}-byte file was answered whole (200), not 206`);
  } else if (answer.status === 206) {
    const cr = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(answer.headers['content-range'] ?? '');
    if (!cr) return violations.push(`206 with Content-Range ${answer.headers['content-range']}`);
    const [start, end, total] = cr.slice(1).map(Number);
    if (total !== size) violations.push(`206 says the file has ${total} bytes; it has ${size}`);
    if (!body.equals(file.subarray(start, end + 1)))
      violations.push(`206 ${start}-${end}: the ${body.length} bytes sent are not bytes ${start}-${end} of the file`);
    if (!asked) violations.push(`206 ${start}-${end} for the Range ${JSON.stringify(range)}, which is no valid byte range`);
    else {
      const covered =
        asked.some((r) => r.start === start) && asked.some((r) => r.end === end) && asked.filter((r) => r.start <= end && r.end >= start).length > 0;
      const exact = asked.some((r) => r.start === start && r.end === end);
      if (!(exact || (asked.length > 1 && covered)))
        violations.push(`206 ${start}-${end} is no range of ${JSON.stringify(range)} (asked: ${JSON.stringify(asked.slice(0, 5))})`);
    }
  } else if (answer.status === 416) {
    if (answer.headers['content-range'] !== `bytes */${size}`)
      violations.push(`416 with Content-Range ${answer.headers['content-range']}, not bytes */${size}`);
    if (!asked || asked.length > 0)
      violations.push(
        `416 for the Range ${JSON.stringify(range)} of a ${size}-byte file, which asks for ${asked ? JSON.stringify(asked.slice(0, 3)) : 'nothing valid'}`,
      );
  }
  if (answer.status !== 416) more?.();
}

/** Refused uploads leave nothing; an accepted one its one file, the one its row names. */
async function checkRecordingsFolder(answer, files, before, rowsBefore, violations) {
  const read = async () => filesBelow(files.recordingsDir);
  let after = await read();
  const rows = await files.sql('select id::text as id, source_location, source_sha256 from recordings');
  const newRows = rows.filter((r) => !rowsBefore.has(r.id));
  const added = after.filter((f) => !before.includes(f));
  const removed = before.filter((f) => !after.includes(f));
  if (answer.status === 201) {
    if (newRows.length !== 1) violations.push(`an accepted upload added ${newRows.length} catalog rows`);
    const expected = newRows.map((r) => r.source_location);
    if (added.length !== 1 || added[0] !== expected[0])
      violations.push(`an accepted upload added the files ${JSON.stringify(added)} to the recordings folder; its row names ${JSON.stringify(expected)}`);
    else if (sha256(await fsp.readFile(path.join(files.recordingsDir, added[0]))) !== newRows[0].source_sha256)
      violations.push(`the stored file ${added[0]} does not have the SHA-256 its row holds`);
  } else {
    // A connection cut mid-body: the route removes what it received once it sees the cut.
    for (let waited = 0; added.length && answer.status === undefined && waited < 3000; waited += 100) {
      await new Promise((r) => setTimeout(r, 100));
      after = await read();
      added.splice(0, added.length, ...after.filter((f) => !before.includes(f)));
    }
    if (newRows.length) violations.push(`an upload answered ${answer.status ?? 'nothing'} added catalog rows ${newRows.map((r) => r.id).join(', ')}`);
    if (added.length) violations.push(`an upload answered ${answer.status ?? 'nothing'} left files in the recordings folder: ${added.join(', ')}`);
  }
  if (removed.length) violations.push(`an upload removed files from the recordings folder: ${removed.join(', ')}`);
}
