import pg from 'pg';

/**
 * What the application role may do at run time, granted by the owner after every migration: use
 * the tables, but only add to and read the audit trail (linking rows goes through the
 * security-definer audit_link_events), and only read the chain head (that function moves it), the
 * action list and the migration history. The README
 * shows these statements; a test keeps the two the same.
 */
export function applicationGrants(role: string): string[] {
  const to = /^[a-z_][a-z0-9_]*$/.test(role) ? role : pg.escapeIdentifier(role);
  return [
    `GRANT USAGE ON SCHEMA public TO ${to};`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${to};`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${to};`,
    '-- The audit trail: add and read only.',
    `REVOKE UPDATE, DELETE, TRUNCATE ON audit_events, audit_checkpoints FROM ${to};`,
    `REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_actions, audit_chain_head, mikro_orm_migrations FROM ${to};`,
    "-- The job queue's tables.",
    `GRANT USAGE ON SCHEMA pgboss TO ${to};`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO ${to};`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA pgboss TO ${to};`,
    `GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA pgboss TO ${to};`,
  ];
}

/** Grants the application role its rights, connected as the owner of the schema. */
export async function grantApplicationRole(ownerUrl: string, role: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    for (const statement of applicationGrants(role)) if (!statement.startsWith('--')) await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Whether the connection string's role is a PostgreSQL superuser, who can switch the audit trail's protections off. */
export async function isSuperuser(url: string): Promise<{ role: string; superuser: boolean }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ role: string; superuser: boolean }>(
      'select current_user as role, rolsuper as superuser from pg_roles where rolname = current_user',
    );
    return rows[0] ?? { role: 'unknown', superuser: false };
  } finally {
    await client.end();
  }
}
