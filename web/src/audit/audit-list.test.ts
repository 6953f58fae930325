import { describe, expect, it } from 'vitest';
import { parseListState } from '../navigation/list-state';
import { AUDIT_LIST, type AuditFilters, auditHref, auditSearch, toAuditFilter } from './audit-list';

describe('the audit filters in the URL', () => {
  it('round-trips a filter set through the query string', () => {
    const filters: AuditFilters = { actor: 'dana', action: ['EXPORT_REQUESTED', 'EXPORT_DOWNLOADED'], outcome: ['DENIED'], from: '2026-11-01T00:00:00.000Z' };
    const search = auditSearch(filters);
    expect(parseListState(new URLSearchParams(search), AUDIT_LIST).filters).toEqual(filters);
  });

  it('ignores actions and outcomes the schema does not know', () => {
    const state = parseListState(new URLSearchParams('action=NOPE&action=ROLE_GRANTED&outcome=MAYBE'), AUDIT_LIST);
    expect(state.filters).toEqual({ action: ['ROLE_GRANTED'] });
  });

  it('sends only real instants and trimmed texts to the server', () => {
    expect(toAuditFilter({ from: 'yesterday', to: '2026-11-02T10:00:00Z', actor: ' dana ', recordingId: ' ' })).toEqual({
      to: '2026-11-02T10:00:00.000Z',
      actor: 'dana',
    });
  });

  it('links to the audit without a query string when nothing is filtered', () => {
    expect(auditHref({})).toBe('/audit');
    expect(auditHref({ actor: 'a b' })).toBe('/audit?actor=a+b');
  });
});
