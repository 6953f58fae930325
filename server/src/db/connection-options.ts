/**
 * What every PostgreSQL connection of Custodian's sets (the ORM's pool, the queue's pool, the
 * LISTEN connection): a connection attempt gives up after 10 s instead of waiting for the
 * operating system, and TCP keepalive lets a link that a firewall or a lost host dropped
 * silently end in an error, which the pools replace, instead of a query that never returns.
 */
export const CONNECTION_OPTIONS = {
  connectionTimeoutMillis: 10_000,
  keepAlive: true,
  keepAliveInitialDelayMillis: 30_000,
} as const;
