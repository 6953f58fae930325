import { describe, expect, it } from 'vitest';
import schema from '../gql/introspection.json';
import type { AuditOutcome } from '../gql/graphql';
import { auditActions, auditCsvUrl, auditOutcomes, outcomeLabel, outcomeTone } from './audit-actions';

const schemaEnum = (name: string) => schema.__schema.types.find((type) => type.name === name)?.enumValues?.map((value) => value.name);

describe('audit actions', () => {
  it('names every action of the schema once, so the filter can offer each', () => {
    expect(auditActions.map((a) => a.value).sort()).toEqual(schemaEnum('AuditAction')?.sort());
  });

  it('names actions as the schema describes them, as rows do', () => {
    expect(auditActions.find((a) => a.value === 'EXPORT_REQUESTED')?.label).toBe('Export recording');
    expect(auditActions.find((a) => a.value === 'REFUSALS_SUPPRESSED')?.label).toBe('Refusals not written');
  });

  it('gives every action a name of its own', () => {
    expect(new Set(auditActions.map((a) => a.label)).size).toBe(auditActions.length);
  });
});

describe('audit outcomes', () => {
  it('lists every outcome of the schema', () => {
    expect([...auditOutcomes].sort()).toEqual(schemaEnum('AuditOutcome')?.sort());
  });

  it('labels and colours each outcome', () => {
    expect(auditOutcomes.map((o) => [outcomeLabel(o), outcomeTone(o)])).toEqual([
      ['Success', 'success'],
      ['Denied', 'warning'],
      ['Failure', 'danger'],
    ]);
  });

  it('shows an outcome a newer server sends by its name', () => {
    expect(outcomeLabel('PARTIAL' as AuditOutcome)).toBe('PARTIAL');
    expect(outcomeTone('PARTIAL' as AuditOutcome)).toBe('neutral');
  });
});

describe('auditCsvUrl', () => {
  it('asks for every event without a filter', () => {
    expect(auditCsvUrl({})).toBe('/api/audit/export.csv');
    expect(auditCsvUrl({ actor: '', action: [], outcome: [], from: null })).toBe('/api/audit/export.csv');
  });

  it('sends the same filter as the page, repeating actions and outcomes', () => {
    const url = auditCsvUrl({
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-11-30T23:59:59.000Z',
      actor: 'investigator',
      recordingId: 42,
      action: ['EXPORT_REQUESTED', 'EXPORT_DENIED'],
      outcome: ['DENIED'],
    });
    expect(url).toBe(
      '/api/audit/export.csv?from=2026-11-01T00%3A00%3A00.000Z&to=2026-11-30T23%3A59%3A59.000Z&actor=investigator&recordingId=42' +
        '&action=EXPORT_REQUESTED&action=EXPORT_DENIED&outcome=DENIED',
    );
  });

  it('keeps an actor name with reserved characters whole', () => {
    const actor = 'j doe&role=ADMINISTRATOR#1+2';
    const params = new URL(auditCsvUrl({ actor }), 'http://custodian.test').searchParams;
    expect([...params]).toEqual([['actor', actor]]);
  });
});
