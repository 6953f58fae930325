import { createHash } from 'node:crypto';
import { canonicalJson } from '../common/canonical-json.js';

/** prev_hash of the first audit event. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * An audit event as the chain hashes it: every non-null column of audit_events except `hash` and
 * `chain_position` (the links already fix the order, and rows hashed before it existed keep their
 * hashes), under its column name, with `id` as a decimal string and `occurred_at` as ISO 8601 UTC
 * with milliseconds. Columns added later are covered without a change here; leaving nulls out keeps
 * older rows' hashes valid when a nullable column is added.
 */
export type ChainContent = Record<string, string | number | boolean | null>;

/**
 * Brings a row read as `to_jsonb(audit_events) - 'hash'` to the hashed form: the id as text
 * (bigint ids can exceed JavaScript numbers, so it is passed separately) and the time in UTC
 * whatever the session's time zone.
 */
export function chainContent(row: Record<string, unknown>, id: string): ChainContent {
  const content: ChainContent = {};
  for (const [key, value] of Object.entries(row)) {
    if (key === 'hash' || key === 'chain_position' || value === null || value === undefined) continue;
    if (value !== null && typeof value === 'object') throw new TypeError(`Audit column ${key} is not a scalar and cannot be hashed`);
    content[key] = value as string | number | boolean | null;
  }
  content.id = id;
  if (typeof row.occurred_at === 'string') content.occurred_at = new Date(row.occurred_at).toISOString();
  return content;
}

/**
 * SHA-256 (hex) of the canonical JSON of an event's content, prev_hash included. The database's
 * linker (audit_link_events, through audit_event_hash in the migrations) computes the same value in SQL; the
 * integrity check recomputes it here, so neither side vouches for itself.
 */
export function chainHash(content: ChainContent): string {
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}
