// Starts the whole system as `npm start` does (API, web app and a worker in one process, demo
// data on), on a database and data folder of its own, for the browser tests. With DATABASE_URL
// set it creates a fresh database on that server; without, the embedded PostgreSQL is used.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';

const dataDir = process.env.E2E_DATA_DIR;
// The administrator's password is fixed so that browser tests can sign in as `admin`. Password
// hashes at scrypt's lowest allowed cost: the tests sign in many times, and the cost is not what
// they test.
const env = {
  ...process.env,
  CUSTODIAN_DATA_DIR: dataDir,
  CUSTODIAN_DEMO_DATA: 'true',
  CUSTODIAN_ADMIN_PASSWORD: 'e2e-admin-password',
  CUSTODIAN_PASSWORD_HASH_COST: '16384',
};
let database = null;
if (process.env.DATABASE_URL) {
  database = `custodian_e2e_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`create database ${database}`);
  await admin.end();
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${database}`;
  env.DATABASE_URL = url.toString();
  // A test server's role is usually a superuser, which Custodian refuses unless told.
  env.CUSTODIAN_ALLOW_SUPERUSER = 'true';
}

const root = path.resolve(import.meta.dirname, '..');
const child = spawn(process.execPath, [path.join(root, 'server/dist/main.js')], { env, stdio: 'inherit' });
const forward = (signal) => child.kill(signal);
process.on('SIGTERM', forward);
process.on('SIGINT', forward);
child.on('exit', async (code) => {
  if (database) {
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`drop database if exists ${database} with (force)`).catch(() => undefined);
    await admin.end();
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
