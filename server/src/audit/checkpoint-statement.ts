import { canonicalJson } from '../common/canonical-json.js';

export interface CheckpointFacts {
  createdAt: Date;
  headEventId: string;
  headHash: string;
  eventCount: string | number;
}

/**
 * The exact text a checkpoint's signature covers. The `type` keeps a checkpoint signature from
 * being mistaken for any other signature made with the same key (an export manifest).
 */
export function checkpointStatement(facts: CheckpointFacts): string {
  return canonicalJson({
    type: 'custodian.audit-checkpoint.v1',
    createdAt: facts.createdAt.toISOString(),
    headEventId: String(facts.headEventId),
    headHash: facts.headHash,
    eventCount: String(facts.eventCount),
  });
}
