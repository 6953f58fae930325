import { canonicalJson } from '../common/canonical-json.js';
import type { AuditCheckpoint } from './audit-checkpoint.entity.js';
import { type CheckpointFacts, checkpointStatement } from './checkpoint-statement.js';

/**
 * One line of the checkpoint log: a checkpoint as the database holds it, with the exact text its
 * signature covers, so that a line verifies with the public key alone.
 */
export interface CheckpointLogEntry {
  number: number;
  /** ISO 8601 UTC with milliseconds, as in the signed text. */
  createdAt: string;
  headEventId: string;
  headHash: string;
  eventCount: string;
  keyId: string;
  algorithm: string;
  signature: string;
  signedText: string;
}

type CheckpointRow = Pick<AuditCheckpoint, 'number' | 'createdAt' | 'headEventId' | 'headHash' | 'eventCount' | 'keyId' | 'algorithm' | 'signature'>;

export function logEntryOf(checkpoint: CheckpointRow): CheckpointLogEntry {
  return {
    number: Number(checkpoint.number),
    createdAt: checkpoint.createdAt.toISOString(),
    headEventId: String(checkpoint.headEventId),
    headHash: checkpoint.headHash,
    eventCount: String(checkpoint.eventCount),
    keyId: checkpoint.keyId,
    algorithm: checkpoint.algorithm,
    signature: checkpoint.signature,
    signedText: checkpointStatement(checkpoint),
  };
}

/** What the signature of a logged checkpoint is checked against: its own fields, not its signedText. */
export function factsOf(entry: CheckpointLogEntry): CheckpointFacts {
  return { createdAt: new Date(entry.createdAt), headEventId: entry.headEventId, headHash: entry.headHash, eventCount: entry.eventCount };
}

/** Canonical JSON, one line: the same checkpoint always gives the same bytes. */
export function formatLogLine(entry: CheckpointLogEntry): string {
  return `${canonicalJson(entry)}\n`;
}

const SHAPE: Record<keyof CheckpointLogEntry, (value: unknown) => boolean> = {
  number: (v) => Number.isSafeInteger(v) && (v as number) > 0,
  createdAt: (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)) && new Date(v).toISOString() === v,
  headEventId: (v) => typeof v === 'string' && /^[1-9]\d*$/.test(v),
  headHash: (v) => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v),
  eventCount: (v) => typeof v === 'string' && /^[1-9]\d*$/.test(v),
  keyId: (v) => typeof v === 'string',
  algorithm: (v) => typeof v === 'string',
  signature: (v) => typeof v === 'string',
  signedText: (v) => typeof v === 'string',
};

/** A line of the log as a checkpoint, or why it is not one. */
export function parseLogLine(text: string): CheckpointLogEntry | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: 'it is not JSON' };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { error: 'it is not a JSON object' };
  const record = value as Record<string, unknown>;
  const wrong = (Object.keys(SHAPE) as (keyof CheckpointLogEntry)[]).filter((key) => !SHAPE[key](record[key]));
  if (wrong.length) return { error: `its ${wrong.join(', ')} ${wrong.length === 1 ? 'is' : 'are'} missing or malformed` };
  const entry = Object.fromEntries(Object.keys(SHAPE).map((key) => [key, record[key]])) as unknown as CheckpointLogEntry;
  if (entry.signedText !== checkpointStatement(factsOf(entry))) return { error: 'its signedText does not state its own fields' };
  return entry;
}

/** The fields in which a logged checkpoint and the database's row differ; empty when they agree. */
export function differences(entry: CheckpointLogEntry, checkpoint: CheckpointRow): string[] {
  const stored = logEntryOf(checkpoint);
  return (Object.keys(stored) as (keyof CheckpointLogEntry)[]).filter((key) => key !== 'signedText' && stored[key] !== entry[key]);
}
