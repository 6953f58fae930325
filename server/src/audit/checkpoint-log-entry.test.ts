import { describe, expect, it } from 'vitest';
import { differences, formatLogLine, logEntryOf, parseLogLine } from './checkpoint-log-entry.js';

const checkpoint = {
  number: 7,
  createdAt: new Date('2026-12-02T10:11:12.345Z'),
  headEventId: '120',
  headHash: 'ab'.repeat(32),
  eventCount: '120',
  keyId: '0123456789abcdef',
  algorithm: 'Ed25519' as const,
  signature: 'c2lnbmF0dXJl',
};

describe('a line of the checkpoint log', () => {
  it('is canonical JSON on one line, read back as it was written', () => {
    const line = formatLogLine(logEntryOf(checkpoint));
    expect(line.endsWith('}\n')).toBe(true);
    expect(line.indexOf('\n')).toBe(line.length - 1);
    expect(parseLogLine(line.trimEnd())).toEqual(logEntryOf(checkpoint));
    expect(JSON.parse(logEntryOf(checkpoint).signedText)).toMatchObject({ type: 'custodian.audit-checkpoint.v1', headEventId: '120', eventCount: '120' });
  });

  it('says what is wrong with a line that is not a checkpoint', () => {
    const entry = logEntryOf(checkpoint);
    expect(parseLogLine('{"number":7')).toEqual({ error: 'it is not JSON' });
    expect(parseLogLine('[1]')).toEqual({ error: 'it is not a JSON object' });
    expect(parseLogLine(JSON.stringify({ ...entry, number: 0, headHash: 'xyz' }))).toEqual({ error: 'its number, headHash are missing or malformed' });
    expect(parseLogLine(JSON.stringify({ ...entry, eventCount: '121' }))).toEqual({ error: 'its signedText does not state its own fields' });
  });

  it('names the fields in which the database row differs', () => {
    const entry = logEntryOf(checkpoint);
    expect(differences(entry, checkpoint)).toEqual([]);
    expect(differences(entry, { ...checkpoint, headHash: 'cd'.repeat(32), signature: 'b3RoZXI=' })).toEqual(['headHash', 'signature']);
  });
});
