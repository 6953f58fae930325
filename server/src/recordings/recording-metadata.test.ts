import { describe, expect, it } from 'vitest';
import { parseRecordingMetadata } from './recording-metadata.js';

describe('parseRecordingMetadata', () => {
  it('keeps known fields, trimmed', () => {
    expect(parseRecordingMetadata({ userName: ' jdoe ', applications: ['psql', ' '], restricted: true, other: 1 })).toEqual({
      ok: true,
      metadata: { userName: 'jdoe', applications: ['psql'], restricted: true },
    });
  });

  it('says what is wrong', () => {
    expect(parseRecordingMetadata([])).toEqual({ ok: false, problem: 'the metadata is not a JSON object' });
    expect(parseRecordingMetadata({ startedAt: 'yesterday' })).toEqual({ ok: false, problem: 'startedAt is not a date: "yesterday"' });
    expect(parseRecordingMetadata({ restricted: 'yes' })).toEqual({ ok: false, problem: 'restricted must be true or false' });
    expect(parseRecordingMetadata({ applications: 'psql' })).toMatchObject({ ok: false });
  });
});
