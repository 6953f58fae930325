import { describe, expect, it } from 'vitest';
import { checkpointLogSentence } from './checkpoint-log-sentence';

describe('checkpointLogSentence', () => {
  it('says the log was compared, with its size', () => {
    expect(checkpointLogSentence({ compared: true, entries: 1 })).toBe('The checkpoint log outside the database was compared (1 entry).');
    expect(checkpointLogSentence({ compared: true, entries: 12 })).toBe('The checkpoint log outside the database was compared (12 entries).');
  });

  it('says plainly when it was not, and why', () => {
    expect(checkpointLogSentence({ compared: false, entries: 0, reason: 'EACCES' })).toBe(
      'The checkpoint log outside the database could not be read (EACCES), so it was not compared.',
    );
    expect(checkpointLogSentence({ compared: false, entries: 0, reason: null })).toBe(
      'The checkpoint log outside the database could not be read, so it was not compared.',
    );
  });
});
