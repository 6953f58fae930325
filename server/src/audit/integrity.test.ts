import { describe, expect, it } from 'vitest';
import { chainContent, chainHash, GENESIS_HASH } from './chain-hash.js';
import { judgeEvent } from './integrity-walk.js';
import { AuditChainProblemKind } from './integrity.types.js';

/** Builds a row the way the database would have written it after `prevHash`. */
function row(id: string, prevHash: string, reason = `reason ${id}`) {
  const content = { id: Number(id), occurred_at: '2026-11-24T18:00:00.000+00:00', action: 'EXPORT_REQUESTED', outcome: 'SUCCESS', reason, prev_hash: prevHash };
  return { id, prev_hash: prevHash, hash: chainHash(chainContent(content, id)), content };
}

describe('judging one link of the audit chain', () => {
  const first = row('1', GENESIS_HASH);
  const second = row('2', first.hash);

  it('accepts an event whose hash matches its content and which links to the one before', () => {
    expect(judgeEvent(first, null, GENESIS_HASH, 1)).toBeNull();
    expect(judgeEvent(second, '1', first.hash, 2)).toBeNull();
  });

  it('reports changed content at the changed event', () => {
    const edited = { ...second, content: { ...second.content, reason: 'edited' } };
    expect(judgeEvent(edited, '1', first.hash, 2)).toMatchObject({ eventId: '2', kind: AuditChainProblemKind.CONTENT_CHANGED });
  });

  it('reports a replaced hash as changed content too', () => {
    expect(judgeEvent({ ...second, hash: 'f'.repeat(64) }, '1', first.hash, 2)?.kind).toBe(AuditChainProblemKind.CONTENT_CHANGED);
  });

  it('reports missing events before an event at that event, naming the one it should follow', () => {
    const third = row('3', second.hash);
    const problem = judgeEvent(third, '1', first.hash, 2);
    expect(problem).toMatchObject({ eventId: '3', kind: AuditChainProblemKind.LINK_BROKEN });
    expect(problem?.message).toContain('does not link to audit event 1');
  });

  it('reports a log whose first events were removed', () => {
    expect(judgeEvent(second, null, GENESIS_HASH, 1)).toMatchObject({ eventId: '2', kind: AuditChainProblemKind.LINK_BROKEN });
    expect(judgeEvent(second, null, GENESIS_HASH, 1)?.message).toContain('first in the log');
  });
});
