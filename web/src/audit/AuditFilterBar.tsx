import { useState } from 'react';
import type { AuditAction, AuditOutcome } from '../gql/graphql';
import { DateTimeRangeField, useDateTimeRange } from '../ui/DateTimeRangeField';
import { FilterBar, TextField } from '../ui/fields';
import { ActionGroupsField } from './ActionGroupsField';
import { auditOutcomes, outcomeLabel } from './audit-actions';
import type { AuditFilters } from './audit-list';

interface FormValues {
  actor: string;
  recordingId: string;
  actions: AuditAction[];
  outcomes: AuditOutcome[];
}

function valuesOf(filters: AuditFilters): FormValues {
  return {
    actor: filters.actor ?? '',
    recordingId: filters.recordingId ?? '',
    actions: (filters.action ?? []) as AuditAction[],
    outcomes: (filters.outcome ?? []) as AuditOutcome[],
  };
}

function toFilters(values: FormValues, range: { from?: string; to?: string }): AuditFilters {
  const filters: AuditFilters = {};
  if (range.from) filters.from = range.from;
  if (range.to) filters.to = range.to;
  if (values.actor.trim()) filters.actor = values.actor.trim();
  if (values.recordingId.trim()) filters.recordingId = values.recordingId.trim();
  if (values.actions.length > 0) filters.action = values.actions;
  if (values.outcomes.length > 0) filters.outcome = values.outcomes;
  return filters;
}

/**
 * The audit's filters, starting from those in the URL; nothing is sent until they are applied,
 * and not while the time range is impossible. Give it a `key` that changes with the applied
 * filters and the time zone, so Back, reload and a saved query show what is applied.
 */
export function AuditFilterBar({ filters, onApply }: { filters: AuditFilters; onApply(filters: AuditFilters): void }) {
  const [values, setValues] = useState<FormValues>(() => valuesOf(filters));
  const range = useDateTimeRange({ from: filters.from, to: filters.to });
  const set = (key: 'actor' | 'recordingId') => (value: string) => setValues((d) => ({ ...d, [key]: value }));
  const toggleOutcome = (outcome: AuditOutcome, on: boolean) =>
    setValues((d) => ({ ...d, outcomes: on ? [...d.outcomes, outcome] : d.outcomes.filter((o) => o !== outcome) }));

  return (
    <FilterBar
      label="Filter the export audit"
      onApply={() => {
        const checked = range.check();
        if (checked.ok) onApply(toFilters(values, checked));
      }}
      onClear={() => {
        setValues(valuesOf({}));
        range.clear();
        onApply({});
      }}
    >
      <DateTimeRangeField legend="Occurred" range={range} className="field--range" />
      <TextField label="Actor" value={values.actor} onChange={set('actor')} placeholder="Username" maxLength={100} />
      <TextField label="Recording ID" value={values.recordingId} onChange={set('recordingId')} className="field--wide" maxLength={100} />
      <ActionGroupsField selected={values.actions} onChange={(actions) => setValues((d) => ({ ...d, actions }))} />
      <fieldset className="field checkbox-group">
        <legend className="field__label">Outcome</legend>
        <div className="checkbox-group__options">
          {auditOutcomes.map((outcome) => (
            <label key={outcome} className="checkbox-option">
              <input type="checkbox" checked={values.outcomes.includes(outcome)} onChange={(e) => toggleOutcome(outcome, e.target.checked)} />
              {outcomeLabel(outcome)}
            </label>
          ))}
        </div>
      </fieldset>
    </FilterBar>
  );
}
