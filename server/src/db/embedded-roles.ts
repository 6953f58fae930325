import pg from 'pg';
import { withDatabase } from './database.js';

/** The roles of the embedded database: an owner that migrates and an application role that runs. */
export const EMBEDDED_OWNER = 'custodian_owner';
export const EMBEDDED_APP = 'custodian_app';

export interface EmbeddedRolePasswords {
  ownerPassword: string;
  appPassword: string;
}

/**
 * Makes the embedded database and its two roles, as the embedded server's superuser, and returns
 * the roles' connection strings. Custodian itself never connects as a superuser: its application
 * role cannot switch the audit trail's triggers off, only its owner (which migrates) could.
 */
export async function ensureEmbeddedRoles(superUrl: string, database: string, passwords: EmbeddedRolePasswords): Promise<{ ownerUrl: string; appUrl: string }> {
  const admin = new pg.Client({ connectionString: withDatabase(superUrl, 'postgres') });
  await admin.connect();
  try {
    for (const [role, password] of [
      [EMBEDDED_OWNER, passwords.ownerPassword],
      [EMBEDDED_APP, passwords.appPassword],
    ] as const) {
      const exists = await admin.query('select 1 from pg_roles where rolname = $1', [role]);
      if (exists.rowCount === 0) await admin.query(`create role ${role} login`);
      await admin.query(`alter role ${role} with nosuperuser nocreatedb nocreaterole password ${pg.escapeLiteral(password)}`);
    }
    const found = await admin.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) await admin.query(`create database ${pg.escapeIdentifier(database)} owner ${EMBEDDED_OWNER}`);
    else await admin.query(`alter database ${pg.escapeIdentifier(database)} owner to ${EMBEDDED_OWNER}`);
  } finally {
    await admin.end();
  }
  const inDatabase = new pg.Client({ connectionString: withDatabase(superUrl, database) });
  await inDatabase.connect();
  try {
    await inDatabase.query(`alter schema public owner to ${EMBEDDED_OWNER}`);
  } finally {
    await inDatabase.end();
  }
  const as = (role: string, password: string) => {
    const url = new URL(withDatabase(superUrl, database));
    url.username = role;
    url.password = password;
    return url.toString();
  };
  return { ownerUrl: as(EMBEDDED_OWNER, passwords.ownerPassword), appUrl: as(EMBEDDED_APP, passwords.appPassword) };
}
