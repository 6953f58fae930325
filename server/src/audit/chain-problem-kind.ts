/**
 * What can be wrong with the chain itself. A module of its own, without GraphQL or the ORM, so that
 * the worker thread of the integrity walk loads little (integrity.types.ts registers it for GraphQL).
 */
export enum AuditChainProblemKind {
  /** The event's content (or its stored hash) no longer matches the hash written with it. */
  CONTENT_CHANGED = 'CONTENT_CHANGED',
  /** The event does not point at the event before it: events are missing before it, or a link was edited. */
  LINK_BROKEN = 'LINK_BROKEN',
  /** The chain head remembers a newer event than the log holds. */
  EVENTS_MISSING_AT_END = 'EVENTS_MISSING_AT_END',
  /** The chain head's hash or count differs from the log's. */
  HEAD_MISMATCH = 'HEAD_MISMATCH',
}
