import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { chainContent, chainHash, GENESIS_HASH } from './chain-hash.js';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const row = {
  id: 7,
  occurred_at: '2026-11-24T19:40:13.269+01:00',
  action: 'EXPORT_REQUESTED',
  outcome: 'SUCCESS',
  actor_id: null,
  actor_name: 'jdoe',
  recording_id: null,
  task_id: null,
  reason: 'Case "7"\n€',
  detail: null,
  client_address: '10.0.0.5',
  prev_hash: GENESIS_HASH,
};

describe('audit chain hash', () => {
  it('is SHA-256 of the non-null columns as canonical JSON: keys sorted, id as text, time in UTC with milliseconds', () => {
    const expected =
      `{"action":"EXPORT_REQUESTED","actor_name":"jdoe","client_address":"10.0.0.5","id":"7",` +
      `"occurred_at":"2026-11-24T18:40:13.269Z","outcome":"SUCCESS","prev_hash":"${GENESIS_HASH}","reason":"Case \\"7\\"\\n€"}`;
    expect(chainHash(chainContent(row, '7'))).toBe(sha256(expected));
  });

  it('takes the id as given (bigint ids do not fit JavaScript numbers) and ignores a stored hash', () => {
    // biome-ignore lint/correctness/noPrecisionLoss: the point is an id that a JavaScript number cannot hold.
    const big = chainContent({ ...row, id: 9007199254740993, hash: 'abc' }, '9007199254740993');
    expect(big.id).toBe('9007199254740993');
    expect(big).not.toHaveProperty('hash');
  });

  it('does not depend on the session time zone the row was read in', () => {
    const utc = chainContent({ ...row, occurred_at: '2026-11-24T18:40:13.269+00:00' }, '7');
    expect(chainHash(utc)).toBe(chainHash(chainContent(row, '7')));
  });

  it('changes with every column, the link to the previous event included, and covers columns added later', () => {
    const base = chainHash(chainContent(row, '7'));
    for (const [key, value] of Object.entries({
      action: 'EXPORT_DENIED',
      actor_name: 'jdoe2',
      reason: 'Case "8"\n€',
      prev_hash: 'f'.repeat(64),
      client_address: null,
    })) {
      expect(chainHash(chainContent({ ...row, [key]: value }, '7')), key).not.toBe(base);
    }
    expect(chainHash(chainContent(row, '8'))).not.toBe(base);
    expect(chainHash(chainContent({ ...row, target_name: 'ops' }, '7'))).not.toBe(base);
  });

  it('keeps older rows valid when a nullable column is added', () => {
    expect(chainHash(chainContent({ ...row, target_name: null }, '7'))).toBe(chainHash(chainContent(row, '7')));
  });

  it('refuses nested values, which the database side does not hash canonically', () => {
    expect(() => chainContent({ ...row, extra: { a: 1 } }, '7')).toThrow(/not a scalar/);
  });
});
