import { describe, expect, it } from 'vitest';
import { parseListState, serializeListState } from '../navigation/list-state';
import { fromRecordingFilter, RECORDING_LIST, toRecordingFilter } from './recording-list-state';

describe('All Recordings in the URL', () => {
  it('turns a link into the recording filter and back', () => {
    const qs = 'q=db&user=jdoe&from=2026-11-20T09%3A00%3A00.000Z&to=2026-11-21T09%3A00%3A00.000Z&kind=TERMINAL&sort=USER_NAME.asc';
    const state = parseListState(new URLSearchParams(qs), RECORDING_LIST);
    const filter = toRecordingFilter(state.filters);
    expect(filter).toEqual({
      text: 'db',
      userName: 'jdoe',
      startedFrom: '2026-11-20T09:00:00.000Z',
      startedTo: '2026-11-21T09:00:00.000Z',
      kind: 'TERMINAL',
    });
    expect(state.sort).toEqual({ field: 'USER_NAME', direction: 'ASC' });
    expect(serializeListState({ ...state, filters: fromRecordingFilter(filter) }, RECORDING_LIST)).toBe(qs);
  });

  it('sends no time that is not an instant, and no reversed range', () => {
    expect(toRecordingFilter({ from: 'last tuesday', kind: 'VIDEO' })).toEqual({ kind: 'VIDEO' });
    expect(toRecordingFilter({ from: '2026-11-21T00:00:00Z', to: '2026-11-20T00:00:00Z', user: 'a' })).toEqual({ userName: 'a' });
  });

  it('ignores an unknown kind and an unknown order', () => {
    const state = parseListState(new URLSearchParams('kind=SCREENSHOT&sort=RESTRICTED.asc'), RECORDING_LIST);
    expect(toRecordingFilter(state.filters)).toEqual({});
    expect(state.sort).toEqual(RECORDING_LIST.defaultSort);
  });
});
