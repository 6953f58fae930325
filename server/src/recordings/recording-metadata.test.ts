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
    expect(parseRecordingMetadata({ startedAt: '0000-01-01T00:00:00Z' })).toEqual({
      ok: false,
      problem: 'startedAt is outside the years 1 to 9999: "0000-01-01T00:00:00Z"',
    });
    expect(parseRecordingMetadata({ startedAt: '+275760-09-13T00:00:00Z' })).toMatchObject({ ok: false });
    expect(parseRecordingMetadata({ startedAt: '9999-12-31T23:59:59Z' })).toMatchObject({ ok: true });
    expect(parseRecordingMetadata({ restricted: 'yes' })).toEqual({ ok: false, problem: 'restricted must be true or false' });
    expect(parseRecordingMetadata({ applications: 'psql' })).toMatchObject({ ok: false });
  });
});
