import { randomBytes } from 'node:crypto';
import fsp from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { onCleanup } from './cleanup.mjs';
import { importDist } from './paths.mjs';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function withDatabase(url, name) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

function redact(url) {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

/**
 * A database of its own for one benchmark run: `custodian_bench_<random>` on the server of
 * DATABASE_URL when it is set, else on an embedded PostgreSQL started in a temporary folder.
 * Both are removed again by the cleanup steps.
 */
export async function provisionDatabase(log = console.log) {
  let serverUrl = process.env.DATABASE_URL;
  let kind = 'DATABASE_URL';
  if (!serverUrl) {
    const { startEmbeddedPostgres } = await importDist('db/embedded-postgres.js');
    const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'custodian-bench-pg-'));
    onCleanup('remove the embedded PostgreSQL folder', () => fsp.rm(dir, { recursive: true, force: true }));
    const started = performance.now();
    const embedded = await startEmbeddedPostgres(dir, { port: await freePort() });
    onCleanup('stop the embedded PostgreSQL', () => embedded.stop());
    log(`embedded PostgreSQL started in ${((performance.now() - started) / 1000).toFixed(1)} s (${dir})`);
    serverUrl = embedded.url;
    kind = 'embedded';
  }

  const name = `custodian_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  let version;
  try {
    version = (await admin.query('show server_version')).rows[0].server_version;
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  onCleanup(`drop database ${name}`, async () => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(`drop database if exists ${name} with (force)`);
    } finally {
      await client.end();
    }
  });
  const description = `PostgreSQL ${version} (${kind === 'embedded' ? 'embedded-postgres, temporary' : redact(serverUrl)}), database ${name}`;
  log(`database: ${description}`);
  return { kind, version, serverUrl, databaseUrl: withDatabase(serverUrl, name), name, description };
}
