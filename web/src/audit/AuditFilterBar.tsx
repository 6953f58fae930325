import { useState } from 'react';
import type { AuditAction, AuditOutcome, ExportAuditFilter } from '../gql/graphql';
import { DateTimeField, FilterBar, TextField } from '../ui/fields';
import { localInputToIso } from '../ui/format';
import { auditActions, auditOutcomes, outcomeLabel } from './audit-actions';

interface FormValues {
  from: string;
  to: string;
  actor: string;
  recordingId: string;
  actions: AuditAction[];
  outcomes: AuditOutcome[];
}

const emptyValues: FormValues = { from: '', to: '', actor: '', recordingId: '', actions: [], outcomes: [] };

function toFilter(values: FormValues): ExportAuditFilter {
  const filter: ExportAuditFilter = {};
  const from = localInputToIso(values.from);
  const to = localInputToIso(values.to);
  if (from) filter.from = from;
  if (to) filter.to = to;
  if (values.actor.trim()) filter.actor = values.actor.trim();
  if (values.recordingId.trim()) filter.recordingId = values.recordingId.trim();
  if (values.actions.length > 0) filter.action = values.actions;
  if (values.outcomes.length > 0) filter.outcome = values.outcomes;
  return filter;
}

export function AuditFilterBar({ onApply }: { onApply(filter: ExportAuditFilter): void }) {
  const [values, setValues] = useState<FormValues>(emptyValues);
  const set = (key: 'from' | 'to' | 'actor' | 'recordingId') => (value: string) => setValues((d) => ({ ...d, [key]: value }));
  const toggleAction = (action: AuditAction, on: boolean) =>
    setValues((d) => ({ ...d, actions: on ? [...d.actions, action] : d.actions.filter((a) => a !== action) }));
  const toggleOutcome = (outcome: AuditOutcome, on: boolean) =>
    setValues((d) => ({ ...d, outcomes: on ? [...d.outcomes, outcome] : d.outcomes.filter((o) => o !== outcome) }));

  return (
    <FilterBar
      label="Filter the export audit"
      onApply={() => onApply(toFilter(values))}
      onClear={() => {
        setValues(emptyValues);
        onApply({});
      }}
    >
      <DateTimeField label="From" value={values.from} onChange={set('from')} />
      <DateTimeField label="To" value={values.to} onChange={set('to')} />
      <TextField label="Actor" value={values.actor} onChange={set('actor')} placeholder="Username" />
      <TextField label="Recording ID" value={values.recordingId} onChange={set('recordingId')} className="field--wide" />
      <fieldset className="field checkbox-group">
        <legend className="field__label">Action</legend>
        <div className="checkbox-group__options">
          {auditActions.map(({ value, label }) => (
            <label key={value} className="checkbox-option">
              <input type="checkbox" checked={values.actions.includes(value)} onChange={(e) => toggleAction(value, e.target.checked)} />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
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
